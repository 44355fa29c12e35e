import Cluster
import KubeAPI
import Kubectl

/// Where a network program runs, and so how it resolves names and what its connections reach:
/// a pod (its resolv.conf, its policies, its own loopback), or the host (port forwards on
/// loopback, the node containers by name, NodePorts on the node addresses).
struct NetworkClient {
    let cluster: Cluster
    let origin: NetworkOrigin
    /// The host's `kubectl port-forward` listeners.
    var forwards: PortForwards?
    /// Told of each connection a port forward accepts (the kubectl holding it says so).
    var forwarded: ((PortForwards.Forward) -> Void)?
    /// Told of each line a `kubectl proxy` logs while it answers.
    var proxyLogged: ((String, APIProxy) -> Void)?
    /// The containers' files, which their servers send.
    var containers: ContainerFiles?
    /// The C library whose resolver the program uses.
    var library: ResolvConf.Library = .glibc
    /// The host's address on the lab network (its gateway), where its connections to nodes come from.
    var hostAddress: () -> String? = { nil }
    /// The servers on a node's own loopback, for a program run in that node.
    var daemons: NodeDaemons?

    /// A name's IPv4 addresses as the program's resolver finds them.
    func resolve(_ host: String) -> Cluster.Resolution {
        let name = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        if name == "localhost" || name == "::1" { return .addresses(name: name, ["127.0.0.1"]) }
        switch origin {
        case .pod(let pod):
            if name == pod.name { return .addresses(name: name, [pod[path: "status.podIP"].string ?? ""]) }
            return cluster.resolveThroughPolicy(name, from: pod, library: library)
        case .node, .host:
            if IPv4Text.isAddress(name) { return .addresses(name: name, [name]) }
            let bare = name.hasSuffix(".dns.podman") ? String(name.dropLast(".dns.podman".count)) : name
            if let node = cluster.list(.nodes).first(where: { $0.name == bare }) {
                let ip = node[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string
                return .addresses(name: name, [ip ?? ""])
            }
            return .notFound
        }
    }

    /// What `server` answers to `method target` sent with `host` as its `Host` header, its
    /// static pages read from its container's files.
    func response(of server: ReachedServer, method: String = "GET", target: String, host: String? = nil) -> HTTPResponse? {
        cluster.httpResponse(of: server, method: method, target: target, files: containers?.served(by: server), host: host)
    }

    /// The address a connection to `address` leaves from: the loopback itself, or the pod's,
    /// the node's, or the host's on the lab network.
    func localAddress(toward address: String) -> String {
        if address.hasPrefix("127.") || address == "::1" { return address }
        switch origin {
        case .pod(let pod): return pod[path: "status.podIP"].string ?? ""
        case .node(let name): return Self.internalIP(of: cluster.list(.nodes).first { $0.name == name })
        case .host: return hostAddress() ?? ""
        }
    }

    /// The local port of a connection: a simulation figure, fixed by its two ends and the clock,
    /// in Linux's default ephemeral range (32768-60999) and even, as Linux prefers for connect().
    func ephemeralPort(from local: String, to remote: String, port: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in "\(local) \(remote) \(port) \(cluster.now.milliseconds)".utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return 32768 + 2 * Int(hash % 14116)
    }

    private static func internalIP(of node: KubeObject?) -> String {
        node?[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
    }

    /// A TCP connect to `address:port`; loopback stays inside the program's own network namespace.
    func connect(_ address: String, _ port: Int) -> TCPOutcome {
        guard address.hasPrefix("127.") || address == "::1" else { return cluster.connectTCP(from: origin, to: address, port: port) }
        switch origin {
        case .pod(let pod):
            return cluster.listener(in: pod, port: port).map(TCPOutcome.connected) ?? .refused
        case .host:
            guard let forward = forwards?.forward(address: address, port: port),
                let pod = try? cluster.get(.pods, namespace: forward.namespace, name: forward.pod)
            else { return .refused }
            guard let listener = cluster.listener(in: pod, port: forward.podPort) else { return .refused }
            forwarded?(forward)
            return .connected(listener)
        case .node:
            return .refused
        }
    }

    /// The node daemon a connection to `address:port` on the node's own loopback reaches:
    /// what it answers to a request target.
    func daemon(_ address: String, _ port: Int) -> ((String) -> HTTPResponse)? {
        guard case .node = origin, address == "127.0.0.1" else { return nil }
        return daemons?.listener(port: port)
    }

    /// The `kubectl proxy` a connection from the host to `address:port` reaches.
    func proxy(_ address: String, _ port: Int) -> APIProxy? {
        guard case .host = origin else { return nil }
        return forwards?.proxy(address: address, port: port)
    }

    /// What `proxy` answers to a request for `target` with these headers and body, its log line passed on.
    func response(
        of proxy: APIProxy, method: String, target: URLTarget, host: String, userAgent: String, contentType: String? = nil,
        body: String = ""
    ) -> HTTPResponse {
        let files = containers.map { containers in { (server: ReachedServer) in containers.served(by: server) } }
        let answer = proxy.respond(
            method: method, target: target.target, host: host, userAgent: userAgent, contentType: contentType, body: body, files: files)
        if let line = answer.log { proxyLogged?(line, proxy) }
        return answer.response
    }

    /// Whether an echo request to `address` is answered.
    func pingAnswers(_ address: String) -> Bool {
        address.hasPrefix("127.") || cluster.pingAnswers(from: origin, to: address)
    }
}

/// The parts of a URL a client connects to; without a scheme it is HTTP.
struct URLTarget {
    var scheme: String
    var host: String
    var port: Int
    /// The path and query, `/` when none.
    var target: String

    init?(_ url: String) {
        var rest = Substring(url)
        scheme = "http"
        if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://") {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(colon, offsetBy: 3)...]
        }
        guard ["http", "https"].contains(scheme) else { return nil }
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        let tail = rest.dropFirst(authority.count)
        target = tail.isEmpty ? "/" : (tail.hasPrefix("?") ? "/" + tail : String(tail))
        port = scheme == "https" ? 443 : 80
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let number = Int(authority[authority.index(after: colon)...]), (0...65535).contains(number) else { return nil }
            host = String(authority[..<colon])
            port = number
        } else {
            host = String(authority)
        }
        guard !host.isEmpty else { return nil }
    }

    /// A `Location` read against this URL, as curl follows it: an absolute URL as it is, a
    /// path from the root on this scheme, host and port, any other beside this path.
    func resolving(_ location: String) -> String {
        if location.contains("://") { return location }
        if location.hasPrefix("//") { return scheme + ":" + location }
        let origin = scheme + "://" + host + (port == (scheme == "https" ? 443 : 80) ? "" : ":\(port)")
        if location.hasPrefix("/") { return origin + location }
        let path = target.prefix { $0 != "?" }
        let directory = path[..<(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.endIndex)]
        return origin + directory + location
    }
}
