import Cluster
import KubeAPI
import Kubectl

/// `podman ps [-a]`: the running node containers (with `-a`, the stopped ones too), laid out as
/// podman's report writer does (tabwriter, minimum width 12, padding 2).
struct PodmanPs {
    let cluster: Cluster
    let containers: [HostContainer]

    func run(_ arguments: [String], io: IOStreams) -> Int32 {
        var all = false
        for argument in arguments {
            switch argument {
            case "-a", "--all": all = true
            default:
                io.err(PodmanCommand.unknownFlag(argument, command: "ps"))
                return 125
            }
        }
        var writer = TabWriter(minWidth: 12, padding: 2)
        writer.write("CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n")
        for container in containers {
            guard let state = cluster.nodeContainer(container.name), all || state.isRunning else { continue }
            let created = GoUnitsDuration.human(milliseconds: cluster.now.milliseconds(since: container.created)) + " ago"
            let cells = [container.shortID, container.image, container.command, created, status(state), "", container.name]
            writer.write(cells.joined(separator: "\t") + "\n")
        }
        io.out(writer.flush())
        return 0
    }

    /// `Up 6 hours`, or `Exited (137) 5 seconds ago`.
    private func status(_ state: NodeContainer) -> String {
        if state.isRunning { return "Up " + GoUnitsDuration.human(milliseconds: cluster.now.milliseconds(since: state.startedAt)) }
        let exited = state.exitedAt ?? cluster.now
        return "Exited (\(state.exitCode)) " + GoUnitsDuration.human(milliseconds: cluster.now.milliseconds(since: exited)) + " ago"
    }
}
