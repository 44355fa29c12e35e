import Cluster
import KubeAPI
import Kubectl

/// One process inside a node container, as `ps` reads it from /proc.
struct NodeProcess: Equatable {
    var pid: Int
    var ppid: Int
    var started: Timestamp
    /// Virtual memory size and resident set, in KiB.
    var vszKiB: Int64
    var rssKiB: Int64
    /// Cumulative CPU time in seconds.
    var cpuSeconds: Int64
    /// The same to the millisecond, as systemd's accounting shows it.
    var cpuMilliseconds: Int64 = 0
    var tty = "?"
    var stat: String
    /// The command line, arguments separated by spaces.
    var command: String
    /// The executable's name, as `ps -o comm` and `ss -p` show it.
    var name: String
    /// The pod container it is the main process of, if any.
    var container: String? = nil
    /// The systemd unit whose control group holds it, if any.
    var unit: String? = nil
    /// Whether it is its unit's main process (containerd's shims share its control group).
    var isMain = false
}

/// What runs inside a node container, from the cluster's state: systemd as PID 1 (kind's
/// entrypoint runs `/sbin/init` with kcn's command, `bash`, as its arguments), journald, and the
/// services containerd and kubelet as their units start them; for every pod sandbox on the node
/// a runc shim with the pause process and the pod's running containers under it.
///
/// PIDs follow start order; the gaps between them come from a digest of the process's name,
/// so they stay the same from one call to the next.
struct NodeProcesses {
    let cluster: Cluster
    let node: String
    let filesystem: VirtualFileSystem
    /// The node container's command (`podman run ... IMAGE bash`), which systemd is given as arguments.
    var containerCommand = "bash"

    static let containerdSocket = "/run/containerd/containerd.sock"

    /// Every process, PID order; empty while the node container is stopped.
    func list() -> [NodeProcess] {
        guard let container = cluster.nodeContainer(node), container.isRunning else { return [] }
        return list(container: container)
    }

    /// The processes with the node container in `container`'s state.
    private func list(container: NodeContainer) -> [NodeProcess] {
        let boot = container.startedAt
        var processes: [NodeProcess] = []
        var nextPID = 1
        func add(_ name: String, command: String, parent: Int, started: Timestamp, memory: (Int64, Int64),
                 millicores: Int64, stat: String, tty: String = "?", container: String? = nil) -> Int {
            let pid = nextPID
            let cpu = max(0, cluster.now.milliseconds(since: started)) * millicores / 1_000_000
            processes.append(
                NodeProcess(
                    pid: pid, ppid: parent, started: started, vszKiB: memory.0, rssKiB: memory.1, cpuSeconds: cpu,
                    cpuMilliseconds: max(0, cluster.now.milliseconds(since: started)) * millicores / 1000,
                    tty: tty, stat: stat, command: command, name: String(name.prefix(15)), container: container))
            nextPID = pid + 1 + gap(command)
            return pid
        }
        // systemd detaches from the terminal podman gave the container.
        _ = add("systemd", command: Self.initProgram + " " + containerCommand, parent: 0, started: boot,
                memory: (20_060, 11_392), millicores: 0, stat: "Ss")
        processes[processes.count - 1].unit = "init.scope"
        nextPID = 50 + gap("systemd-journald")
        _ = add("systemd-journald", command: "/lib/systemd/systemd-journald", parent: 1, started: boot,
                memory: (34_140, 12_160), millicores: 0, stat: "Ss")
        processes[processes.count - 1].unit = "systemd-journald.service"
        processes[processes.count - 1].isMain = true
        // Each service's ExecStartPre commands ran just before (`startPre`).
        nextPID = 80 + gap("containerd")
        _ = add("containerd", command: serviceCommand("containerd") ?? "/usr/local/bin/containerd", parent: 1,
                started: boot.adding(seconds: 1), memory: (1_999_148, 52_384), millicores: 12, stat: "Ssl")
        processes[processes.count - 1].unit = "containerd.service"
        processes[processes.count - 1].isMain = true
        // `systemctl stop containerd` ended it; its shims, in its control group, run on.
        let containerdIndex = processes.count - 1
        let containerd: NodeProcess? = container.containerdStoppedAt == nil ? processes[containerdIndex] : nil
        _ = add("kubelet", command: serviceCommand("kubelet") ?? "/usr/bin/kubelet", parent: 1, started: boot.adding(seconds: 2),
                memory: (2_421_576, 88_904), millicores: 25, stat: "Ssl")
        processes[processes.count - 1].unit = "kubelet.service"
        processes[processes.count - 1].isMain = true
        // `systemctl stop kubelet` ended it; the PIDs after it stay as they were.
        let kubeletIndex = processes.count - 1
        let kubelet: NodeProcess? = container.kubeletStoppedAt == nil ? processes[kubeletIndex] : nil
        for (pod, started) in sandboxes() {
            let handler = runtimeHandler(of: pod)
            let shim = handler == "runsc" ? "containerd-shim-runsc-v1" : "containerd-shim-runc-v2"
            let sandboxID = Cluster.runtimeID(of: "sandbox " + cluster.runtimeUID(of: pod))
            let shimPID = add(
                shim, command: "/usr/local/bin/\(shim) -namespace k8s.io -id \(sandboxID) -address \(Self.containerdSocket)",
                parent: 1, started: started, memory: (1_238_384, 13_056), millicores: 1, stat: "Sl")
            // containerd starts the shims in its own control group.
            processes[processes.count - 1].unit = "containerd.service"
            // gVisor runs the pod's processes inside its own kernel: the node sees only the shim.
            guard handler != "runsc" else { continue }
            _ = add("pause", command: "/pause", parent: shimPID, started: started, memory: (1020, 512), millicores: 0, stat: "Ss")
            let manifest = staticManifest(of: pod)
            for (status, podSpec, since) in Self.runningContainers(of: pod) {
                let spec = manifest?.first { $0["name"] == podSpec["name"] } ?? podSpec
                let (command, name) = commandLine(spec, image: status["image"].string ?? "", node: node)
                let memory = imageMemoryKiB(status["image"].string ?? "")
                _ = add(name, command: command, parent: shimPID, started: since, memory: (memory * 3, memory),
                        millicores: 2, stat: "Ssl", container: spec["name"].string)
            }
        }
        let firstRuns = [processes[containerdIndex], processes[kubeletIndex]]
        processes.remove(at: kubeletIndex)
        processes.remove(at: containerdIndex)
        // A service started again is a new process, after everything running before it.
        let restarts = [
            (firstRuns[0], containerd, container.containerdStarts, (Int64(1_999_148), Int64(52_384)), Int64(12)),
            (firstRuns[1], kubelet, container.kubeletStarts, (Int64(2_421_576), Int64(88_904)), Int64(25)),
        ].sorted { ($0.2.last ?? boot) < ($1.2.last ?? boot) }
        for (first, running, starts, memory, millicores) in restarts {
            guard running != nil else { continue }
            guard let restarted = starts.last else {
                processes.insert(first, at: processes.firstIndex { $0.pid > first.pid } ?? processes.endIndex)
                continue
            }
            let last = processes.map(\.pid).max() ?? 1
            nextPID = last + 1 + gap("\(first.name) \(starts.count)") + 40 * starts.count
            _ = add(first.name, command: first.command, parent: 1, started: restarted, memory: memory, millicores: millicores,
                    stat: first.stat)
            processes[processes.count - 1].unit = first.unit
            processes[processes.count - 1].isMain = true
        }
        return processes
    }

