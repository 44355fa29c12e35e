import Cluster
import KubeAPI
import Kubectl

/// The block `systemctl status UNIT` prints for one service (systemctl-show.c's `print_status_info`):
/// the bullet and description, Loaded, Drop-In, Active, Docs, the exited ExecStartPre processes,
/// Main PID, Tasks, Memory, CPU, the control group's processes, then its last journal lines.
struct SystemdStatus {
    let unit: SystemdUnit
    let now: Timestamp
    let main: NodeProcess?
    let startPre: [NodeProcess]
    let cgroup: [NodeProcess]
    let journal: [String]
    /// The main process `systemctl stop` ended, and when, for a service stopped since the container started.
    var stopped: (process: NodeProcess, at: Timestamp)? = nil

    var text: String {
        let running = main != nil
        var lines = [(running ? "●" : "○") + " " + unit.name + (unit.description.map { " - " + $0 } ?? "")]
        let enabled = unit.isEnabled ? "enabled" : "disabled"
        lines.append("     Loaded: loaded (\(unit.fragmentPath); \(enabled); preset: enabled)")
        if let first = unit.dropInPaths.first {
            let directory = String(first[..<(first.lastIndex(of: "/") ?? first.endIndex)])
            let files = unit.dropInPaths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            lines.append("    Drop-In: " + directory)
            lines.append("             └─" + files.joined(separator: ", "))
        }
        guard let main else {
            guard let (process, at) = stopped else {
                lines.append("     Active: inactive (dead)")
                lines += docs
                return (lines + journalLines).joined(separator: "\n") + "\n"
            }
            // Stopped with SIGTERM, it exited cleanly: its exec status and CPU use are kept. With
            // `KillMode=process` the rest of its control group (containerd's shims) runs on.
            lines.append("     Active: inactive (dead) since \(SystemdFormat.timestamp(at)); \(SystemdFormat.relative(at, now: now))")
            lines += docs
            lines += startPreLines
            lines.append("    Process: \(process.pid) ExecStart=\(process.command) (code=exited, status=0/SUCCESS)")
            lines.append("   Main PID: \(process.pid) (code=exited, status=0/SUCCESS)")
            if cgroup.isEmpty {
                lines.append("        CPU: " + SystemdFormat.timespan(milliseconds: process.cpuMilliseconds))
            } else {
                lines += accounting(cpuMilliseconds: process.cpuMilliseconds)
            }
            return (lines + journalLines).joined(separator: "\n") + "\n"
        }
        lines.append("     Active: active (running) since \(SystemdFormat.timestamp(main.started)); \(SystemdFormat.relative(main.started, now: now))")
        lines += docs
        lines += startPreLines
        lines.append("   Main PID: \(main.pid) (\(main.name))")
        lines += accounting(cpuMilliseconds: 0)
        return (lines + journalLines).joined(separator: "\n") + "\n"
    }

    private var startPreLines: [String] {
        startPre.map { "    Process: \($0.pid) ExecStartPre=\($0.command) (code=exited, status=0/SUCCESS)" }
    }

    /// Tasks, Memory and CPU of the control group (plus `cpuMilliseconds` its exited processes
    /// used), then its processes.
    private func accounting(cpuMilliseconds: Int64) -> [String] {
        var lines: [String] = []
        let tasks = cgroup.reduce(0) { $0 + Self.threads(of: $1) }
        let limit = unit.tasksMax == "infinity" ? "" : " (limit: \(Self.defaultTasksMax))"
        lines.append("      Tasks: \(tasks)" + limit)
        lines.append("     Memory: " + SystemdFormat.bytes(cgroup.reduce(0) { $0 + $1.rssKiB } * 1024))
        lines.append("        CPU: " + SystemdFormat.timespan(milliseconds: cgroup.reduce(cpuMilliseconds) { $0 + $1.cpuMilliseconds }))
        lines.append("     CGroup: /\(unit.slice ?? "system.slice")/\(unit.name)")
        let width = String(cgroup.map(\.pid).max() ?? 0).count
        for (index, process) in cgroup.enumerated() {
            let glyph = index == cgroup.count - 1 ? "└─" : "├─"
            let pid = String(process.pid)
            lines.append("             " + glyph + String(repeating: " ", count: width - pid.count) + pid + " " + process.command)
        }
        return lines
    }

    private var docs: [String] {
        unit.documentation.enumerated().map { index, link in (index == 0 ? "       Docs: " : "             ") + link }
    }

    /// The journal's lines after an empty line, when it has any.
    private var journalLines: [String] { journal.isEmpty ? [] : [""] + journal }

    /// systemd's DefaultTasksMax, 15% of the tasks the container may have: podman's default
    /// pids limit of 2048.
    static let defaultTasksMax = 2048 * 15 / 100

    /// Threads a process of the node typically runs: Go daemons many, the rest one.
    static func threads(of process: NodeProcess) -> Int {
        switch process.name {
        case "kubelet": return 16
        case "containerd": return 13
        default: return process.stat.contains("l") ? 11 : 1
        }
    }
}

extension SystemdUnit {
    /// Whether the image enabled the unit: kind's build runs `systemctl enable` on every unit it
    /// installs with an `[Install]` section, so those are the units with a `WantedBy=`.
    var isEnabled: Bool { !wantedBy.isEmpty }
}
