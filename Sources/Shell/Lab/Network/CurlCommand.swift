import Cluster
import KubeAPI
import Kubectl

/// `curl URL...`: resolves, connects through the connectivity model and prints what the server
/// sends. Its messages follow the version the image has: from 7.87 on a failed connect reads
/// `Couldn't connect to server`, before that the system's error text, and `-v` traces as curl 8.12
/// from that version on (`CurlTrace`). Without a terminal (a pipe, or a pod's process that kubectl
/// exec runs without `-t`) the progress meter goes to stderr and the output is buffered (`CurlOutput`).
struct CurlCommand: ShellCommand {
    let client: NetworkClient
    /// `7.88.1`, from the network catalog.
    let version: String
    /// Whether standard output counts as a terminal for this run.
    var outputIsTerminal: (CommandContext) -> Bool = Self.writesToTerminal

    /// Standard output is the terminal unless the shell pipes or captures it (a pipeline, a
    /// redirection, `$(...)`); inside a pod there is a terminal only under `kubectl exec -t`.
    static func writesToTerminal(_ context: CommandContext) -> Bool {
        !(context.io.sink is CaptureSink || context.io.sink is PipedSink)
    }

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
        let stdout = CurlOutput(buffered: !outputIsTerminal(context)) { context.io.out($0) }
        // The URLs share curl's connections: one left open serves the next URL to the same place.
        var connections = Connections()
        for url in options.urls {
            let result = fetch(Self.uploadURL(url, options), options, context, stdout, &connections)
            if result != 0 { status = result }
        }
        stdout.flush()
        return status
    }

    /// The request's header lines: curl's Host, User-Agent and Accept, each left out when a `-H`
    /// of that name replaces it (an empty `-H 'Name:'` removes it), then the `-H` ones and
    /// `--json`'s; with a body, its length, and a form's media type unless a `-H` names one.
    func requestHeaders(_ target: URLTarget, _ options: Options) -> [String] {
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
    func resolverSeconds(_ host: String) -> Int64 {
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

    static func milliseconds(_ seconds: Double) -> Int64 { Int64((seconds * 1000).rounded()) }

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
