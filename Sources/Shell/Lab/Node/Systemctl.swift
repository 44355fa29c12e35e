import Cluster
import KubeAPI
import Kubectl

/// `systemctl status|is-active|is-enabled UNIT...` inside a node container: the units of kind's
/// image (their files under /etc/systemd/system) with the processes `NodeProcesses` finds in
/// their control groups and the last lines of their journal. Output is as systemctl writes it
/// through its pager: full width, without colours.
///
/// `start`, `stop` and `restart` act on the kubelet (`Cluster+KubeletService.swift`) and on
/// containerd (`Cluster+ContainerdService.swift`); the other units, and other verbs that change
/// units, are refused in a sentence of our own.
struct Systemctl: ShellCommand {
    let cluster: Cluster
    let node: String
    let containerCommand: String

    func run(_ context: CommandContext) -> Int32 {
        var words: [String] = []
        var lines = 10
        var quiet = false
        var arguments = Array(context.arguments.dropFirst())[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "--no-pager", "-l", "--full", "--no-legend", "--system": continue
            case "-q", "--quiet": quiet = true
            case "-n", "--lines":
                guard let value = arguments.popFirst(), let count = Int(value), count >= 0 else {
                    context.io.err("Failed to parse lines '\(arguments.first ?? "")'\n")
                    return 1
                }
                lines = count
            default:
                if argument.hasPrefix("--lines=") || (argument.hasPrefix("-n") && argument.count > 2) {
                    let value = argument.hasPrefix("--") ? String(argument.dropFirst(8)) : String(argument.dropFirst(2))
                    guard let count = Int(value), count >= 0 else {
                        context.io.err("Failed to parse lines '\(value)'\n")
                        return 1
                    }
                    lines = count
                } else if argument.hasPrefix("-"), argument != "-" {
                    context.io.err(argument.hasPrefix("--") ? "systemctl: unrecognized option '\(argument)'\n"
                        : "systemctl: invalid option -- '\(argument.dropFirst().first ?? "-")'\n")
                    return 1
                } else {
                    words.append(argument)
                }
            }
        }
        guard let verb = words.first else {
            context.io.err(notSimulated("listing every unit"))
            return 1
        }
        let units = Array(words.dropFirst())
        let processes = NodeProcesses(cluster: cluster, node: node, filesystem: context.session.filesystem,
            containerCommand: containerCommand)
        switch verb {
        case "status":
            guard !units.isEmpty else {
                context.io.err(notSimulated("the system's own status"))
                return 1
            }
            return status(units, processes: processes, lines: lines, context)
        case "is-active", "is-enabled":
            guard !units.isEmpty else {
                context.io.err("Too few arguments.\n")
                return 1
            }
            var code: Int32 = verb == "is-active" ? 3 : 1
            for name in units {
                let unit = SystemdUnit.load(name, from: context.session.filesystem)
                if verb == "is-active" {
                    let active = unit.map { mainProcess(of: $0.name, in: processes.list()) != nil } ?? false
                    if !quiet { context.io.out(active ? "active\n" : "inactive\n") }
                    if active { code = 0 }
                } else if let unit {
                    if !quiet { context.io.out(unit.isEnabled ? "enabled\n" : "disabled\n") }
                    if unit.isEnabled { code = 0 }
                } else {
                    // systemctl stops at the first unit it cannot look up.
                    context.io.err("Failed to get unit file state for \(SystemdUnit.canonicalName(name)): No such file or directory\n")
                    return 1
                }
            }
            return code
        case "start", "stop", "restart", "try-restart":
            guard !units.isEmpty else {
                context.io.err("Too few arguments.\n")
                return 1
            }
            return control(verb, units, context)
        case "reload", "reload-or-restart", "kill", "enable", "disable", "mask",
            "unmask", "daemon-reload", "reenable", "isolate", "list-units", "list-unit-files", "cat", "show":
            context.io.err(notSimulated("systemctl \(verb)"))
            return 1
        default:
            context.io.err("Unknown command verb '\(verb)'.\n")
            return 1
        }
    }

    private func status(_ names: [String], processes: NodeProcesses, lines: Int, _ context: CommandContext) -> Int32 {
        let running = processes.list()
        let journal = NodeJournal(cluster: cluster, node: node, processes: processes).entries()
        var code: Int32 = 0
        var blocks: [String] = []
        for name in names {
            guard let unit = SystemdUnit.load(name, from: context.session.filesystem) else {
                context.io.err("Unit \(SystemdUnit.canonicalName(name)) could not be found.\n")
                code = 4
                continue
            }
            let lastLines = journal.filter { $0.unit == unit.name }.suffix(lines).map { $0.short(host: node) }
            let main = mainProcess(of: unit.name, in: running)
            let last = processes.runs(of: unit.name).last
            var status = SystemdStatus(unit: unit, now: cluster.now, main: main,
                startPre: (main ?? last?.process).map { processes.startPre(of: unit.name, main: $0) } ?? [],
                cgroup: running.filter { $0.unit == unit.name }, journal: lastLines)
            if let last, let at = last.stopped {
                status.stopped = (last.process, at)
            }
            blocks.append(status.text)
            if mainProcess(of: unit.name, in: running) == nil, code == 0 { code = 3 }
        }
        context.io.out(blocks.joined(separator: "\n"))
        return code
    }

    /// `start`, `stop`, `restart`, `try-restart`: the kubelet and containerd services, whose stops
    /// the cluster sees (the node stops posting status, or reports its runtime down); other
    /// units are not simulated.
    private func control(_ verb: String, _ names: [String], _ context: CommandContext) -> Int32 {
        for name in names {
            let canonical = SystemdUnit.canonicalName(name)
            guard SystemdUnit.load(name, from: context.session.filesystem) != nil else {
                let state = verb == "stop" ? "not loaded" : "not found"
                context.io.err("Failed to \(verb) \(canonical): Unit \(canonical) \(state).\n")
                return 5
            }
            guard Self.controlled.contains(canonical) else {
                context.io.err(notSimulated("systemctl \(verb) \(canonical)"))
                return 1
            }
        }
        // systemctl queues the jobs in the order given.
        for name in names {
            let kubelet = SystemdUnit.canonicalName(name) == Self.kubelet
            let stop = kubelet ? cluster.stopKubeletService : cluster.stopContainerdService
            let start = kubelet ? cluster.startKubeletService : cluster.startContainerdService
            let running = kubelet ? !cluster.isKubeletStopped(node) : cluster.nodeContainer(node)?.containerdStoppedAt == nil
            switch verb {
            case "stop": _ = stop(node)
            case "start": _ = start(node)
            case "try-restart" where !running: break
            default:
                _ = stop(node)
                _ = start(node)
            }
        }
        return 0
    }

    static let kubelet = "kubelet.service"
    /// The services whose stop and start the cluster sees.
    static let controlled: Set = [kubelet, "containerd.service"]

    private func mainProcess(of unit: String, in running: [NodeProcess]) -> NodeProcess? {
        running.first { $0.unit == unit && $0.isMain }
    }

    private func notSimulated(_ what: String) -> String {
        "systemctl: \(what) is not part of this simulated node; podman stop and start on the host stop and start a whole node\n"
    }
}
