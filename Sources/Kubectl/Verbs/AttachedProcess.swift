import Cluster
import KubeAPI

/// The process `attach`, `run -i` and `debug -i` join in a container: what it runs, a shell
/// opened at the prompt when it is one, or its output streamed while it runs.
enum AttachedProcess {
    /// The process the container runs: its command and arguments with its image's entrypoint and
    /// command by Kubernetes' rules (busybox's `sh`).
    static func argv(of container: String, in pod: KubeObject, _ cluster: Cluster) -> [String]? {
        guard let spec = pod.containerSpec(named: container) else { return nil }
        let command = spec["command"].array.compactMap(\.string)
        let args = spec["args"].array.compactMap(\.string)
        guard case .found(let image) = cluster.runtime.images.lookup(spec["image"].string ?? "") else {
            return command.isEmpty && args.isEmpty ? nil : command + args
        }
        let argv = image.process(command: command, args: args)
        return argv.isEmpty ? nil : argv
    }

    /// Whether the container runs a lone shell that reads the stdin kept open for it, the process
    /// a terminal can be attached to.
    static func isInteractiveShell(_ container: String, in pod: KubeObject, _ cluster: Cluster) -> Bool {
        guard pod.containerSpec(named: container)?["stdin"].bool == true,
            let argv = argv(of: container, in: pod, cluster)
        else { return false }
        return argv.count == 1
    }

    /// Opens the container's shell at the learner's prompt; `ended` runs when it exits, given its
    /// status and where to write, and returns kubectl's exit status. Returns nil once the prompt
    /// is handed over, or `ended`'s status when the shell already ran to its end here.
    static func openShell(
        _ container: String, in pod: KubeObject, _ context: VerbContext,
        ended: @escaping (Int32, IOStreams) -> Int32
    ) throws(KubectlFailure) -> Int32? {
        let cluster = try context.cluster
        guard let executor = context.executor, let argv = argv(of: container, in: pod, cluster) else { return nil }
        let namespace = pod.namespace ?? context.namespace
        context.attachedShellEnd.pending = { status, sink in
            cluster.endAttachedProcess(namespace: namespace, pod: pod.name, container: container, code: Int(status))
            return ended(status, IOStreams(sink: sink))
        }
        let status = executor.attach(pod: pod, container: container, command: argv, io: context.io, tty: true) ?? 0
        // Taken by the lab: the shell now has the prompt, and the rest happens when it exits.
        guard let finish = context.attachedShellEnd.take() else { return nil }
        return finish(status, context.io.sink)
    }

    /// Runs a container's network client (`nslookup`, `wget`, ...) attached from its start.
    ///
    /// The client runs in the container, writing to the session, and the container ends with its
    /// status. Returns false when the container's command is no such client.
    static func runClient(
        _ container: String, in pod: KubeObject, tty: Bool, _ context: VerbContext
    ) throws(KubectlFailure) -> Bool {
        let cluster = try context.cluster
        let image = pod.containerSpec(named: container)?["image"].string ?? ""
        guard let executor = context.executor, let argv = argv(of: container, in: pod, cluster), let first = argv.first,
            let entry = cluster.runtime.images.entry(for: image),
            entry.hasNetworkClient(first.split(separator: "/").last.map(String.init) ?? first)
        else { return false }
        let status = executor.attach(pod: pod, container: container, command: argv, io: context.io, tty: tty) ?? 127
        let namespace = pod.namespace ?? context.namespace
        cluster.endAttachedProcess(namespace: namespace, pod: pod.name, container: container, code: Int(status))
        return true
    }

    /// Streams what the container writes while attached, from its first line (`fromStart`, a
    /// container that has just started) or from now (the runtime keeps no history for a later
    /// attach); a process that never ends is left after as long as `logs -f` follows, as if the
    /// learner had pressed Ctrl-C. Returns whether the process ended meanwhile.
    static func follow(_ pod: KubeObject, container: String, fromStart: Bool, _ cluster: Cluster, _ io: IOStreams) -> Bool {
        let namespace = pod.namespace ?? ""
        var query = PodLogOptions(container: container)
        let start = cluster.now
        guard let first = try? cluster.podLog(namespace: namespace, name: pod.name, query) else { return true }
        if fromStart { io.out(first.text) }
        guard first.running else { return true }
        query.containerID = first.containerID
        let ended = cluster.wait(timeoutSeconds: Logs.followLimitSeconds) {
            (try? cluster.podLog(namespace: namespace, name: pod.name, query).running) != true
        }
        query.after = start
        io.out((try? cluster.podLog(namespace: namespace, name: pod.name, query).text) ?? "")
        return ended
    }
}
