/// What a server program in an image answers on the network once it runs: the TCP ports it
/// listens on, the HTTP paths that answer on them, and the ports that speak gRPC health.
public struct ImageServer: Sendable, Equatable {
    /// How one HTTP path answers: a status, optionally another one once the process has run a while
    /// (agnhost's `liveness` answers 200 for 10 seconds, then 500).
    public struct Answer: Sendable, Equatable {
        public var status: Int
        public var laterStatus: Int?
        public var changesAfterMilliseconds: Int64 = 0

        /// The status a request gets `elapsed` milliseconds after the process started.
        public func status(after elapsed: Int64) -> Int {
            guard let laterStatus, elapsed > changesAfterMilliseconds else { return status }
            return laterStatus
        }
    }

    public var tcpPorts: Set<Int> = []
    /// Paths by port, `*` answering every path not listed.
    ///
    /// A listed port's other paths answer 404.
    public var http: [Int: [String: Answer]] = [:]
    /// Ports that implement the gRPC health protocol and answer SERVING.
    public var grpcPorts: Set<Int> = []
    /// A flag that moves the HTTP port (`--http-port=8080`).
    public var portFlag: String?
    /// An environment variable whose value, when it is a port, moves the HTTP port (hello-app's `PORT`).
    public var portVariable: String?
    /// The directory whose files the server sends, and how a path finds them (`StaticRoot`).
    public var root: StaticRoot?

    /// How a method other than GET and HEAD is answered.
    public enum MethodAnswer: Sendable, Equatable {
        /// One status whatever the path.
        case always(Int)
        /// The status a GET would get, some replaced (nginx refuses a POST once it found the file).
        case replacing([Int: Int])
    }

    /// Answers by method, `*` for a method not listed; empty: every method is answered as a GET.
    public var methods: [String: MethodAnswer] = [:]

    public init() {}

    /// What `GET path` on `port` answers, or nil when the port does not speak HTTP.
    public func httpStatus(port: Int, path: String, after elapsed: Int64) -> Int? {
        guard let paths = http[port] else { return nil }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let answer = paths[bare.isEmpty ? "/" : bare] ?? paths["*"] else { return 404 }
        return answer.status(after: elapsed)
    }

    /// The status `method` gets where a GET would get `status`.
    public func status(of method: String, whereGetGets status: Int) -> Int {
        guard method != "GET", method != "HEAD", let answer = methods[method] ?? methods["*"] else { return status }
        switch answer {
        case .always(let other): return other
        case .replacing(let others): return others[status] ?? status
        }
    }

    /// This server started with `arguments`: a `portFlag` in them moves its HTTP port.
    func started(with arguments: [String]) -> ImageServer {
        guard let flag = portFlag, let port = Self.flagValue(flag, in: arguments) else { return self }
        return listening(on: port)
    }

    /// This server started with `environment`: a `portVariable` in it moves its HTTP port.
    func started(in environment: [String: String]) -> ImageServer {
        guard let variable = portVariable, let port = environment[variable].flatMap({ Int($0) }) else { return self }
        return listening(on: port)
    }

    /// This server with its HTTP port moved to `port`.
    private func listening(on port: Int) -> ImageServer {
        guard let old = http.keys.min(), old != port else { return self }
        var moved = self
        moved.http[port] = http[old]
        moved.http[old] = nil
        moved.tcpPorts.remove(old)
        moved.tcpPorts.insert(port)
        return moved
    }

    private static func flagValue(_ flag: String, in arguments: [String]) -> Int? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix(flag + "=") { return Int(argument.dropFirst(flag.count + 1)) }
            if argument == flag, index + 1 < arguments.count { return Int(arguments[index + 1]) }
        }
        return nil
    }
}
