/// The port forwards `kubectl port-forward` has opened in this session: what a program on the
/// host reaching `ADDRESS:PORT` would be connected to.
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

    public init() {}

    /// The forward listening on `port` at `address` (`localhost` matches both loopbacks).
    public func forward(address: String, port: Int) -> Forward? {
        let addresses = address == "localhost" ? ["127.0.0.1", "::1"] : [address]
        return forwards.first { $0.localPort == port && (addresses.contains($0.address) || $0.address == "0.0.0.0") }
    }

    func isListening(address: String, port: Int) -> Bool {
        forwards.contains { $0.localPort == port && ($0.address == address || $0.address == "0.0.0.0" || address == "0.0.0.0") }
    }

    func add(_ forward: Forward) { forwards.append(forward) }

    /// Closes these forwards' listeners, as when the `kubectl port-forward` holding them ends.
    public func remove(_ closed: [Forward]) { forwards.removeAll { closed.contains($0) } }
}
