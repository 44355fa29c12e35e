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
        // Each service's main process is the first one in its control group; the kubelet and
        // containerd, which may have been stopped or started again since, are told apart below.
        var seen: Set<String> = []
        let firstRuns = Self.services.compactMap { processes.runs(of: $0).first?.process }
        for main in running.filter({ !Self.services.contains($0.unit ?? "") }) + firstRuns where main.isMain && main.unit?.hasSuffix(".service") == true {
            guard let unitName = main.unit, seen.insert(unitName).inserted,
                let unit = SystemdUnit.load(unitName, from: processes.filesystem)
            else { continue }
            let title = unit.description.map { "\(unitName) - \($0)" } ?? unitName
            if !unit.execStartPre.isEmpty || unit.type == "notify" {
                entries.append(JournalEntry(time: main.started, unit: unitName, identifier: "systemd", pid: 1, message: "Starting \(title)..."))
            }
            entries.append(JournalEntry(time: main.started, unit: unitName, identifier: "systemd", pid: 1, message: "Started \(title)."))
        }
        for unit in Self.services { entries += serviceRuns(unit, running: running, container: container) }
        // A service whose start is still ahead of the clock (just after `podman start`) has logged nothing yet.
        entries.removeAll { $0.time > cluster.now }
        return entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// The services `systemctl stop` and `start` act on.
    static let services = ["containerd.service", "kubelet.service"]

    /// systemd's lines as it stops and starts `unit` again, and what each kubelet run logged under its own PID.
    private func serviceRuns(_ unitName: String, running: [NodeProcess], container: NodeContainer) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        let unit = SystemdUnit.load(unitName, from: processes.filesystem)
        let title = unit?.description.map { "\(unitName) - \($0)" } ?? unitName
        let prefix = unitName + ": "
        for (index, run) in processes.runs(of: unitName).enumerated() {
            let started = run.process.started
            // With `KillMode=process` what else ran in the control group outlived the last run.
            let leftovers = running.filter { $0.unit == unitName && !$0.isMain && $0.started <= started }
            if index > 0 {
                if unit?.execStartPre.isEmpty == false || unit?.type == "notify" {
                    entries.append(systemd(started, unitName, "Starting \(title)..."))
                }
                for process in leftovers {
                    entries.append(systemd(started, unitName,
                        prefix + "Found left-over process \(process.pid) (\(process.name)) in control group while starting unit. Ignoring."))
                    entries.append(systemd(started, unitName,
                        "This usually indicates unclean termination of a previous run, or service implementation deficiencies."))
                }
                entries.append(systemd(started, unitName, "Started \(title)."))
            }
            let end = run.stopped ?? cluster.now
            if unitName == "kubelet.service" {
                let lines = KubeletLogLines(pid: run.process.pid, started: started)
                let from = index == 0 ? container.startedAt : started
                for record in cluster.kubeletLog(on: node) where record.time >= from && record.time <= end {
                    entries.append(
                        JournalEntry(time: record.time, unit: unitName, identifier: "kubelet", pid: run.process.pid,
                            message: lines.line(record)))
                }
            }
            guard let stopped = run.stopped else { continue }
            entries.append(systemd(stopped, unitName, "Stopping \(title)..."))
            entries.append(systemd(stopped, unitName, prefix + "Deactivated successfully."))
            for process in running where process.unit == unitName && !process.isMain && process.started <= stopped {
                entries.append(systemd(stopped, unitName, prefix + "Unit process \(process.pid) (\(process.name)) remains running after unit stopped."))
            }
            entries.append(systemd(stopped, unitName, "Stopped \(title)."))
            entries.append(systemd(stopped, unitName,
                prefix + "Consumed \(SystemdFormat.timespan(milliseconds: run.process.cpuMilliseconds)) CPU time."))
        }
        return entries
    }

    /// A line systemd (PID 1) logs about a unit.
    private func systemd(_ time: Timestamp, _ unit: String, _ message: String) -> JournalEntry {
        JournalEntry(time: time, unit: unit, identifier: "systemd", pid: 1, message: message)
    }
}