    /// Each run of a service (`kubelet.service`, `containerd.service`) since the container
    /// started, oldest first: its main process, and when `systemctl stop` ended it (nil for the
    /// one running).
    func runs(of unit: String) -> [(process: NodeProcess, stopped: Timestamp?)] {
        guard let container = cluster.nodeContainer(node), container.isRunning else { return [] }
        let kubelet = unit == "kubelet.service"
        let (stops, starts) = kubelet ? (container.kubeletStops, container.kubeletStarts)
            : (container.containerdStops, container.containerdStarts)
        var runs: [(NodeProcess, Timestamp?)] = []
        for run in 0...starts.count {
            var then = container
            if kubelet {
                then.kubeletStarts = Array(starts.prefix(run))
                then.kubeletStops = Array(stops.prefix(run))
            } else {
                then.containerdStarts = Array(starts.prefix(run))
                then.containerdStops = Array(stops.prefix(run))
            }
            guard var process = list(container: then).first(where: { $0.unit == unit && $0.isMain }) else { continue }
            let stopped = run < stops.count ? stops[run] : nil
            if let stopped {
                let millicores: Int64 = kubelet ? 25 : 12
                process.cpuMilliseconds = max(0, stopped.milliseconds(since: process.started)) * millicores / 1000
            }
            runs.append((process, stopped))
        }
        return runs
    }

    /// kind's image links /sbin/init to systemd; its entrypoint execs it with the container's command.
    static let initProgram = "/sbin/init"

    /// A service's command line as its unit's `ExecStart=` gives it, variables expanded: the
    /// kubelet's comes from kubeadm's drop-in, its flags file and /etc/default/kubelet.
    func serviceCommand(_ unit: String) -> String? {
        guard let loaded = SystemdUnit.load(unit, from: filesystem), let line = loaded.execStart else { return nil }
        return loaded.argv(line, in: filesystem).joined(separator: " ")
    }

    /// The unit's `ExecStartPre=` processes, which ran and exited just before `main` started: for
    /// the first run, PIDs counted back from containerd's first, the first service systemd forks;
    /// for a later run, the PIDs just before its main process.
    func startPre(of unit: String, main: NodeProcess) -> [NodeProcess] {
        guard let containerd = runs(of: "containerd.service").first?.process else { return [] }
        let units = ["containerd.service", "kubelet.service"].compactMap { SystemdUnit.load($0, from: filesystem) }
        var pid = containerd.pid - units.reduce(0) { $0 + $1.execStartPre.count }
        for loaded in units {
            let commands = loaded.execStartPre
            defer { pid += commands.count }
            guard loaded.name == SystemdUnit.canonicalName(unit) else { continue }
            let first = runs(of: loaded.name).first?.process.pid == main.pid ? pid : main.pid - commands.count
            return commands.enumerated().map { offset, command in
                let argv = loaded.argv(command, in: filesystem)
                return NodeProcess(
                    pid: first + offset, ppid: 1, started: main.started, vszKiB: 0, rssKiB: 0, cpuSeconds: 0, stat: "Z",
                    command: argv.joined(separator: " "), name: String((argv.first ?? "").split(separator: "/").last ?? ""),
                    unit: loaded.name)
            }
        }
        return []
    }

