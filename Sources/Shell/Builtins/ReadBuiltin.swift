import Kubectl

/// `read`: takes one line (or up to `-d`'s delimiter, or `-n`/`-N` characters) from standard
/// input and splits it into variables with `$IFS`, as bash's builtin does.
///
/// It reads from the stream the command was given, so the commands of a `while read` loop take
/// successive lines of one pipe, file or here-document. The status is 1 at end of input. Typed at
/// the prompt with nothing piped in, it reads the next line typed at the terminal, showing `-p`'s
/// prompt (which bash shows only then) and not echoing with `-s`; Ctrl-D is end of input.
///
/// `-t SECONDS` gives up with status 142 (128 + SIGALRM), assigning what was read so far, as
/// bash 5.2 does: at the terminal when nothing is typed in time (the lab's clock then moves by
/// the timeout), and from a pipe when its writer had not written the next byte by then
/// (`PipeTiming`). Files and here-documents are all there at once. `-t 0` only asks whether
/// input is waiting. `-e` and `-i` change nothing.
struct ReadBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let options: ReadOptions
        switch ReadOptions.parse(context.arguments.dropFirst()) {
        case .success(let parsed): options = parsed
        case .failure(let failure):
            context.io.err(failure.message)
            return failure.status
        }
        let names = options.array.map { [$0] } ?? options.names
        for name in names where !Self.isIdentifier(name) {
            context.io.err("bash: read: `\(name)': not a valid identifier\n")
            return 1
        }
        let stream = context.standardInput ?? ShellInput(context.io.input)
        if options.timeout == 0 { return stream.hasWaitingInput ? 0 : 1 }
        let session = context.session
        let now = { session.filesystem.clock() }
        let deadline = options.timeout.map { stream.readerTime(now: now()) + $0 }
        let (record, end) = Self.readRecord(from: stream, options, deadline: deadline, now: now)
        guard !stream.interrupted else { return 130 }
        if end == .timedOut, stream.isTerminal, let timeout = options.timeout {
            session.sleep(Int64(min(timeout.rounded(.up), Double(Int64.max / 2))))
        }
        let splitter = FieldSplitter(ifs: session.environment["IFS"] ?? " \t\n")
        if let array = options.array {
            session.setArray(array, splitter.allFields(record))
        } else if options.names.isEmpty {
            session.setVariable("REPLY", String(String.UnicodeScalarView(record.map(\.scalar))))
        } else {
            for (name, value) in zip(options.names, splitter.assign(record, count: options.names.count)) {
                session.setVariable(name, value)
            }
        }
        switch end {
        case .delimiter: return 0
        case .endOfInput: return 1
        case .timedOut: return 128 + 14
        }
    }

    /// How reading a record ended.
    enum RecordEnd {
        /// The delimiter, or the count of characters asked for.
        case delimiter
        case endOfInput
        case timedOut
    }

    /// Reads characters up to the delimiter (dropped) or the count; backslashes escape the next
    /// character and join lines unless `-r`. Returns each character with whether it was escaped.
    private static func readRecord(
        from stream: ShellInput, _ options: ReadOptions, deadline: Double?, now: () -> Int64
    ) -> ([EscapedScalar], end: RecordEnd) {
        var record: [EscapedScalar] = []
        var prompt = options.prompt
        var pipeTimedOut = false
        // The next character, or nil when there is none (see `ended()`).
        func next() -> Unicode.Scalar? {
            if let deadline, stream.waits(until: deadline, now: now()) {
                pipeTimedOut = true
                return nil
            }
            defer { prompt = "" }
            return stream.next(prompt: prompt, echo: !options.silent, timeout: stream.isTerminal ? options.timeout : nil)
        }
        func ended() -> RecordEnd {
            stream.timedOut || pipeTimedOut ? .timedOut : .endOfInput
        }
        while options.count.map({ record.count < $0 }) ?? true {
            guard let scalar = next() else { return (record, ended()) }
            if scalar == options.delimiter && !options.ignoresDelimiter { return (record, .delimiter) }
            if scalar == "\0" { continue }  // bash drops NUL bytes: they cannot be in a variable
            if scalar == "\\" && !options.raw {
                guard let escaped = next() else { return (record, ended()) }
                if escaped == "\n" {
                    // The line goes on on the next one typed, which bash's `> ` prompt asks for.
                    if stream.isTerminal { prompt = "> " }
                    continue
                }
                record.append(EscapedScalar(scalar: escaped, escaped: true))
                continue
            }
            record.append(EscapedScalar(scalar: scalar, escaped: false))
        }
        return (record, .delimiter)
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return false }
        return ShellLexer.isParameterName(name)
    }
}

/// A character `read` took, and whether a backslash protected it from splitting.
struct EscapedScalar {
    var scalar: Unicode.Scalar
    var escaped: Bool
}
