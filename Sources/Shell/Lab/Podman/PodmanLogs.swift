import Cluster
import KubeAPI
import Kubectl

/// `podman logs NAME`: what a node container's process wrote to its terminal. kcn starts each
/// node as `podman run -itd ... bash`, so the log holds what an interactive bash writes before
/// it waits for input: bash 5.2 turning on bracketed paste, then root's prompt, once for every
/// start of the container, each run ending where the prompt left the cursor.
struct PodmanLogs {
    let cluster: Cluster
    let containers: [HostContainer]

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
        for container in targets where container.command.split(separator: " ").first.map({ $0.hasSuffix("bash") }) == true {
            let starts = cluster.nodeContainer(container.name)?.starts ?? 1
            io.out(String(repeating: "\u{1B}[?2004hroot@\(container.name):/# ", count: starts))
        }
        return 0
    }
}
