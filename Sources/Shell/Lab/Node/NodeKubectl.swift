import Kubectl

/// `kubectl` inside a node container. With a kubeconfig that exists in the node (the
/// `--kubeconfig` flag, `$KUBECONFIG`, or `/root/.kube/config`) it is the host's kubectl
/// against the same cluster; without one it falls back to `localhost:8080`, where nothing
/// listens, and fails as kubectl does when its server refuses the connection. The files it is
/// given are the node's.
struct NodeKubectl: ShellCommand {
    let kubectl: Kubectl

    func run(_ context: CommandContext) -> Int32 {
        kubectl.withFiles(of: context.session) { runInNode(context) }
    }

    private func runInNode(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        var path = context.session.environmentValue("KUBECONFIG").flatMap { $0.isEmpty ? nil : $0 }
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
        // Without a kubeconfig, client-go's default server, where nothing listens.
        return kubectl.run(["--server=http://localhost:8080"] + arguments, io: context.io)
    }
}
