/// Why a transcript file could not be read, with the line it is on.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

extension Transcript {
    /// Reads a transcript; `file` names it in errors.
    public init(parsing text: String, file: String = "<transcript>") throws(TranscriptError) {
        var lines = Transcript.scalarLines(text)
        if text.unicodeScalars.last == "\n" || text.isEmpty { lines.removeLast() }
        var parser = TranscriptParser(file: file)
        for (index, line) in lines.enumerated() {
            try parser.take(line, number: index + 1)
        }
        self = parser.finish()
    }
}

/// The line-by-line state of reading a transcript.
private struct TranscriptParser {
    enum Place {
        /// After commentary or at the start: output here is the opening (before any command).
        case outside
        /// Reading a command's input lines.
        case input
        /// Reading a command's output lines.
        case output
    }

    let file: String
    var items: [Transcript.Item] = []
    var place = Place.outside
    var seenCommand = false
    var pending: Transcript.Command?
    var pendingOutput: [String] = []
    var openingLines: [String] = []
    var openingIndex: Int?
    var openingClosed = false

    init(file: String) {
        self.file = file
    }

    mutating func take(_ line: String, number: Int) throws(TranscriptError) {
        if let input = Self.after(line, "  $ ", orExactly: "  $") {
            flush()
            seenCommand = true
            pending = Transcript.Command(input: [input], line: number)
            place = .input
        } else if place == .input, let more = Self.after(line, "  > ", orExactly: "  >") {
            pending?.input.append(more)
        } else if line.hasPrefix("  ") {
            let text = String(line.dropFirst(2))
            switch place {
            case .input, .output:
                pendingOutput.append(text)
                place = .output
            case .outside:
                guard !seenCommand, !openingClosed else { throw error(number, outputAfterComment) }
                if openingIndex == nil {
                    openingIndex = items.count
                    items.append(.opening(""))
                }
                openingLines.append(text)
            }
        } else {
            if line.hasPrefix(TranscriptDirective.prefix) {
                guard TranscriptDirective(line: line) != nil else { throw error(number, badDirective(line)) }
                guard !seenCommand else { throw error(number, directiveTooLate) }
            }
            flush()
            openingClosed = openingIndex != nil
            items.append(.comment(line))
            place = .outside
        }
    }

    /// Files the command being read, with its output.
    mutating func flush() {
        guard var command = pending else { return }
        command.output = Self.outputText(pendingOutput)
        items.append(.command(command))
        pending = nil
        pendingOutput = []
    }

    mutating func finish() -> Transcript {
        flush()
        if let openingIndex {
            items[openingIndex] = .opening(Self.outputText(openingLines))
        }
        return Transcript(items: items)
    }

    static func after(_ line: String, _ prefix: String, orExactly bare: String) -> String? {
        if line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        return line == bare ? "" : nil
    }

    static func outputText(_ lines: [String]) -> String {
        guard var last = lines.last else { return "" }
        var body = lines.dropLast()
        if last.hasSuffix(Transcript.noEOL) {
            last.removeLast(Transcript.noEOL.count)
            body.append(last)
            return body.joined(separator: "\n")
        }
        body.append(last)
        return body.map { $0 + "\n" }.joined()
    }

    func error(_ line: Int, _ message: String) -> TranscriptError {
        TranscriptError(file: file, line: line, message: message)
    }
}

private let outputAfterComment =
    "output line after commentary; output belongs right after its command (an empty output line is two spaces)"
private let directiveTooLate = "directives belong before the first command"

private func badDirective(_ line: String) -> String {
    "unknown directive \"\(line)\" (use #! world NAME, #! lesson CHAPTER[/STEP], #! lang zh-TW|en)"
}
