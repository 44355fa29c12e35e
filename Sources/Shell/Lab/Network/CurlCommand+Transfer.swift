import Cluster
import KubeAPI
import Kubectl

/// One URL's transfer: resolving, connecting (or re-using the connection a redirect left open),
/// the request, the answer and where it goes, with `-v`'s trace (`CurlTrace`) on the way.
extension CurlCommand {
    /// What one request came to: curl's exit code after a failure it reported, or the server's answer.
    private enum Outcome {
        case failed(Int32)
        case answered(HTTPResponse, URLTarget)
    }

    /// The connections of one command line's transfers: the number the next one gets, and the
    /// one left open, which a request to the same scheme, host and port re-uses.
    struct Connections {
        var next = 0
        var open: (scheme: String, host: String, port: Int, peer: Peer, id: Int)?
        /// The number of the connection the current request uses.
        var current = 0
    }

    /// What a connection reached: a `kubectl proxy`, a server in a pod, or a node's own daemon
    /// (what it answers to a request target).
    enum Peer {
        case proxy(APIProxy)
        case server(ReachedServer)
        case daemon((String) -> HTTPResponse)
    }

    /// One URL, start to end, following redirects with `-L`; returns curl's exit code.
    func fetch(
        _ url: String, _ options: Options, _ context: CommandContext, _ stdout: CurlOutput,
        _ connections: inout Connections
    ) -> Int32 {
        let meter = !options.silent && (options.output != nil || !context.io.writesToTerminal)
        let trace = CurlTrace(modern: tracesAsCurl812)
        func fail(_ code: Int32, _ message: String, _ stage: CurlTrace.Stage, connection: Int) -> Int32 {
            // curl's failure message is also a line of its trace.
            if options.verbose, stage != .none { context.io.err("* \(message)\n") }
            // The progress meter ends with a last update when the connect fails, and not at all
            // when the name does not resolve (curl 7.88.1 and 8.12.1 alike).
            switch stage {
            case _ where !meter, .resolving: break
            case .refused: context.io.err(Self.meterLine(0, 0) + "\n")
            default: context.io.err("\n")
            }
            if options.verbose { context.io.err(trace.closing(connection, at: stage)) }
            if !options.silent || options.showError { context.io.err("curl: (\(code)) \(message)\n") }
            return code
        }
        if let note = Self.redundantMethodNote(options) { context.io.err(note) }
        if meter { context.io.err(Self.meterHeader + Self.meterLine(0, 0)) }
        var current = url
        var followed = 0
        var shownHeaders = ""
        while true {
            switch request(current, options, context, trace, &connections, fail) {
            case .failed(let code): return code
            case .answered(let response, let target):
                let location = Self.location(of: response).map { target.resolving($0) }
                guard options.follow, let location, (300..<400).contains(response.status) else {
                    return deliver(
                        response, target, options, meter: meter, context, stdout, trace, &connections,
                        Redirects(count: followed, url: options.follow ? nil : location, headers: shownHeaders))
                }
                // A response curl follows: its headers are shown with -i or -I as they come (into
                // the -o file with the last response), its body is not.
                if options.head || options.include, !headersInterleaved(options, context) {
                    if options.output == nil {
                        stdout.out(Self.head(of: response))
                    } else {
                        shownHeaders += Self.head(of: response)
                    }
                }
                if options.verbose { context.io.err(CurlTrace.ignoringBody) }
                release(response, target, options, context, trace, &connections)
                guard followed < options.maxRedirects else {
                    return fail(
                        47, "Maximum (\(options.maxRedirects)) redirects followed", .done,
                        connection: connections.current)
                }
                if options.verbose { context.io.err("* Issue another request to this URL: '\(location)'\n") }
                followed += 1
                current = location
            }
        }
    }

    /// Ends a transfer's use of its connection: left open for the next request unless the
    /// server closes it.
    private func release(
        _ response: HTTPResponse, _ target: URLTarget, _ options: Options, _ context: CommandContext,
        _ trace: CurlTrace,
        _ connections: inout Connections
    ) {
        let id = connections.current
        if response.headers.contains(where: { $0.lowercased() == "connection: close" }) {
            connections.open = nil
            if options.verbose { context.io.err(trace.closedByServer(id)) }
            return
        }
        if options.verbose { context.io.err(trace.leftIntact(target.host, id: id)) }
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
        response.headers.first { $0.lowercased().hasPrefix("location:") }.map {
            String($0.dropFirst("location:".count).drop { $0 == " " })
        }
    }

    /// A response's status line and headers as they come over the wire, closed by a blank line.
    private static func head(of response: HTTPResponse) -> String {
        ([response.statusLine] + response.headers + [""]).map { $0 + "\r\n" }.joined()
    }

