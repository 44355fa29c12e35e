import Kubectl

/// The input and output a command runs with after its redirections.
struct RedirectedStreams {
    var input: ShellInput
    var sink: RedirectedSink
    var files: [FileCapture]
    /// True when standard input was redirected from a regular file.
    var inputIsFile = false
}

extension ShellExecutor {
    /// Applies redirections left to right; on failure prints bash's message and returns nil.
    func applyRedirections(_ redirections: [Redirection], input: ShellInput, sink: any OutputSink) -> RedirectedStreams? {
        let out = RedirectedSink(base: sink)
        var streams = RedirectedStreams(input: input, sink: out, files: [])
        for redirection in redirections {
            let fd =
                redirection.fd
                ?? (redirection.op == .less || redirection.op == .lessAnd || redirection.op == .lessGreat
                    || redirection.op == .doubleLess || redirection.op == .doubleLessDash
                    || redirection.op == .tripleLess ? 0 : 1)
            do {
                switch redirection.op {
                case .doubleLess, .doubleLessDash:
                    let document = redirection.hereDocument
                    let body = try framing(document?.source ?? "") { () throws(ExpansionError) -> String in
                        try expandedText(document?.body ?? [])
                    }
                    if fd == 0 { (streams.input, streams.inputIsFile) = (ShellInput(body), false) }
                case .tripleLess:
                    let text = try string(of: redirection.target) + "\n"
                    if fd == 0 { (streams.input, streams.inputIsFile) = (ShellInput(text), false) }
                case .less, .lessGreat:
                    let path = try redirectionPath(redirection.target)
                    let text = try readForRedirection(path)
                    if fd == 0 {
                        streams.input = ShellInput(text)
                        streams.inputIsFile = path != "/dev/null"
                    }
                case .great, .clobber, .doubleGreat, .andGreat, .andDoubleGreat:
                    let path = try redirectionPath(redirection.target)
                    let append = redirection.op == .doubleGreat || redirection.op == .andDoubleGreat
                    let destination = try open(path, append: append, files: &streams.files)
                    if redirection.op == .andGreat || redirection.op == .andDoubleGreat {
                        out.standardOutput = destination
                        out.standardError = destination
                    } else {
                        assign(destination, to: fd, in: out)
                    }
                case .greatAnd:
                    let target = try string(of: redirection.target)
                    switch target {
                    case "1": assign(out.standardOutput, to: fd, in: out)
                    case "2": assign(out.standardError, to: fd, in: out)
                    case "-": assign(.discard, to: fd, in: out)
                    default:
                        guard redirection.fd == nil, Int(target) == nil else {
                            throw RedirectionError.badDescriptor(target)
                        }
                        let destination = try open(
                            try redirectionPath(redirection.target), append: false, files: &streams.files)
                        out.standardOutput = destination
                        out.standardError = destination
                    }
                case .lessAnd:
                    break
                default:
                    break
                }
            } catch let error as RedirectionError {
                sink.write(session.dialect.redirectionMessage(error).map { session.shellMessagePrefix() + $0 + "\n" } ?? error.message, to: .stderr)
                flush(streams.files)
                return nil
            } catch let error as ExpansionError {
                _ = abandon(error, sink: sink)
                return nil
            } catch {
                return nil
            }
        }
        return streams
    }

    /// Writes what redirected commands printed into their files.
    func flush(_ files: [FileCapture]) {
        for file in files where !file.text.isEmpty {
            try? session.writeFile(file.path, file.text, append: true)
        }
    }

    private func assign(_ destination: OutputDestination, to fd: Int, in sink: RedirectedSink) {
        switch fd {
        case 1: sink.standardOutput = destination
        case 2: sink.standardError = destination
        default: break
        }
    }

    /// The single path a redirection's word expands to.
    private func redirectionPath(_ word: ShellWord) throws -> String {
        let expanded = try fields(of: word)
        guard expanded.count == 1, let path = expanded.first else { throw RedirectionError.ambiguous(word.source) }
        return path
    }

    private func readForRedirection(_ path: String) throws(RedirectionError) -> String {
        if path == "/dev/null" { return "" }
        do {
            return try session.readFile(path)
        } catch {
            throw .file(path, error, creating: false)
        }
    }

    /// Creates or truncates a file for output, as `open(2)` would before the command runs.
    private func open(_ path: String, append: Bool, files: inout [FileCapture]) throws(RedirectionError)
        -> OutputDestination
    {
        switch path {
        case "/dev/null": return .discard
        case "/dev/stdout": return .stream(.stdout)
        case "/dev/stderr": return .stream(.stderr)
        default: break
        }
        do {
            try session.writeFile(path, "", append: append)
        } catch {
            throw .file(path, error, creating: true)
        }
        let capture = FileCapture(path: session.resolve(path))
        files.append(capture)
        return .file(capture)
    }
}

/// Why a redirection failed, worded as bash words it.
enum RedirectionError: Error {
    case ambiguous(String)
    /// A file the redirection could not open (or, `creating`, create).
    case file(String, FileError, creating: Bool)
    case badDescriptor(String)

    var message: String {
        switch self {
        case .ambiguous(let word): "bash: \(word): ambiguous redirect\n"
        case .file(let path, let error, _): "bash: \(path): \(error.message)\n"
        case .badDescriptor(let fd): "bash: \(fd): Bad file descriptor\n"
        }
    }
}
