/// The listeners kubectl has opened on the host in this session, `kubectl port-forward`'s and
/// `kubectl proxy`'s: what a program on the host reaching `ADDRESS:PORT` would be connected to.
public final class PortForwards {
    /// One listening local port and the pod port it leads to.
    public struct Forward: Sendable, Equatable {
        /// `127.0.0.1`, `::1` or another address given with --address.
        public var address: String
        public var localPort: Int
        public var namespace: String
        public var pod: String
        public var podPort: Int
    }

    public private(set) var forwards: [Forward] = []
    public private(set) var proxies: [APIProxy] = []

    public init() {}

    /// The forward listening on `port` at `address` (`localhost` matches both loopbacks).
    public func forward(address: String, port: Int) -> Forward? {
        let addresses = address == "localhost" ? ["127.0.0.1", "::1"] : [address]
        return forwards.first { $0.localPort == port && (addresses.contains($0.address) || $0.address == "0.0.0.0") }
    }

    /// The proxy serving `port` at `address` (`localhost` is IPv4's loopback).
    public func proxy(address: String, port: Int) -> APIProxy? {
        proxies.first { $0.listens(on: address == "localhost" ? "127.0.0.1" : address, port: port) }
    }

    /// Whether a new listener on `address:port` would find it taken.
    func isListening(address: String, port: Int) -> Bool {
        func overlaps(_ held: String) -> Bool { held == address || held == "0.0.0.0" || address == "0.0.0.0" }
        return forwards.contains { $0.localPort == port && overlaps($0.address) }
            || proxies.contains { !$0.isUnixSocket && $0.port == port && overlaps($0.address) }
    }

    /// Whether a proxy already listens on the Unix socket at `path`.
    func isServing(socket path: String) -> Bool { proxies.contains { $0.isUnixSocket && $0.address == path } }

    func add(_ forward: Forward) { forwards.append(forward) }

    func add(_ proxy: APIProxy) { proxies.append(proxy) }

    /// Closes these forwards' listeners, as when the `kubectl port-forward` holding them ends.
    public func remove(_ closed: [Forward]) { forwards.removeAll { closed.contains($0) } }

    /// Stops these proxies, as when the `kubectl proxy` serving them ends.
    public func remove(_ stopped: [APIProxy]) { proxies.removeAll { proxy in stopped.contains { $0 === proxy } } }
}