    /// One request to `url`: resolving, connecting (or re-using the open connection) and the
    /// server's answer.
    private func request(
        _ url: String, _ options: Options, _ context: CommandContext, _ trace: CurlTrace,
        _ connections: inout Connections,
        _ report: (Int32, String, CurlTrace.Stage, Int) -> Int32
    ) -> Outcome {
        func fail(_ code: Int32, _ message: String, _ stage: CurlTrace.Stage) -> Outcome {
            .failed(report(code, message, stage, connections.current))
        }
        guard let target = URLTarget(url) else {
            return fail(3, "URL using bad/illegal format or missing URL", .none)
        }
        let sent = requestHeaders(target, options)
        func value(_ name: String) -> String? {
            sent.last { $0.lowercased().hasPrefix(name.lowercased() + ":") }.map {
                String($0.dropFirst(name.count + 1).drop { $0 == " " })
            }
        }
        func answer(_ peer: Peer) -> (String) -> HTTPResponse? {
            switch peer {
            case .proxy(let proxy):
                return { method in
                    client.response(
                        of: proxy, method: method, target: target, host: value("Host") ?? "",
                        userAgent: value("User-Agent") ?? "",
                        contentType: value("Content-Type"), body: options.body ?? "")
                }
            case .server(let server):
                return { method in
                    client.response(of: server, method: method, target: target.target, host: value("Host"))
                }
            case .daemon(let respond):
                return { _ in respond(target.target) }
            }
        }
        if let open = connections.open, open.scheme == target.scheme, open.host == target.host, open.port == target.port
        {
            connections.current = open.id
            if options.verbose { context.io.err(trace.reusing(target.host, id: open.id)) }
            return exchange(target, options, context, trace, fail, respond: answer(open.peer))
        }
        connections.current = connections.next
        connections.next += 1
        let limit = [options.maxTime, options.connectTimeout].compactMap { $0 }.min()
        let addresses: [String]
        switch resolve(target.host) {
        case .addresses(_, let found): addresses = found
        case .notFound: return fail(6, "Could not resolve host: \(target.host)", .resolving)
        case .timedOut:
            let waited = resolverSeconds(target.host)
            if let limit, limit < Double(waited) {
                context.session.sleep(Int64(limit.rounded(.up)))
                return fail(28, "Resolving timed out after \(Self.milliseconds(limit)) milliseconds", .connection)
            }
            context.session.sleep(waited)
            return fail(6, "Could not resolve host: \(target.host)", .resolving)
        }
        if options.verbose { context.io.err(trace.resolved(target.host, port: target.port, addresses)) }
        // Each address in turn until one connects.
        var failure: (code: Int32, after: Int64, errno: String) = (7, 0, "Connection refused")
        for address in addresses {
            if options.verbose { context.io.err(trace.trying(address, port: target.port)) }
            func failed(_ error: String) {
                guard options.verbose else { return }
                let local = client.localAddress(toward: address)
                let port = client.ephemeralPort(from: local, to: address, port: target.port)
                context.io.err(trace.connectFailed(address, port: target.port, local: (local, port), error))
            }
            let peer: Peer
            if let proxy = client.proxy(address, target.port) {
                peer = .proxy(proxy)
            } else if let daemon = client.daemon(address, target.port) {
                peer = .daemon(daemon)
            } else {
                switch client.connect(address, target.port) {
                case .connected(let server): peer = .server(server)
                case .refused:
                    failed("Connection refused")
                    continue
                case .unreachable(let ms):
                    if let limit, Double(ms) > limit * 1000 {
                        return timedOut(address, target, limit, context, trace, options, fail)
                    }
                    context.session.sleep(ms / 1000)
                    failed("No route to host")
                    failure = (7, ms, "No route to host")
                    continue
                case .dropped:
                    if let limit { return timedOut(address, target, limit, context, trace, options, fail) }
                    let ms = NetworkTimings.synTimeoutMilliseconds
                    context.session.sleep(ms / 1000)
                    failed("Connection timed out")
                    failure = (28, ms, "Connection timed out")
                    continue
                }
            }
            if options.verbose {
                context.io.err(trace.connected(target.host, address, port: target.port, id: connections.current))
            }
            if target.scheme == "https" {
                return fail(
                    35,
                    newStyle
                        ? "error:0A00010B:SSL routines::wrong version number"
                        : "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
                    .connection)
            }
            connections.open = (target.scheme, target.host, target.port, peer, connections.current)
            return exchange(target, options, context, trace, fail, respond: answer(peer))
        }
        return fail(
            failure.code, connectFailure(target, after: failure.after, errno: failure.errno),
            failure.after == 0 ? .refused : .connection)
    }

    /// The addresses of `host`: curl 8.12 answers `localhost` itself, IPv6's loopback first.
    private func resolve(_ host: String) -> Cluster.Resolution {
        let name = host.lowercased()
        if tracesAsCurl812, name == "localhost" || name.hasSuffix(".localhost") {
            return .addresses(name: host, ["::1", "127.0.0.1"])
        }
        return client.resolve(host)
    }

