import Cluster
import KubeAPI

/// `kubectl logs (POD | TYPE/NAME) [-c CONTAINER]`: prints what containers wrote, read through
/// the pod `log` subresource.
enum Logs {
    static let verb = Verb(name: "logs", flags: flags, help: KubectlHelp.logs) { context throws(KubectlFailure) in
        let options = try Options(context)
        let target = try LogRequests.fetch(options, context: context, cluster: try context.cluster)
        try options.validate()
        return try options.run(target, context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("container", "c"), FlagSpec("all-containers", nil, .bool), FlagSpec("all-pods", nil, .bool),
        FlagSpec("follow", "f", .bool), FlagSpec("previous", "p", .bool), FlagSpec("timestamps", nil, .bool),
        FlagSpec("prefix", nil, .bool), FlagSpec("tail", nil, .int), FlagSpec("since", nil, .duration), FlagSpec("since-time"),
        FlagSpec("selector", "l"), FlagSpec("max-log-requests", nil, .int), FlagSpec("limit-bytes", nil, .int),
        FlagSpec("ignore-errors", nil, .bool), FlagSpec("pod-running-timeout", nil, .duration),
        FlagSpec("insecure-skip-tls-verify-backend", nil, .bool),
    ]

    /// How long `-f` follows the lab's clock before it returns, as if interrupted.
    static let followLimitSeconds: Int64 = 60

    struct Options {
        var resource: String?
        var container: String?
        var containerFlag: Bool
        var positionalCount: Int
        var selector: String?
        var allContainers: Bool
        var allPods: Bool
        var follow: Bool
        var prefix: Bool
        var ignoreErrors: Bool
        var maxRequests: Int
        var sinceMilliseconds: Int64 = 0
        var sinceTime: String?
        var tail: Int
        var limitBytes: Int
        var podTimeoutSeconds: Int64 = 20
        var query: PodLogOptions

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            selector = flags.string("selector").flatMap { $0.isEmpty ? nil : $0 }
            positionalCount = flags.positionals.count
            containerFlag = flags.isSet("container")
            container = flags.string("container").flatMap { $0.isEmpty ? nil : $0 }
            switch flags.positionals.count {
            case 0:
                if selector == nil { throw .validation(Logs.usageError, verb: "logs") }
            case 1:
                resource = flags.positionals[0]
                if selector != nil { throw .validation("only a selector (-l) or a POD name is allowed", verb: "logs") }
            case 2:
                resource = flags.positionals[0]
                container = flags.positionals[1]
            default:
                throw .validation(Logs.usageError, verb: "logs")
            }
            allContainers = flags.bool("all-containers")
            allPods = flags.bool("all-pods")
            follow = flags.bool("follow")
            prefix = flags.bool("prefix") || allPods
            ignoreErrors = flags.bool("ignore-errors")
            maxRequests = flags.string("max-log-requests").flatMap { Int($0) } ?? 5
            tail = flags.string("tail").flatMap { Int($0) } ?? -1
            limitBytes = flags.string("limit-bytes").flatMap { Int($0) } ?? 0
            if let text = flags.string("pod-running-timeout") {
                podTimeoutSeconds = try Self.duration(text, flag: "pod-running-timeout") / 1000
                if podTimeoutSeconds <= 0 { throw .error("--pod-running-timeout must be higher than zero") }
            }
            if let text = flags.string("since") { sinceMilliseconds = try Self.duration(text, flag: "since") }
            sinceTime = flags.string("since-time").flatMap { $0.isEmpty ? nil : $0 }
            query = PodLogOptions(container: container ?? "")
            query.previous = flags.bool("previous")
            query.timestamps = flags.bool("timestamps")
            if let sinceTime {
                guard let time = Timestamp(rfc3339: sinceTime) else {
                    throw .error("parsing time \"\(sinceTime)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\(sinceTime)\" as \"2006\"")
                }
                query.sinceTime = time
            }
            // Rounded up to whole seconds, as kubectl sends them.
            if sinceMilliseconds != 0 { query.sinceSeconds = (sinceMilliseconds + 500).floorDiv(1000) }
            if limitBytes != 0 { query.limitBytes = limitBytes }
            if selector != nil, tail == -1, !flags.isSet("tail") {
                query.tailLines = Logs.selectorTail
            } else if tail != -1 {
                query.tailLines = tail
            }
        }

        private static func duration(_ text: String, flag: String) throws(KubectlFailure) -> Int64 {
            switch GoDurationFlag.milliseconds(text) {
            case .success(let milliseconds): return milliseconds
            case .failure(let error):
                throw .usage("invalid argument \"\(text)\" for \"--\(flag)\" flag: \(error.message)", verb: "logs")
            }
        }

        func validate() throws(KubectlFailure) {
            if sinceTime != nil, sinceMilliseconds != 0 {
                throw .error("at most one of `sinceTime` or `sinceSeconds` may be specified")
            }
            if allContainers, let container {
                throw .error("--all-containers=true should not be specified with container name \(container)")
            }
            if containerFlag, positionalCount == 2 { throw .error("only one of -c or an inline [CONTAINER] arg is allowed") }
            if limitBytes < 0 { throw .error("--limit-bytes must be greater than 0") }
            if let since = query.sinceSeconds, since < 0 { throw .error("--since must be greater than 0") }
            if let tail = query.tailLines, tail < -1 { throw .error("--tail must be greater than or equal to -1") }
        }

        func run(_ target: LogRequests.Target, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            let requests = try LogRequests.requests(for: target, self, context: context, cluster: cluster)
            if follow, requests.count > 1, requests.count > maxRequests {
                throw .error(
                    "you are attempting to follow \(requests.count) log streams, but maximum allowed concurrency is \(maxRequests), use --max-log-requests to increase the limit")
            }
            var followed: [(LogRequests.Request, PodLogRead)] = []
            for request in requests {
                var query = self.query
                query.container = request.container
                do {
                    // The log is a GET of the pod's `log` subresource.
                    let read = try context.send(logRequest(request, query)) { () throws(APIError) in
                        try cluster.authorize(
                            AccessRequest(verb: "get", .pods, subresource: "log", namespace: request.namespace, name: request.pod),
                            as: context.user)
                        return try cluster.podLog(namespace: request.namespace, name: request.pod, query)
                    }
                    context.io.out(prefixed(read.text, request))
                    if follow, read.running { followed.append((request, read)) }
                } catch {
                    guard ignoreErrors else { throw .server(error) }
                    context.io.out("error: \(error.message)\n")
                }
            }
            guard !followed.isEmpty else { return 0 }
            let since = cluster.now
            // In a background job the shell takes what arrives each time the clock has moved.
            var last = since
            let step = { () -> Bool in
                context.io.out(arrived(followed, after: last, cluster: cluster))
                last = cluster.now
                return !Self.ended(followed, cluster: cluster)
            }
            if context.follow.follow(step) { return 0 }
            _ = cluster.wait(timeoutSeconds: Logs.followLimitSeconds) { Self.ended(followed, cluster: cluster) }
            context.io.out(arrived(followed, after: since, cluster: cluster))
            return 0
        }

        /// The GET of a container's log, its options in the query as `PodLogOptions` converts them.
        private func logRequest(_ request: LogRequests.Request, _ options: PodLogOptions) -> ServerRequest {
            var get = ServerRequest.get(.pods, namespace: request.namespace, name: request.pod, subresource: "log", accept: ServerRequest.MediaTypes.any)
            get.query["container"] = options.container
            if follow { get.query["follow"] = "true" }
            if let limit = options.limitBytes { get.query["limitBytes"] = String(limit) }
            if options.previous { get.query["previous"] = "true" }
            if let since = options.sinceSeconds { get.query["sinceSeconds"] = String(since) }
            if let time = options.sinceTime { get.query["sinceTime"] = time.rfc3339 }
            if let tail = options.tailLines, tail >= 0 { get.query["tailLines"] = String(tail) }
            if options.timestamps { get.query["timestamps"] = "true" }
            return get
        }

        /// Whether every followed container has stopped.
        private static func ended(_ followed: [(LogRequests.Request, PodLogRead)], cluster: Cluster) -> Bool {
            followed.allSatisfy { request, read in
                var query = PodLogOptions(container: request.container)
                query.containerID = read.containerID
                return (try? cluster.podLog(namespace: request.namespace, name: request.pod, query).running) != true
            }
        }

        /// What the streams received after `since`, interleaved by when each line arrived.
        private func arrived(_ followed: [(LogRequests.Request, PodLogRead)], after since: Timestamp, cluster: Cluster) -> String {
            var later: [(time: Timestamp, line: String)] = []
            for (request, read) in followed {
                var query = self.query
                query.container = request.container
                query.containerID = read.containerID
                query.after = since
                query.tailLines = nil
                query.sinceSeconds = nil
                query.sinceTime = nil
                let lines = (try? cluster.podLog(namespace: request.namespace, name: request.pod, query).lines) ?? []
                later += lines.map { ($0.time, prefixed($0.sent, request)) }
            }
            let ordered = later.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            return ordered.map(\.element.line).joined()
        }

        /// `[pod/NAME/CONTAINER] ` before each line when `--prefix` (or `--all-pods`) asks for it, a
        /// last line without its newline included (kubectl writes each line it reads, as read).
        private func prefixed(_ text: String, _ request: LogRequests.Request) -> String {
            guard prefix, !text.isEmpty else { return text }
            let tag = "[pod/\(request.pod)/\(request.container)] "
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let partial = lines.removeLast()
            return lines.map { tag + $0 + "\n" }.joined() + (partial.isEmpty ? "" : tag + partial)
        }
    }

    static let selectorTail = 10
    static let usageError =
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"
}

extension Int64 {
    fileprivate func floorDiv(_ divisor: Int64) -> Int64 { self >= 0 ? self / divisor : -((-self + divisor - 1) / divisor) }
}
