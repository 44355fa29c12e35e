import Cluster
import KubeAPI
import Kubectl

/// One journal entry: when, which unit it belongs to, who wrote it (`systemd[1]`, `kubelet[83]`), what.
struct JournalEntry: Equatable {
    var time: Timestamp
    var unit: String
    var identifier: String
    var pid: Int
    var message: String

    /// journalctl's default `short` format, in the node's time zone (UTC).
    func short(host: String) -> String {
        "\(time.cFormat("%b %d %H:%M:%S")) \(host) \(identifier)[\(pid)]: \(message)"
    }
}

/// The node's journal since its container last started (journald keeps it under /run, which a
/// container restart empties): systemd's lines as it starts each service, then what the kubelet
/// logged at its default verbosity (`KubeletLogLines`).
struct NodeJournal {
    let cluster: Cluster
    let node: String
    let processes: NodeProcesses

    /// Every entry, oldest first; none while the node container is stopped.
    func entries() -> [JournalEntry] {
        guard let container = cluster.nodeContainer(node), container.isRunning else { return [] }
        let running = processes.list()
        var entries: [JournalEntry] = []
        // Each service's main process is the first one in its control group; a kubelet that was
        // stopped or started again since is told apart below.
        var seen: Set<String> = []
        let firstKubelet = processes.kubeletRuns().first?.process
        for main in running.filter({ $0.unit != "kubelet.service" }) + (firstKubelet.map { [$0] } ?? []) where main.ppid == 1 && main.unit?.hasSuffix(".service") == true {
            guard let unitName = main.unit, seen.insert(unitName).inserted,
                let unit = SystemdUnit.load(unitName, from: processes.filesystem)
            else { continue }
            let title = unit.description.map { "\(unitName) - \($0)" } ?? unitName
            if !unit.execStartPre.isEmpty || unit.type == "notify" {
                entries.append(JournalEntry(time: main.started, unit: unitName, identifier: "systemd", pid: 1, message: "Starting \(title)..."))
            }
            entries.append(JournalEntry(time: main.started, unit: unitName, identifier: "systemd", pid: 1, message: "Started \(title)."))
        }
        // Each run of the kubelet logs under its own PID; `systemctl stop` and `start` are systemd's lines.
        let runs = processes.kubeletRuns()
        let kubeletUnit = SystemdUnit.load("kubelet.service", from: processes.filesystem)
        let kubeletTitle = kubeletUnit?.description.map { "kubelet.service - \($0)" } ?? "kubelet.service"
        for (index, run) in runs.enumerated() {
            if index > 0 {
                if kubeletUnit?.execStartPre.isEmpty == false || kubeletUnit?.type == "notify" {
                    entries.append(systemd(run.process.started, "kubelet.service", "Starting \(kubeletTitle)..."))
                }
                entries.append(systemd(run.process.started, "kubelet.service", "Started \(kubeletTitle)."))
            }
            let end = run.stopped ?? cluster.now
            let lines = KubeletLogLines(pid: run.process.pid, started: run.process.started)
            let from = index == 0 ? container.startedAt : run.process.started
            for record in cluster.kubeletLog(on: node) where record.time >= from && record.time <= end {
                entries.append(
                    JournalEntry(time: record.time, unit: "kubelet.service", identifier: "kubelet", pid: run.process.pid,
                        message: lines.line(record)))
            }
            if let stopped = run.stopped {
                entries.append(systemd(stopped, "kubelet.service", "Stopping \(kubeletTitle)..."))
                entries.append(systemd(stopped, "kubelet.service", "kubelet.service: Deactivated successfully."))
                entries.append(systemd(stopped, "kubelet.service", "Stopped \(kubeletTitle)."))
                entries.append(
                    systemd(stopped, "kubelet.service",
                        "kubelet.service: Consumed \(SystemdFormat.timespan(milliseconds: run.process.cpuMilliseconds)) CPU time."))
            }
        }
        // A service whose start is still ahead of the clock (just after `podman start`) has logged nothing yet.
        entries.removeAll { $0.time > cluster.now }
        return entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// A line systemd (PID 1) logs about a unit.
    private func systemd(_ time: Timestamp, _ unit: String, _ message: String) -> JournalEntry {
        JournalEntry(time: time, unit: unit, identifier: "systemd", pid: 1, message: message)
    }
}
