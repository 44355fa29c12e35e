import LineEditing

/// A recorded conversation at the prompt, laid out as cram does (see DESIGN.md, "Transcripts").
///
/// Typed and printed text is indented by two spaces: `  $ ` starts a command, `  > ` continues
/// it, other indented lines are its output. Unindented lines are commentary or `#!` directives.
///
/// Lines typed to the running command (`read x`, `cat` or `kubectl apply -f -` with nothing piped
/// in) are `  > ` lines too, right after the command's own, all before its output; `^D` stands for
/// Ctrl-D and `^C` for Ctrl-C, at any prompt. A terminal shows the typing and the output
/// interleaved; the transcript keeps what was typed together so replay can feed it in order.
public struct Transcript: Sendable, Equatable {
    /// One piece of the file, in order.
    public enum Item: Sendable, Equatable {
        /// An unindented line, kept exactly: commentary, a blank line, or a directive.
        case comment(String)
        /// What the session printed before the first command (lesson mode's opening).
        case opening(String)
        case command(Command)
    }

    /// A command as typed and what it printed.
    public struct Command: Sendable, Equatable {
        /// The first line and its continuation lines.
        public var input: [String]
        /// Everything printed, exactly; a missing final newline is written ` (no-eol)`.
        public var output: String
        /// The file line of the `  $ ` line, for messages.
        public var line: Int

        public init(input: [String], output: String = "", line: Int = 0) {
            self.input = input
            self.output = output
            self.line = line
        }

        /// The entry as the session receives it: lines joined by newlines.
        public var entry: String { input.joined(separator: "\n") }
    }

    public var items: [Item]

    public init(items: [Item] = []) {
        self.items = items
    }

    public var commands: [Command] {
        items.compactMap { if case .command(let command) = $0 { command } else { nil } }
    }

    /// The `#!` directives, in order.
    public var directives: [TranscriptDirective] {
        items.compactMap { if case .comment(let line) = $0 { TranscriptDirective(line: line) } else { nil } }
    }

    /// The world to replay in: the last `#! world`, else none (the chapter's, or `tk8s`).
    public var world: String? {
        directives.reversed().lazy.compactMap { if case .world(let name) = $0 { name } else { nil } }.first
    }

    /// The lesson position of `#! lesson`, when the transcript runs in lesson mode.
    public var lesson: LessonPosition? {
        directives.reversed().lazy.compactMap { if case .lesson(let place) = $0 { place } else { nil } }.first
    }

    /// The language of `#! lang`, else zh-TW, the course's own.
    public var language: Language {
        directives.reversed().lazy.compactMap { if case .lang(let language) = $0 { language } else { nil } }.first
            ?? .zhTW
    }

    /// The file's text; parsing it gives this transcript back.
    public func rendered() -> String {
        var lines: [String] = []
        for item in items {
            switch item {
            case .comment(let line):
                lines.append(line)
            case .opening(let output):
                lines += Self.outputLines(output)
            case .command(let command):
                lines.append("  $ " + (command.input.first ?? ""))
                lines += command.input.dropFirst().map { "  > " + $0 }
                lines += Self.outputLines(command.output)
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Output text as indented lines; a last line without a newline is marked ` (no-eol)`.
    static func outputLines(_ output: String) -> [String] {
        guard !output.isEmpty else { return [] }
        var lines = scalarLines(output)
        if output.unicodeScalars.last == "\n" {
            lines.removeLast()
        } else {
            lines[lines.count - 1] += noEOL
        }
        return lines.map { "  " + $0 }
    }

    static let noEOL = " (no-eol)"

    /// The key a typed line stands for: `^D` is Ctrl-D and `^C` Ctrl-C; any other line is text.
    static func typed(_ line: String) -> LineInput {
        switch line {
        case ctrlD: .endOfInput
        case ctrlC: .interrupted
        default: .line(line)
        }
    }

    static let ctrlD = "^D"
    static let ctrlC = "^C"

    /// Text split at every line feed, a carriage return before one staying on its line (curl's
    /// `\r\n` header lines), where splitting by characters would keep `\r\n` whole.
    static func scalarLines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

/// A `#!` line that sets how a transcript replays.
public enum TranscriptDirective: Sendable, Equatable {
    /// `#! world NAME`: the world the lab starts from.
    case world(String)
    /// `#! lesson CHAPTER[/STEP]`: replay in lesson mode, starting there.
    case lesson(LessonPosition)
    /// `#! lang zh-TW|en`: the language lesson text and verdicts are shown in.
    case lang(Language)

    /// The directive a line spells, or nil when it is not a valid directive.
    public init?(line: String) {
        guard line.hasPrefix(Self.prefix) else { return nil }
        let words = line.dropFirst(Self.prefix.count).split(separator: " ")
        guard words.count == 2 else { return nil }
        let value = String(words[1])
        switch words[0] {
        case "world": self = .world(value)
        case "lesson":
            guard let place = LessonPosition(parsing: value) else { return nil }
            self = .lesson(place)
        case "lang":
            guard let language = Language(rawValue: value) else { return nil }
            self = .lang(language)
        default: return nil
        }
    }

    static let prefix = "#! "

    public var line: String {
        switch self {
        case .world(let name): "#! world \(name)"
        case .lesson(let place): "#! lesson \(place)"
        case .lang(let language): "#! lang \(language.rawValue)"
        }
    }
}
