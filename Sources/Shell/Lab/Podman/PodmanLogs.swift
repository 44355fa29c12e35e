import Cluster
import KubeAPI
import Kubectl

/// `podman logs NAME...`: what a node container wrote to its terminal, which podman keeps across
/// restarts: the image's console lines (kind's entrypoint, then systemd's banner, from the
/// world's image store) once for every start of the container. kcn runs it with `-t`, so the
/// terminal turned each newline into CR LF.
struct PodmanLogs {
    let cluster: Cluster
    let containers: [HostContainer]
    let data: PodmanInspectData

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        var names: [String] = []
        for argument in arguments {
            switch argument {
            case "-f", "--follow", "-t", "--timestamps": continue
            default:
                if argument.hasPrefix("-"), argument != "-" {
                    io.err(PodmanCommand.unknownFlag(argument, command: "logs"))
                    return 125
                }
                names.append(argument)
            }
        }
        guard !names.isEmpty else {
            io.err("Error: no containers specified\n")
            return 125
        }
        var targets: [HostContainer] = []
        for name in names {
            guard let container = containers.first(where: { $0.name == name || $0.id.hasPrefix(name) }) else {
                io.err("Error: no container with name or ID \"\(name)\" found: no such container\n")
                return 125
            }
            targets.append(container)
        }
        let addresses = data.netInfo()
        for container in targets {
            guard let image = data.host.images.first(where: { $0.names.contains(container.image) }) else { continue }
            let run = image.consoleLog.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: "{name}", omittingEmptySubsequences: false).joined(separator: container.name)
                    .split(separator: "{ip}", omittingEmptySubsequences: false).joined(separator: addresses[container.name] ?? "")
            }.joined(separator: "\r\n")
            let starts = cluster.nodeContainer(container.name)?.starts ?? 1
            io.out(String(repeating: run, count: starts))
        }
        return 0
    }
}
