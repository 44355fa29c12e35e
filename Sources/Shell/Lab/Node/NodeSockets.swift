import Cluster
import KubeAPI
import Kubectl

/// The TCP sockets listening in a node container's network namespace: the kubelet's, the
/// CRI streaming servers, and those of the host-network pods running there (kube-proxy,
/// Canal's Felix, and on the control plane the static pods).
struct NodeSockets {
    struct Listener {
        /// `127.0.0.1`, a node address, `0.0.0.0`, or `*` for a dual-stack wildcard.
        var address: String
        var port: Int
        var process: NodeProcess
        var fd: Int
        var ipv6: Bool { address == "*" }
    }

    let node: String
    let processes: [NodeProcess]
    let nodeIP: String

    /// Who listens where, keyed by container name or (for the node's own daemons) process name.
    private var table: [(owner: String, address: String, port: Int)] {
        [
            ("kubelet", "127.0.0.1", 10248), ("kubelet", "*", 10250), ("kubelet", "127.0.0.1", streamingPort("kubelet")),
            ("containerd", "127.0.0.1", streamingPort("containerd")),
            ("kube-proxy", "127.0.0.1", 10249), ("kube-proxy", "*", 10256),
            ("calico-node", "127.0.0.1", 9099),
            ("kube-apiserver", "*", 6443),
            ("etcd", "127.0.0.1", 2379), ("etcd", nodeIP, 2379), ("etcd", nodeIP, 2380), ("etcd", "127.0.0.1", 2381),
            ("kube-controller-manager", "127.0.0.1", 10257),
            ("kube-scheduler", "127.0.0.1", 10259),
        ]
    }

    /// The listeners whose process runs, IPv4 sockets first, each family in the kernel's
    /// hash-bucket order.
    var listeners: [Listener] {
        let found = table.compactMap { entry -> Listener? in
            guard let process = processes.first(where: { $0.container == entry.owner })
                ?? processes.first(where: { $0.container == nil && $0.name == entry.owner })
            else { return nil }
            return Listener(address: entry.address, port: entry.port, process: process, fd: fd(entry.owner, entry.port))
        }
        return found.sorted { a, b in
            (a.ipv6 ? 1 : 0, bucket(a.port), a.port, a.address) < (b.ipv6 ? 1 : 0, bucket(b.port), b.port, b.address)
        }
    }

    private var mix: Int { Int(Cluster.runtimeID(of: "netns " + node).prefix(2), radix: 16) ?? 0 }

    private func bucket(_ port: Int) -> Int { (port + mix) & 31 }

    /// The CRI streaming servers listen on a port the kernel picks; stable for the node.
    private func streamingPort(_ owner: String) -> Int {
        32768 + (Int(Cluster.runtimeID(of: "port \(node) \(owner)").prefix(4), radix: 16) ?? 0) % 28000
    }

    private func fd(_ owner: String, _ port: Int) -> Int {
        3 + (Int(Cluster.runtimeID(of: "fd \(node) \(owner) \(port)").prefix(2), radix: 16) ?? 0) % 28
    }
}