    /// A request over an open connection to a plain-HTTP server; `respond` gives its answer to a
    /// method, or nil when it closes the connection without one.
    private func exchange(
        _ target: URLTarget, _ options: Options, _ context: CommandContext, _ trace: CurlTrace,
        _ fail: (Int32, String, CurlTrace.Stage) -> Outcome, respond: (String) -> HTTPResponse?
    ) -> Outcome {
        let method = Self.method(options)
        if options.verbose {
            let lines = ["\(method) \(target.target) HTTP/1.1"] + requestHeaders(target, options) + [""]
            context.io.err(lines.map { "> \($0)\r\n" }.joined())
            if let body = options.body, !body.isEmpty {
                if !context.io.writesToTerminal { context.io.err("} [\(body.utf8.count) bytes data]\n") }
                if isVersion8 { context.io.err("* upload completely sent off: \(body.utf8.count) bytes\n") }
            } else {
                context.io.err(trace.requestSent)
            }
        }
        guard let response = respond(method) else { return fail(52, "Empty reply from server", .connection) }
        if options.verbose {
            // A header line goes to the trace, then to a terminal's standard output when shown there.
            let interleaved = headersInterleaved(options, context)
            for line in [response.statusLine] + response.headers + [""] {
                context.io.err("< \(line)\r\n")
                if interleaved { context.io.out(line + "\r\n") }
            }
        }
        return .answered(response, target)
    }

    /// Writes the headers and body where the options send them.
    private func deliver(
        _ response: HTTPResponse, _ target: URLTarget, _ options: Options, meter: Bool, _ context: CommandContext,
        _ stdout: CurlOutput, _ trace: CurlTrace, _ connections: inout Connections, _ redirects: Redirects
    ) -> Int32 {
        // Without a terminal, verbose mode notes each block of data it receives.
        if options.verbose, !options.head, !context.io.writesToTerminal {
            context.io.err("{ [\(response.body.utf8.count) bytes data]\n")
        }
        let showsHead = (options.head || options.include) && !headersInterleaved(options, context)
        var text = redirects.headers + (showsHead ? Self.head(of: response) : "")
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
                if !options.silent || options.showError {
                    context.io.err("curl: (23) Failure writing output to destination\n")
                }
                return 23
            }
        } else {
            stdout.out(text)
        }
        if meter { context.io.err(Self.meterLine(size, size, uploaded: options.body?.utf8.count ?? 0) + "\n") }
        release(response, target, options, context, trace, &connections)
        if let format = options.writeOut {
            stdout.out(
                Self.writeOut(
                    format, code: response.status, redirects: redirects.count, redirectURL: redirects.url ?? ""))
        }
        return 0
    }

    /// A connect that is still waiting when the time limit comes: curl 7 says the connection
    /// timed out, curl 8.12 gives up on the address and fails to connect.
    private func timedOut(
        _ address: String, _ target: URLTarget, _ limit: Double, _ context: CommandContext, _ trace: CurlTrace,
        _ options: Options, _ fail: (Int32, String, CurlTrace.Stage) -> Outcome
    ) -> Outcome {
        context.session.sleep(Int64(limit.rounded(.up)))
        let ms = Self.milliseconds(limit)
        guard tracesAsCurl812 else { return fail(28, "Connection timed out after \(ms + 1) milliseconds", .connection) }
        if options.verbose { context.io.err(trace.connectTimedOut(address, milliseconds: ms)) }
        return fail(
            28, "Failed to connect to \(target.host) port \(target.port) after \(ms + 1) ms: Timeout was reached",
            .connection)
    }

    /// Whether `-v` and the headers `-i` or `-I` show share a terminal, where each header line
    /// follows its trace line.
    private func headersInterleaved(_ options: Options, _ context: CommandContext) -> Bool {
        options.verbose && (options.head || options.include) && options.output == nil && context.io.writesToTerminal
    }

    /// Whether this is curl 8, which notes in `-v` when it has sent a body.
    private var isVersion8: Bool { versionNumbers >= (8, 0) }

    /// Whether `-v` reads as curl 8.12's (`CurlTrace`).
    private var tracesAsCurl812: Bool { versionNumbers >= (8, 12) }

    /// Whether this curl words connect failures as 7.87 and later do.
    private var newStyle: Bool { versionNumbers >= (7, 87) }

    /// The version's major and minor numbers.
    private var versionNumbers: (Int, Int) {
        let parts = version.split(separator: ".").compactMap { Int($0) }
        return (parts.first ?? 0, parts.count > 1 ? parts[1] : 0)
    }

    private func connectFailure(_ target: URLTarget, after ms: Int64, errno: String) -> String {
        "Failed to connect to \(target.host) port \(target.port) after \(ms) ms: \(newStyle ? "Couldn't connect to server" : errno)"
    }
}
