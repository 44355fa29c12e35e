import Cluster
import KubeAPI
import Kubectl

/// procps-ng's `ps` inside a node container: `ps` (this terminal's processes), `ps aux` (BSD
/// columns) and `ps -ef` (full Unix columns), over the processes `NodeProcesses` finds.
///
/// Like procps, a value wider than its column pushes the rest of the line right until a later
/// column's padding takes the excess up; on a terminal lines are cut at its width (`COLUMNS`,
/// 80) unless `ww` or `-w -w` asks for unlimited width.
struct NodePs: ShellCommand {
    let cluster: Cluster
    let node: String
    /// The node container's command, which its PID 1 (systemd) was given.
    let containerCommand: String
    /// Whether a session is a `podman exec -it` shell, with a terminal; otherwise `ps` runs
    /// straight from `podman exec`, without a shell or terminal.
    let hasTerminal: (ShellSession) -> Bool

    private enum Style { case terminal, bsd, full }

    func run(_ context: CommandContext) -> Int32 {
        var style = Style.terminal
        var wide = 0
        for argument in context.arguments.dropFirst() {
            let dashed = argument.hasPrefix("-")
            for letter in argument.drop(while: { $0 == "-" }) {
                switch (letter, dashed) {
                case ("a", false), ("u", false), ("x", false): style = .bsd
                case ("e", true), ("A", true), ("f", true): style = .full
                case ("w", _): wide += 1
                default:
                    let kind = dashed ? "unsupported SysV option" : "unsupported option (BSD syntax)"
                    context.io.err("error: \(kind)\n\n" + usageHint)
                    return 1
                }
            }
        }
        let processes = snapshot(context)
        var lines: [String]
        switch style {
        case .terminal:
            lines = [row(["PID", "TTY", "TIME", "CMD"], layout: terminalLayout)]
            // procps's default: the processes on the same terminal as `ps` itself.
            let own = processes.last?.tty
            lines += processes.filter { $0.tty == own }.map {
                row([String($0.pid), $0.tty, clock($0.cpuSeconds), $0.name], layout: terminalLayout)
            }
        case .bsd:
            lines = [row(["USER", "PID", "%CPU", "%MEM", "VSZ", "RSS", "TTY", "STAT", "START", "TIME", "COMMAND"], layout: bsdLayout)]
            lines += processes.map { process in
                row(
                    [
                        "root", String(process.pid), percent(cpu: process), percent(memory: process), String(process.vszKiB),
                        String(process.rssKiB), process.tty, process.stat, start(process.started, day: false),
                        "\(process.cpuSeconds / 60):" + twoDigits(process.cpuSeconds % 60), process.command,
                    ], layout: bsdLayout)
            }
        case .full:
            lines = [row(["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"], layout: fullLayout)]
            lines += processes.map { process in
                let cpu = percent(cpu: process).split(separator: ".").first.map(String.init) ?? "0"
                return row(
                    [
                        "root", String(process.pid), String(process.ppid), cpu, start(process.started, day: true),
                        process.tty, clock(process.cpuSeconds), process.command,
                    ], layout: fullLayout)
            }
        }
        let columns = Int(context.session.environmentValue("COLUMNS") ?? "") ?? 80
        let width = wide > 0 || !context.io.writesToTerminal ? Int.max : columns
        context.io.out(lines.map { String($0.prefix(width)) + "\n" }.joined())
        return 0
    }

    static let execTTY = "pts/1"

    /// The node's processes, with the shell `podman exec -it` started and this `ps` itself.
    private func snapshot(_ context: CommandContext) -> [NodeProcess] {
        var processes = NodeProcesses(
            cluster: cluster, node: node, filesystem: context.session.filesystem, containerCommand: containerCommand
        ).list()
        let last = processes.map(\.pid).max() ?? 0
        let now = cluster.now
        guard hasTerminal(context.session) else {
            processes.append(
                NodeProcess(
                    pid: last + 7, ppid: 0, started: now, vszKiB: 8088, rssKiB: 4096, cpuSeconds: 0, stat: "Rs",
                    command: context.arguments.joined(separator: " "), name: "ps"))
            return processes
        }
        processes.append(
            NodeProcess(
                pid: last + 7, ppid: 0, started: now, vszKiB: 4588, rssKiB: 3968, cpuSeconds: 0, tty: Self.execTTY,
                stat: "Ss", command: "bash", name: "bash"))
        processes.append(
            NodeProcess(
                pid: last + 14, ppid: last + 7, started: now, vszKiB: 8088, rssKiB: 4096, cpuSeconds: 0, tty: Self.execTTY,
                stat: "R+", command: context.arguments.joined(separator: " "), name: "ps"))
        return processes
    }

    /// Column widths; a negative width aligns left. The last column is never padded.
    private let terminalLayout = [7, -8, 8, 0]
    private let bsdLayout = [-8, 7, 4, 4, 6, 5, -8, -4, -5, 6, 0]
    private let fullLayout = [-8, 7, 7, 2, -5, -8, 8, 0]

    private func row(_ cells: [String], layout: [Int]) -> String {
        var line = ""
        var excess = 0
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += " " }
            let width = abs(layout[index])
            guard index < cells.count - 1, cell.count < width else {
                excess += max(0, cell.count - width)
                line += cell
                continue
            }
            let taken = min(excess, width - cell.count)
            excess -= taken
            let padding = String(repeating: " ", count: width - cell.count - taken)
            line += layout[index] < 0 ? cell + padding : padding + cell
        }
        return line
    }

    /// CPU time over the time since the process started, in percent with one decimal.
    private func percent(cpu process: NodeProcess) -> String {
        let elapsed = max(1, cluster.now.milliseconds(since: process.started) / 1000)
        return tenths(process.cpuSeconds * 1000 / elapsed)
    }

    /// Resident memory over the node's memory, in percent with one decimal.
    private func percent(memory process: NodeProcess) -> String {
        let object = try? cluster.get(.nodes, namespace: nil, name: node)
        let total = object.flatMap { Quantity($0[path: "status.capacity.memory"].string ?? "") }
        guard let kibibytes = total.map({ $0.value / 1024 }), kibibytes > 0 else { return "0.0" }
        return tenths(process.rssKiB * 1000 / kibibytes)
    }

    private func tenths(_ value: Int64) -> String { "\(value / 10).\(value % 10)" }

    /// START and STIME: the time of day for today's processes, else month and day.
    private func start(_ time: Timestamp, day: Bool) -> String {
        let now = cluster.now
        let recent = day
            ? CivilTime(secondsSinceEpoch: now.seconds).day == CivilTime(secondsSinceEpoch: time.seconds).day
                && now.seconds - time.seconds < 86_400
            : now.seconds - time.seconds < 86_400
        return time.cFormat(recent ? "%H:%M" : "%b%d")
    }

    /// Cumulative CPU time as `[DD-]HH:MM:SS`.
    private func clock(_ seconds: Int64) -> String {
        let days = seconds / 86_400
        let text = twoDigits(seconds / 3600 % 24) + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60)
        return days > 0 ? "\(days)-" + text : text
    }

    private func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
}

private let usageHint = """
    Usage:
     ps [options]

     Try 'ps --help <simple|list|output|threads|misc|all>'
      or 'ps --help <s|l|o|t|m|a>'
     for additional help text.

    For more details see ps(1).

    """
