import Cluster
import KubeAPI
import Kubectl

/// `kubectl` inside a node container. With a kubeconfig that exists in the node (the
/// `--kubeconfig` flag, `$KUBECONFIG`, or `/root/.kube/config`) it is the host's kubectl
/// against the same cluster; without one it falls back to `localhost:8080`, where nothing
/// listens, and fails as kubectl does after its five discovery attempts.
struct NodeKubectl: ShellCommand {
    let kubectl: Kubectl
    let cluster: Cluster

    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        var path = context.session.environment["KUBECONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--kubeconfig=") {
                path = String(argument.dropFirst("--kubeconfig=".count))
                arguments.remove(at: index)
            } else if argument == "--kubeconfig" {
                // Without its value the flag is kubectl's usage error, as on the host.
                guard index + 1 < arguments.count else { return kubectl.run(arguments, io: context.io) }
                path = arguments[index + 1]
                arguments.removeSubrange(index...index + 1)
            } else {
                index += 1
            }
        }
        let session = context.session
        if let path {
            guard session.filesystem.isFile(session.resolve(path)) else {
                context.io.err("error: stat \(path): no such file or directory\n")
                return 1
            }
            return kubectl.run(arguments, io: context.io)
        }
        if session.filesystem.isFile(session.resolve("/root/.kube/config")) || arguments.isEmpty
            || ["help", "completion", "config", "--help", "-h"].contains(arguments[0])
        {
            return kubectl.run(arguments, io: context.io)
        }
        let refused = "The connection to the server localhost:8080 was refused - did you specify the right host or port?\n"
        if arguments == ["version"] {
            // The client's half of the answer comes before the server's failure.
            _ = kubectl.run(["version", "--client"], io: context.io)
            context.io.err(refused)
            return 1
        }
        let line = "memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: "
            + "Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\"\n"
        for attempt in 0..<5 {
            let time = cluster.now.adding(milliseconds: Int64(attempt) * 2).cFormat("%m%d %H:%M:%S.%6N")
            context.io.err("E\(time)    \(pid)" + " " + line)
        }
        context.io.err(refused)
        return 1
    }

    /// The PID the failing kubectl ran as, stable for the node and moment.
    private var pid: Int {
        1000 + (Int(Cluster.runtimeID(of: "kubectl \(cluster.now.milliseconds)").prefix(3), radix: 16) ?? 0)
    }
}
