import Cluster
import KubeAPI
import Kubectl

/// `curl URL...`: resolves, connects through the connectivity model and prints what the server
/// sends. Its messages follow the version the image has: from 7.87 on a failed connect reads
/// `Couldn't connect to server`, before that the system's error text. Without a terminal (always
/// inside a pod, which kubectl exec runs without one) the progress meter goes to stderr.
struct CurlCommand: ShellCommand {
    let client: NetworkClient
    /// `7.88.1`, from the network catalog.
    let version: String
    /// Whether standard output counts as a terminal for this run.
    var outputIsTerminal: (CommandContext) -> Bool = { _ in false }

    struct Options {
        var silent = false
        var showError = false
        var verbose = false
        var head = false
        var include = false
        var output: String?
        var maxTime: Double?
        var connectTimeout: Double?
        /// `-w`: printed after the transfer, `%{http_code}` filled in.
        var writeOut: String?
        /// `-H`: `Name: value` lines, sent after curl's own, replacing one of the same name.
        var headers: [String] = []
        /// `-A`.
        var userAgent: String?
        /// `-L`: follow redirects, at most `--max-redirs` of them (50 unless given).
        var follow = false
        var maxRedirects = 50
        /// `-X`: the method word sent instead of the one curl infers.
        var method: String?
        /// `-d` and its relatives, in order; read into `body` when the command runs.
        var data: [DataArgument] = []
        var body: String?
        /// `-T`: a file sent as the body of a PUT.
        var uploadFile: String?
        var urls: [String] = []
    }