    /// The node's pods with a sandbox, and when each sandbox started, oldest first.
    private func sandboxes() -> [(KubeObject, Timestamp)] {
        cluster.list(.pods).filter { $0[path: "spec.nodeName"].string == node }.map(cluster.runtimeView).compactMap { pod in
            let ready = pod[path: "status.conditions"].array.first { $0["type"].string == "PodReadyToStartContainers" }
            guard ready?["status"].string == "True",
                let since = ready?["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:))
            else { return nil }
            return (pod, since)
        }.sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }
    }

    /// The pod's running containers (init, app and ephemeral) with their spec, in start order.
    static func runningContainers(of pod: KubeObject) -> [(JSONValue, JSONValue, Timestamp)] {
        let specs = pod[path: "spec.initContainers"].array + pod[path: "spec.containers"].array + pod.ephemeralContainers
        let statuses = pod[path: "status.initContainerStatuses"].array + pod[path: "status.containerStatuses"].array
            + pod[path: "status.ephemeralContainerStatuses"].array
        return statuses.compactMap { status -> (JSONValue, JSONValue, Timestamp)? in
            guard let since = status[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:)),
                let spec = specs.first(where: { $0["name"].string == status["name"].string })
            else { return nil }
            return (status, spec, since)
        }.sorted { $0.2 < $1.2 }
    }

    /// A static pod's containers as its manifest in /etc/kubernetes/manifests declares them:
    /// the mirror pod the API shows is owned by the node, and its manifest is the file named
    /// after its first container.
    private func staticManifest(of pod: KubeObject) -> [JSONValue]? {
        let owners = pod[path: "metadata.ownerReferences"].array
        guard owners.contains(where: { $0["kind"].string == "Node" }),
            let first = pod[path: "spec.containers"].array.first?["name"].string,
            let text = filesystem.read("/etc/kubernetes/manifests/\(first).yaml"),
            let document = (try? YAMLDecoding.documents(text))?.first
        else { return nil }
        return document[path: "spec.containers"].array
    }

    /// The container's command line: the spec's command and args, or the image's own program
    /// followed by the args, with `$(VAR)` references expanded as the kubelet does; and the
    /// executable's name.
    func commandLine(_ spec: JSONValue, image: String, node: String) -> (String, String) {
        var variables: [String: String] = [:]
        for variable in spec["env"].array {
            guard let name = variable["name"].string else { continue }
            if let value = variable["value"].string {
                variables[name] = value
            } else if variable[path: "valueFrom.fieldRef.fieldPath"].string == "spec.nodeName" {
                variables[name] = node
            }
        }
        let expand = { (word: String) in
            variables.reduce(word) { $0.replacing("$(\($1.key))", with: $1.value) }
        }
        let command = spec["command"].array.compactMap(\.string).map(expand)
        let args = spec["args"].array.compactMap(\.string).map(expand)
        var words = command
        if words.isEmpty, let cmd = imageCommand(of: image) {
            // An image without an entrypoint runs the args in place of its CMD.
            words = args.isEmpty ? cmd : []
        } else if words.isEmpty {
            words = [program(of: image)]
        }
        words += args
        let name = words[0].split(separator: "/").last.map(String.init) ?? words[0]
        return (words.joined(separator: " "), String(name.prefix(15)))
    }

    /// The CMD of an image the catalog lists with no program of its own (no entrypoint).
    private func imageCommand(of image: String) -> [String]? {
        guard case .found(let entry) = cluster.runtime.images.lookup(image), entry.program == nil,
            !entry.command.isEmpty
        else { return nil }
        return entry.command
    }

    /// The image's program as the catalog names it, else its repository's last path element.
    private func program(of image: String) -> String {
        if case .found(let entry) = cluster.runtime.images.lookup(image), let program = entry.program { return program }
        let path = ImageReference(image).path
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    private func imageMemoryKiB(_ image: String) -> Int64 {
        if case .found(let entry) = cluster.runtime.images.lookup(image), entry.memoryBytes > 0 {
            return entry.memoryBytes / 1024
        }
        return 24_576
    }

    private func runtimeHandler(of pod: KubeObject) -> String? {
        guard let name = pod[path: "spec.runtimeClassName"].string else { return nil }
        return cluster.list(.runtimeClasses).first { $0.name == name }?[path: "handler"].string ?? name
    }

    /// A small, stable gap before the next PID, as other short-lived processes would leave.
    private func gap(_ seed: String) -> Int {
        let digits = Cluster.runtimeID(of: "pid " + node + " " + seed)
        return Int(digits.prefix(2), radix: 16).map { $0 % 24 } ?? 0
    }
}
