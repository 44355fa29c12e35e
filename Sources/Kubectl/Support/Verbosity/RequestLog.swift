import Cluster
import KubeAPI

/// What kubectl's `-v=N` logs through klog on standard error while one command runs: the
/// kubeconfig files it loaded, client-go's feature gates, each request it sent with its answer,
/// the watches of a waiting command, and the Status object of a server error it reports.
///
/// Every line carries the command's start time plus the microseconds logged so far: each line
/// is `lineStep` after the one before, and an answer comes `answerMilliseconds` after its
/// request, so the same command logs the same bytes on every replay. The process ID is the one
/// `KlogLine` derives from the start time, as the command's other klog lines show it.
final class RequestLog {
    /// Microseconds between two lines logged one after the other.
    static let lineStep = 100
    /// How long every request takes to be answered: a fixed 3 ms, a round trip to an apiserver
    /// on the lab's container network.
    static let answerMilliseconds = 3

    /// The `-v` level; 0 logs nothing.
    let level: Int
    private let io: IOStreams
    private let start: Timestamp
    private let clock: () -> Timestamp
    /// The kubeconfig's server, which request URLs start with.
    var server = ""
    let userAgent: String
    /// The OpenAPI documents downloaded so far ("" for the index), which client-go keeps.
    var schemaDocuments: Set<String> = []
    /// Microseconds into the command of the next line, not counting the lab's clock moving.
    private var elapsed = 0
    /// The Status of each server error answered, by its message and by kubectl's wording of
    /// it, for the line kubectl logs when it reports the error.
    private var failures: [String: JSONValue] = [:]
    /// The apiserver whose answers `-v=8` and up log, and who asks it (nil is the admin).
    var lab: Cluster?
    var user: UserInfo?
    /// The apiserver's audit IDs for this command's requests, from a source seeded by its start
    /// and by the store's revision when the apiserver is known (`RequestLog.starting`), which the
    /// session's `AuditIDStreams` carries on from command to command.
    var auditIDs: NameGenerator
    var auditSeed: UInt64
    /// Whether the connection to the apiserver is open: `-v=9` traces the first request's dial,
    /// and every later one reuses the connection.
    var connected = false

    init(level: Int, io: IOStreams, userAgent: String, clock: @escaping () -> Timestamp) {
        self.level = level
        self.io = io
        self.userAgent = userAgent
        self.clock = clock
        start = clock()
        auditSeed = UInt64(truncatingIfNeeded: start.milliseconds)
        auditIDs = NameGenerator(seed: auditSeed)
    }

    /// Logs `message` at `verbosity` from klog's `source` (`file.go:LINE`).
    func info(_ verbosity: Int, _ source: String, _ message: String) {
        guard level >= verbosity else { return }
        let moved = Int(clock().milliseconds(since: start)) * 1000
        io.err(KlogLine.format(.info, source: source, message, at: start, elapsed: elapsed + moved) + "\n")
        elapsed += Self.lineStep
    }

    /// client-go's loading rules log each kubeconfig file they read (`LoadFromFile`).
    func configLoaded(from paths: [String]) {
        for path in paths { info(6, "loader.go:402", "Config loaded from file:  \(path)") }
    }

    /// client-go logs its feature gates' defaults when the first client is made; Go's map
    /// gives them in any order, the lab in alphabetical order.
    func featureGates() {
        for gate in Self.featureGateNames {
            info(1, "envvar.go:172", "\"Feature gate default state\" feature=\"\(gate)\" enabled=false")
        }
    }

    static let featureGateNames = [
        "ClientsAllowCBOR", "ClientsPreferCBOR", "InformerResourceVersion", "WatchListClient",
    ]

    /// Logs `request` and the answer `status`, as client-go's debugging round tripper does:
    /// one line at `-v=6`, the request, its headers and the status at `-v=7`; from `-v=8` the
    /// bodies and the response's headers too, and at `-v=9` a curl command and the connection's
    /// timings in place of the request's headers (`RequestLog+Bodies.swift`). `result` is the
    /// object a write answered with, `source` where the client's call is when the request's
    /// shape does not tell (`ServerRequest.bodySource`).
    func answered(
        _ request: ServerRequest, status: Int, failure: APIError? = nil, result: KubeObject? = nil, source: String? = nil
    ) {
        if let failure {
            let status = request.status(of: failure)
            failures[failure.message] = status
            failures[failure.kubectlMessage] = status
        }
        guard level >= 6 else { return }
        let url = request.url(server: server)
        let reason = status == 101 ? "Switching Protocols" : HTTPResponse(status: status, headers: [], body: "").reason
        let answer = "\(status) \(reason)"
        guard level >= 7 else {
            elapsed += Self.answerMilliseconds * 1000 - Self.lineStep
            info(
                6, "round_trippers.go:560",
                "\(request.method) \(url) \(answer) in \(Self.answerMilliseconds) milliseconds")
            return
        }
        guard level >= 8 else {
            logRequestLine(request, url: url)
            elapsed += Self.answerMilliseconds * 1000 - Self.lineStep
            info(7, "round_trippers.go:581", "Response Status: \(answer) in \(Self.answerMilliseconds) milliseconds")
            return
        }
        let source = source ?? request.bodySource
        let response = loggedResponse(to: request, status: status, failure: failure, result: result)
        logRequestBody(request, source: source)
        if level >= 9 {
            logCurlAndDial(request, url: url)
            elapsed += Self.answerMilliseconds * 1000 - Self.lineStep
            info(9, "round_trippers.go:560", "\(request.method) \(url) \(answer) in \(Self.answerMilliseconds) milliseconds")
            info(9, "round_trippers.go:577", "HTTP Statistics: \(statistics())")
        } else {
            logRequestLine(request, url: url)
            elapsed += Self.answerMilliseconds * 1000 - Self.lineStep
            info(8, "round_trippers.go:581", "Response Status: \(answer) in \(Self.answerMilliseconds) milliseconds")
        }
        connected = true
        logResponse(response, source: source)
    }

    /// The request's method and URL, then its headers (`-v=7` and `-v=8`).
    private func logRequestLine(_ request: ServerRequest, url: String) {
        info(7, "round_trippers.go:470", "\(request.method) \(url)")
        info(7, "round_trippers.go:476", "Request Headers:")
        for header in request.headers(userAgent: userAgent) { info(7, "round_trippers.go:480", "    \(header)") }
    }

    /// kubectl's `StandardErrorMessage` logs the Status of a server error before it words it:
    /// Go's indented JSON, through a `Info` call that keeps its format verb.
    /// `text` is the error's own message, or the line kubectl prints for it.
    /// A message kubectl extended (`error when creating "FILE": ...`) is in the Status it logs.
    func reportingFailure(_ text: String?) {
        guard level >= 4, let text else { return }
        var status = failures[text]
        let extended = failures.filter { text.hasSuffix(": " + $0.key) }.max { $0.key.count < $1.key.count }
        if status == nil, let extended {
            status = extended.value
            let worded =
                text.hasPrefix("Error from server (")
                ? text.firstRange(of: "): ").map { String(text[$0.upperBound...]) } : nil
            status?["message"] = .string(worded ?? text)
        }
        guard let status else { return }
        info(4, "helpers.go:246", "server response object: %s[" + JSONPrinter.print(status, unit: "  ") + "]")
    }
}
