import Kubectl

/// The request body curl sends: `-d`/`--data`/`--data-ascii` (a file's line ends dropped),
/// `--data-raw` (no `@`), `--data-binary` and `--json` (a file's bytes as they are), joined
/// with `&` in the order given (no `&` before a `--json` part). Any of them makes the request a
/// POST sent as a form, `--json` one of JSON.
extension CurlCommand {
    /// One data option as given.
    struct DataArgument: Equatable {
        enum Kind { case ascii, raw, binary, json }
        var kind: Kind
        /// The option as typed, which a failure to read its file names.
        var option: String
        var text: String
    }

    /// The body the data options make, or curl's exit code after it reported a file it could not read.
    enum BodyRead {
        case body(String?)
        case failed(Int32)
    }

    /// The body the data options make, read from the session's files and standard input; nil
    /// when none was given. A file that cannot be opened is curl's parameter error (exit 26).
    static func body(of arguments: [DataArgument], silent: Bool, _ context: CommandContext) -> BodyRead {
        guard !arguments.isEmpty else { return .body(nil) }
        var body = ""
        for (index, argument) in arguments.enumerated() {
            var part = argument.text
            if argument.kind != .raw, part.hasPrefix("@") {
                let path = String(part.dropFirst())
                if path == "-" {
                    part = context.io.input
                } else if let contents = try? context.session.readFile(path) {
                    part = contents
                } else {
                    if !silent { context.io.err("curl: Failed to open \(path)\n") }
                    context.io.err("curl: option \(argument.option): \(readError)\n\(tryHelp)")
                    return .failed(26)
                }
                if argument.kind == .ascii { part.removeAll { $0 == "\r" || $0 == "\n" || $0 == "\r\n" } }
            }
            if index > 0 && argument.kind != .json { body += "&" }
            body += part
        }
        return .body(body)
    }

    /// The headers `--json` adds after the `-H` ones, each unless a `-H` names it already.
    static func jsonHeaders(_ options: Options) -> [String] {
        guard options.data.contains(where: { $0.kind == .json }) else { return [] }
        let named = Set(options.headers.map { String($0.prefix { $0 != ":" }).lowercased() })
        return ["Content-Type: application/json", "Accept: application/json"].filter {
            !named.contains(String($0.prefix { $0 != ":" }).lowercased())
        }
    }

    /// The method word: `-X`'s, else the one curl infers.
    static func method(_ options: Options) -> String { options.method ?? inferredMethod(options) }

    /// HEAD for `-I`, PUT for `-T`, POST with data, else GET.
    private static func inferredMethod(_ options: Options) -> String {
        if options.head { return "HEAD" }
        if options.uploadFile != nil { return "PUT" }
        return options.data.isEmpty ? "GET" : "POST"
    }

    /// With `-T`, a URL whose path ends in `/` (or that has none) names the file after it.
    static func uploadURL(_ url: String, _ options: Options) -> String {
        guard let file = options.uploadFile, !url.contains("?") else { return url }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if url.hasSuffix("/") { return url + name }
        let authority = url.contains("://") ? url.split(separator: "://", maxSplits: 1).last ?? "" : Substring(url)
        return authority.contains("/") ? url : url + "/" + name
    }

    /// The note `-v` prints when `-X` names the method curl would use anyway.
    static func redundantMethodNote(_ options: Options) -> String? {
        guard options.verbose, !options.silent, let method = options.method else { return nil }
        let inferred = inferredMethod(options)
        guard method.uppercased() == inferred else { return nil }
        return "Note: Unnecessary use of -X or --request, \(inferred) is already inferred.\n"
    }

    /// `-I` with a body: curl picks one method or none, warns (unless silent) and gives up (exit 2).
    static func conflictingMethods(_ options: Options) -> String? {
        guard options.head, !options.data.isEmpty else { return nil }
        return options.silent
            ? ""
            : warning(
                "You can only select one HTTP request method! You asked for both POST (-d, --data) and HEAD (-I, --head)."
            )
    }

    /// A `Warning: ` message as curl writes it without a terminal: cut at the last blank that
    /// fits 79 columns, each piece with the prefix again.
    static func warning(_ message: String) -> String {
        let prefix = "Warning: "
        let width = 79 - prefix.count
        var rest = Array(message)
        var text = ""
        while rest.count > width {
            var cut = width - 1
            while cut > 0 && rest[cut] != " " && rest[cut] != "\t" { cut -= 1 }
            if cut == 0 { cut = width - 1 }
            text += prefix + String(rest[...cut]) + "\n"
            rest.removeFirst(cut + 1)
        }
        return text + prefix + String(rest) + "\n"
    }

    static let readError = "error encountered when reading a file"
    static let tryHelp = "curl: try 'curl --help' or 'curl --manual' for more information\n"
}
