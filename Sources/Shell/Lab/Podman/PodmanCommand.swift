import Cluster
import KubeAPI
import Kubectl

/// `podman` on the host, for the node containers of the lab: `ps`, `exec`, `stop`, `start`,
/// `restart`, `images`, `inspect`, `logs`.
///
/// The node containers are root's (`~/tk/bin/kcn` runs `sudo podman run`), so the learner's own
/// rootless podman has none: only `sudo podman` (or `docker`, which the lab sets up as root's
/// podman) sees them. Stopping one stops its kubelet and every pod in it.
struct PodmanCommand: ShellCommand {
    let cluster: Cluster
    let host: HostSettings
    let nodes: NodeShells
    /// Whether this command runs root's podman whoever calls it (the lab's `docker`).
    var alwaysRoot = false

    func run(_ context: CommandContext) -> Int32 {
        let arguments = Array(context.arguments.dropFirst())
        let root = alwaysRoot || context.session.user == "root"
        let containers = root ? host.containers : []
        guard let subcommand = arguments.first else {
            context.io.err(missingCommand)
            return 125
        }
        let operands = Array(arguments.dropFirst())
        switch subcommand {
        case "ps":
            let data = PodmanInspectData(cluster: cluster, host: host, filesystem: context.session.filesystem)
            return PodmanPs(cluster: cluster, containers: containers, inspectData: data).run(operands, io: context.io)
        case "exec":
            return PodmanExec(cluster: cluster, containers: containers, nodes: nodes).run(operands, io: context.io)
        case "stop", "start", "restart":
            let lifecycle = PodmanLifecycle(cluster: cluster, containers: containers, sleep: context.session.sleep)
            return lifecycle.run(subcommand, operands, io: context.io)
        case "images":
            return PodmanImages(cluster: cluster, images: root ? host.images : []).run(operands, io: context.io)
        case "inspect":
            let data = PodmanInspectData(cluster: cluster, host: host, filesystem: context.session.filesystem)
            return PodmanInspect(data: data, containers: containers, images: root ? host.images : []).run(operands, io: context.io)
        case "logs":
            let data = PodmanInspectData(cluster: cluster, host: host, filesystem: context.session.filesystem)
            return PodmanLogs(cluster: cluster, containers: containers, data: data).run(operands, io: context.io)
        default:
            guard Self.otherCommands.contains(subcommand) else {
                context.io.err(unrecognized(subcommand))
                return 125
            }
            // A real podman command the lab does not simulate: say so rather than deny it exists.
            context.io.err("Error: `podman \(subcommand)` is part of podman, but not of this lab yet\n")
            return 125
        }
    }
}

extension PodmanCommand {
    /// podman 4.9's other commands.
    static let otherCommands: Set<String> = [
        "attach", "auto-update", "build", "commit", "compose", "container", "cp", "create", "diff", "events", "export",
        "generate", "healthcheck", "history", "image", "import", "info", "init", "kill", "kube", "load", "login", "logout",
        "machine", "manifest", "mount", "network", "pause", "play", "pod", "port", "pull", "push", "rename", "rm", "rmi",
        "run", "save", "search", "secret", "stats", "system", "tag", "top", "unmount", "unpause", "unshare", "untag",
        "update", "version", "volume", "wait",
    ]

    /// cobra's complaint about a flag the subcommand lacks.
    static func unknownFlag(_ flag: String, command: String) -> String {
        let what = flag.hasPrefix("--") ? "flag: \(flag)" : "shorthand flag: '\(flag.dropFirst().prefix(1))' in \(flag)"
        return "Error: unknown \(what)\nSee 'podman \(command) --help'\n"
    }
}

private let missingCommand = "Error: missing command 'podman COMMAND'\nTry 'podman --help' for more information.\n"
private func unrecognized(_ name: String) -> String {
    "Error: unrecognized command `podman \(name)`\nTry 'podman --help' for more information\n"
}
