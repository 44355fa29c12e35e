import KubeAPI

/// Where a connection starts: inside a pod, on a node (its own network namespace), or on the
/// host machine outside the cluster.
public enum NetworkOrigin: Sendable {
    case pod(KubeObject)
    case node(String)
    case host
}

/// What answered a TCP connection: a container's process in a pod.
public struct ReachedServer: Sendable {
    public var pod: KubeObject
    /// The container whose process answered.
    public var container: String
    /// The container's image, as its spec names it.
    public var image: String
    /// The port the process listens on (after a Service's DNAT).
    public var port: Int
    /// What the process serves; nil when nothing in it speaks a protocol the model knows.
    public var server: ImageServer?
    /// Milliseconds since the container started.
    public var elapsedMilliseconds: Int64

    public init(pod: KubeObject, container: String, image: String, port: Int, server: ImageServer?, elapsedMilliseconds: Int64) {
        self.pod = pod
        self.container = container
        self.image = image
        self.port = port
        self.server = server
        self.elapsedMilliseconds = elapsedMilliseconds
    }
}

/// How a TCP connection attempt ends.
public enum TCPOutcome: Sendable {
    case connected(ReachedServer)
    /// A reset or an ICMP port-unreachable: nothing listens, or no endpoint is ready.
    case refused
    /// No reply at all: a policy dropped it, or nothing routes there.
    case dropped
    /// No host answers at the address on its link (ARP fails), after `milliseconds`.
    case unreachable(milliseconds: Int64)
}

/// Linux's figures for failures that take time, as the simulation uses them.
public enum NetworkTimings {
    /// A SYN that never gets an answer is retried 6 times (1+2+4+...+64 s) before connect fails.
    public static let synTimeoutMilliseconds: Int64 = 127_000
    /// ARP gives up on an address nobody holds after 3 tries a second apart.
    public static let arpFailureMilliseconds: Int64 = 3_000
}