    func run(_ context: CommandContext) -> Int32 {
        var options: Options
        switch Self.parse(Array(context.arguments.dropFirst())) {
        case .success(let parsed): options = parsed
        case .failure(let problem):
            context.io.err("curl: \(problem.text)\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
            return 2
        }
        switch Self.body(of: options.data, silent: options.silent, context) {
        case .body(let body): options.body = body
        case .failed(let code): return code
        }
        guard !options.urls.isEmpty else {
            context.io.err("curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
            return 2
        }
        if let warning = Self.conflictingMethods(options) {
            context.io.err(warning)
            return 2
        }
        if let file = options.uploadFile {
            guard let contents = try? context.session.readFile(file) else {
                context.io.err("curl: cannot open '\(file)'\n" + Self.tryHelp)
                return 26
            }
            options.body = contents
        }
        var status: Int32 = 0
        for url in options.urls {
            let result = fetch(Self.uploadURL(url, options), options, context)
            if result != 0 { status = result }
        }
        return status
    }

    /// What one request came to: curl's exit code after a failure it reported, or the server's answer.
    private enum Outcome {
        case failed(Int32)
        case answered(HTTPResponse, URLTarget)
    }

    /// One URL, start to end, following redirects with `-L`; returns curl's exit code.
    private func fetch(_ url: String, _ options: Options, _ context: CommandContext) -> Int32 {
        let meter = !options.silent && (options.output != nil || !outputIsTerminal(context))
        func fail(_ code: Int32, _ message: String) -> Int32 {
            if meter { context.io.err("\n") }
            if options.verbose { context.io.err("* Closing connection 0\n") }
            if !options.silent || options.showError { context.io.err("curl: (\(code)) \(message)\n") }
            return code
        }
        if let note = Self.redundantMethodNote(options) { context.io.err(note) }
        if meter { context.io.err(Self.meterHeader + Self.meterLine(0, 0)) }
        var current = url
        var followed = 0
        var shownHeaders = ""
        while true {
            switch request(current, options, context, fail) {
            case .failed(let code): return code
            case .answered(let response, let target):
                let location = Self.location(of: response).map { target.resolving($0) }
                guard options.follow, let location, (300..<400).contains(response.status) else {
                    return deliver(
                        response, target, options, meter: meter, context,
                        Redirects(count: followed, url: options.follow ? nil : location, headers: shownHeaders))
                }
                // A response curl follows: its headers are shown with -i or -I as they come (into
                // the -o file with the last response), its body is not.
                if options.head || options.include {
                    if options.output == nil { context.io.out(Self.head(of: response)) } else { shownHeaders += Self.head(of: response) }
                }
                guard followed < options.maxRedirects else {
                    return fail(47, "Maximum (\(options.maxRedirects)) redirects followed")
                }
                if options.verbose { context.io.err("* Issue another request to this URL: '\(location)'\n") }
                followed += 1
                current = location
            }
        }
    }

    /// What redirects came before the response curl delivers: how many it followed, where the
    /// response points when curl did not follow it, and the headers of the followed ones it shows.
    private struct Redirects {
        var count = 0
        var url: String?
        var headers = ""
    }

    /// The value of a response's `Location` header.
    private static func location(of response: HTTPResponse) -> String? {
        response.headers.first { $0.lowercased().hasPrefix("location:") }.map { String($0.dropFirst("location:".count).drop { $0 == " " }) }
    }

    /// A response's status line and headers as they come over the wire, closed by a blank line.
    private static func head(of response: HTTPResponse) -> String {
        ([response.statusLine] + response.headers + [""]).map { $0 + "\r\n" }.joined()
    }

    /// One request to `url`: resolving, connecting and the server's answer.
    private func request(
        _ url: String, _ options: Options, _ context: CommandContext, _ report: (Int32, String) -> Int32
    ) -> Outcome {
        func fail(_ code: Int32, _ message: String) -> Outcome { .failed(report(code, message)) }
        guard let target = URLTarget(url) else {
            return fail(3, "URL using bad/illegal format or missing URL")
        }
        let limit = [options.maxTime, options.connectTimeout].compactMap { $0 }.min()
        let addresses: [String]
        switch client.resolve(target.host) {
        case .addresses(_, let found): addresses = found
        case .notFound: return fail(6, "Could not resolve host: \(target.host)")
        case .timedOut:
            let waited = resolverSeconds(target.host)
            if let limit, limit < Double(waited) {
                context.session.sleep(Int64(limit.rounded(.up)))
                return fail(28, "Resolving timed out after \(Self.milliseconds(limit)) milliseconds")
            }
            context.session.sleep(waited)
            return fail(6, "Could not resolve host: \(target.host)")
        }
        let address = addresses.first ?? ""
        if options.verbose { context.io.err("*   Trying \(address):\(target.port)...\n") }
        let sent = requestHeaders(target, options)
        func value(_ name: String) -> String? {
            sent.last { $0.lowercased().hasPrefix(name.lowercased() + ":") }.map { String($0.dropFirst(name.count + 1).drop { $0 == " " }) }
        }
        if let proxy = client.proxy(address, target.port) {
            return exchange(target, address: address, options, context, fail) { method in
                client.response(
                    of: proxy, method: method, target: target, host: value("Host") ?? "", userAgent: value("User-Agent") ?? "",
                    contentType: value("Content-Type"), body: options.body ?? "")
            }
        }
        switch client.connect(address, target.port) {
        case .refused:
            if options.verbose { context.io.err("* connect to \(address) port \(target.port) failed: Connection refused\n") }
            return fail(7, connectFailure(target, after: 0, errno: "Connection refused"))
        case .unreachable(let ms):
            if let limit, Double(ms) > limit * 1000 { return timedOut(limit, context, fail) }
            context.session.sleep(ms / 1000)
            if options.verbose { context.io.err("* connect to \(address) port \(target.port) failed: No route to host\n") }
            return fail(7, connectFailure(target, after: ms, errno: "No route to host"))
        case .dropped:
            if let limit { return timedOut(limit, context, fail) }
            let ms = NetworkTimings.synTimeoutMilliseconds
            context.session.sleep(ms / 1000)
            if options.verbose { context.io.err("* connect to \(address) port \(target.port) failed: Connection timed out\n") }
            return fail(28, connectFailure(target, after: ms, errno: "Connection timed out"))
        case .connected(let server):
            return exchange(target, address: address, options, context, fail) { _ in
                client.response(of: server, target: target.target, host: value("Host"))
            }
        }
    }

    /// A request over an open connection to a plain-HTTP server; `respond` gives its answer to a
    /// method, or nil when it closes the connection without one.
    private func exchange(
        _ target: URLTarget, address: String, _ options: Options, _ context: CommandContext,
        _ fail: (Int32, String) -> Outcome, respond: (String) -> HTTPResponse?
    ) -> Outcome {
        if options.verbose { context.io.err("* Connected to \(target.host) (\(address)) port \(target.port) (#0)\n") }
        if target.scheme == "https" {
            return fail(35, newStyle ? "error:0A00010B:SSL routines::wrong version number"
                : "error:1408F10B:SSL routines:ssl3_get_record:wrong version number")
        }
        let method = Self.method(options)
        if options.verbose {
            let lines = ["\(method) \(target.target) HTTP/1.1"] + requestHeaders(target, options) + [""]
            context.io.err(lines.map { "> \($0)\r\n" }.joined())
            if let body = options.body, !body.isEmpty {
                if !outputIsTerminal(context) { context.io.err("} [\(body.utf8.count) bytes data]\n") }
                if isVersion8 { context.io.err("* upload completely sent off: \(body.utf8.count) bytes\n") }
            }
        }
        guard let response = respond(method) else { return fail(52, "Empty reply from server") }
        if options.verbose {
            context.io.err((["\(response.statusLine)"] + response.headers + [""]).map { "< \($0)\r\n" }.joined())
        }
        return .answered(response, target)
    }

    /// Writes the headers and body where the options send them.
    private func deliver(
        _ response: HTTPResponse, _ target: URLTarget, _ options: Options, meter: Bool, _ context: CommandContext,
        _ redirects: Redirects
    ) -> Int32 {
        // Without a terminal, verbose mode notes each block of data it receives.
        if options.verbose, !options.head, !outputIsTerminal(context) {
            context.io.err("{ [\(response.body.utf8.count) bytes data]\n")
        }
        var text = redirects.headers + (options.head || options.include ? Self.head(of: response) : "")
        let size = options.head ? 0 : response.body.utf8.count
        if !options.head { text += response.body }
        if options.output == "/dev/null" {
            // Discarded.
        } else if let path = options.output {
            do {
                try context.session.writeFile(path, text)
            } catch {
                context.io.err("Warning: Failed to open the file \(path): No such file or directory\n")
                if meter { context.io.err(Self.meterLine(0, 0) + "\n") }
                if !options.silent || options.showError { context.io.err("curl: (23) Failure writing output to destination\n") }
                return 23
            }
        } else {
            context.io.out(text)
        }
        if meter { context.io.err(Self.meterLine(size, size, uploaded: options.body?.utf8.count ?? 0) + "\n") }
        if options.verbose { context.io.err("* Connection #0 to host \(target.host) left intact\n") }
        if let format = options.writeOut {
            context.io.out(Self.writeOut(format, code: response.status, redirects: redirects.count, redirectURL: redirects.url ?? ""))
        }
        return 0
    }

    private func timedOut(_ limit: Double, _ context: CommandContext, _ fail: (Int32, String) -> Outcome) -> Outcome {
        context.session.sleep(Int64(limit.rounded(.up)))
        return fail(28, "Connection timed out after \(Self.milliseconds(limit) + 1) milliseconds")
    }

    /// Whether this is curl 8, which notes in `-v` when it has sent a body.
    private var isVersion8: Bool { (Int(version.prefix { $0 != "." }) ?? 0) >= 8 }

    /// Whether this curl words connect failures as 7.87 and later do.
    private var newStyle: Bool {
        let parts = version.split(separator: ".").compactMap { Int($0) }
        return (parts.first ?? 0, parts.count > 1 ? parts[1] : 0) >= (7, 87)
    }

    private func connectFailure(_ target: URLTarget, after ms: Int64, errno: String) -> String {
        "Failed to connect to \(target.host) port \(target.port) after \(ms) ms: \(newStyle ? "Couldn't connect to server" : errno)"
    }

    /// The request's header lines: curl's Host, User-Agent and Accept, each left out when a `-H`
    /// of that name replaces it (an empty `-H 'Name:'` removes it), then the `-H` ones and
    /// `--json`'s; with a body, its length, and a form's media type unless a `-H` names one.
    private func requestHeaders(_ target: URLTarget, _ options: Options) -> [String] {
        let host = target.port == (target.scheme == "https" ? 443 : 80) ? target.host : "\(target.host):\(target.port)"
        let own = ["Host: \(host)", "User-Agent: \(options.userAgent ?? "curl/\(version)")", "Accept: */*"]
        func name(_ line: String) -> String { String(line.prefix { $0 != ":" }).lowercased() }
        let given = (options.headers + Self.jsonHeaders(options)).filter { $0.contains(":") }
        let replaced = Set(given.map(name))
        let extra = given.filter { !$0.drop { $0 != ":" }.dropFirst().allSatisfy { $0 == " " } }
        var body: [String] = []
        if let sent = options.body {
            body.append("Content-Length: \(sent.utf8.count)")
            if !options.data.isEmpty && !replaced.contains("content-type") {
                body.append("Content-Type: application/x-www-form-urlencoded")
            }
        }
        return own.filter { !replaced.contains(name($0)) } + extra + body
    }

    /// How long the C library keeps asking name servers that never answer: two tries of five
    /// seconds for each name the search list makes.
    private func resolverSeconds(_ host: String) -> Int64 {
        guard case .pod(let pod) = client.origin else { return 10 }
        return Int64(ResolvConf(client.cluster.resolvConf(of: pod)).candidates(for: host).count) * 10
    }

    /// A `-w` format with `%{http_code}`, `%{num_redirects}`, `%{redirect_url}` (where a redirect
    /// not followed points) and the `\n`/`\t` escapes curl reads in it.
    static func writeOut(_ format: String, code: Int, redirects: Int = 0, redirectURL: String = "") -> String {
        format.replacingAll("%{http_code}", with: "\(code)").replacingAll("%{response_code}", with: "\(code)")
            .replacingAll("%{num_redirects}", with: "\(redirects)").replacingAll("%{redirect_url}", with: redirectURL)
            .replacingAll("\\n", with: "\n").replacingAll("\\t", with: "\t")
    }

    private static func milliseconds(_ seconds: Double) -> Int64 { Int64((seconds * 1000).rounded()) }

    static let meterHeader = """
          % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                         Dload  Upload   Total   Spent    Left  Speed

        """

    /// One update of the progress meter: totals, then speeds as if the transfer took a millisecond.
    static func meterLine(_ total: Int, _ received: Int, uploaded: Int = 0) -> String {
        let percent = total > 0 && received == total ? 100 : 0
        let speed = received * 1000
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        return "\r" + pad("\(percent)", 3) + " " + size5(total) + "  " + pad("\(percent)", 3) + " " + size5(received) + "  "
            + pad(uploaded > 0 ? "100" : "0", 3) + " " + size5(uploaded) + "  " + size5(speed) + "  " + size5(uploaded * 1000)
            + " --:--:-- --:--:-- --:--:-- " + size5(speed)
    }

    /// curl's five-character sizes: bytes, then k, M and G in powers of 1024.
    static func size5(_ bytes: Int) -> String {
        func pad(_ text: String) -> String { String(repeating: " ", count: max(0, 5 - text.count)) + text }
        if bytes < 100_000 { return pad("\(bytes)") }
        if bytes < 10_000 * 1024 { return pad("\(bytes / 1024)k") }
        if bytes < 100 * 1024 * 1024 { return pad("\(bytes / (1024 * 1024))M") }
        return pad("\(bytes / (1024 * 1024 * 1024))G")
    }

    struct Problem: Error {
        var text: String
    }

    static func parse(_ arguments: [String]) -> Result<Options, Problem> {
        var options = Options()
        var index = 0
        func value(_ name: String) -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        func number(_ text: String?, _ name: String) -> Result<Double, Problem> {
            guard let text else { return .failure(Problem(text: "option \(name): requires parameter")) }
            guard let number = Double(text), number >= 0 else {
                return .failure(Problem(text: "option \(name): expected a proper numerical parameter"))
            }
            return .success(number)
        }
        while index < arguments.count {
            let argument = arguments[index]
            defer { index += 1 }
            if argument.hasPrefix("--") {
                switch argument {
                case "--silent": options.silent = true
                case "--show-error": options.showError = true
                case "--verbose": options.verbose = true
                case "--head": options.head = true
                case "--include": options.include = true
                case "--location": options.follow = true
                case "--insecure", "--fail", "--no-progress-meter": break
                case "--max-redirs":
                    guard let text = value(argument) else { return .failure(Problem(text: "option --max-redirs: requires parameter")) }
                    guard let number = Int(text) else {
                        return .failure(Problem(text: "option --max-redirs: expected a proper numerical parameter"))
                    }
                    options.maxRedirects = number < 0 ? Int.max : number
                case "--write-out":
                    guard let format = value(argument) else { return .failure(Problem(text: "option --write-out: requires parameter")) }
                    options.writeOut = format
                case "--header", "--user-agent":
                    guard let text = value(argument) else { return .failure(Problem(text: "option \(argument): requires parameter")) }
                    if argument == "--header" { options.headers.append(text) } else { options.userAgent = text }
                case "--output":
                    guard let path = value(argument) else { return .failure(Problem(text: "option --output: requires parameter")) }
                    options.output = path
                case "--upload-file":
                    guard let file = value(argument) else { return .failure(Problem(text: "option --upload-file: requires parameter")) }
                    options.uploadFile = file
                case "--request":
                    guard let method = value(argument) else { return .failure(Problem(text: "option --request: requires parameter")) }
                    options.method = method
                case "--data", "--data-ascii", "--data-raw", "--data-binary", "--json":
                    guard let text = value(argument) else { return .failure(Problem(text: "option \(argument): requires parameter")) }
                    let kinds: [String: DataArgument.Kind] = ["--data-raw": .raw, "--data-binary": .binary, "--json": .json]
                    options.data.append(DataArgument(kind: kinds[argument] ?? .ascii, option: argument, text: text))
                case "--max-time", "--connect-timeout":
                    switch number(value(argument), argument) {
                    case .success(let n): if argument == "--max-time" { options.maxTime = n } else { options.connectTimeout = n }
                    case .failure(let problem): return .failure(problem)
                    }
                default: return .failure(Problem(text: "option \(argument): is unknown"))
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var letters = Array(argument.dropFirst())
                while !letters.isEmpty {
                    let letter = letters.removeFirst()
                    switch letter {
                    case "s": options.silent = true
                    case "S": options.showError = true
                    case "v": options.verbose = true
                    case "I": options.head = true
                    case "i": options.include = true
                    case "L": options.follow = true
                    case "k", "f": break
                    case "o", "m", "w", "H", "A", "X", "d", "T":
                        let text = letters.isEmpty ? value("-\(letter)") : String(letters)
                        letters = []
                        if letter == "X" || letter == "d" || letter == "T" {
                            guard let text else { return .failure(Problem(text: "option -\(letter): requires parameter")) }
                            if letter == "T" {
                                options.uploadFile = text
                            } else if letter == "X" {
                                options.method = text
                            } else {
                                options.data.append(DataArgument(kind: .ascii, option: "-d", text: text))
                            }
                        } else if letter == "H" || letter == "A" {
                            guard let text else { return .failure(Problem(text: "option -\(letter): requires parameter")) }
                            if letter == "H" { options.headers.append(text) } else { options.userAgent = text }
                        } else if letter == "w" {
                            guard let text else { return .failure(Problem(text: "option -w: requires parameter")) }
                            options.writeOut = text
                        } else if letter == "o" {
                            guard let text else { return .failure(Problem(text: "option -o: requires parameter")) }
                            options.output = text
                        } else {
                            switch number(text, "-m") {
                            case .success(let n): options.maxTime = n
                            case .failure(let problem): return .failure(problem)
                            }
                        }
                    default: return .failure(Problem(text: "option -\(letter): is unknown"))
                    }
                }
            } else {
                options.urls.append(argument)
            }
        }
        return .success(options)
    }
}


extension String {
    /// Every occurrence of `target` replaced.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
