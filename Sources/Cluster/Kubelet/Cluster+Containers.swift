import KubeAPI

/// Containers once their image is there: created and started in order, and when their process
/// exits, restarted per the pod's restartPolicy with the kubelet's crash-loop back-off.
extension Cluster {
    /// Creates and starts a container, then moves on to the pod's next container. `fieldPath` is
    /// the container's in events, when the caller has it already.
    func startContainer(_ container: JSONValue, in pod: KubeObject, node: String, fieldPath: String? = nil) {
        let name = container["name"].string ?? ""
        let image = container["image"].string ?? ""
        guard prepareConfig(of: container, in: pod, node: node) else { return }
        let isInit = pod.isInitContainer(name)
        let fieldPath = fieldPath ?? pod.fieldPath(of: name)
        recordContainerEvent(
            pod, name, reason: "Created", message: "Created container: \(name)", node: node, fieldPath: fieldPath)
        recordContainerEvent(
            pod, name, reason: "Started", message: "Started container \(name)", node: node, fieldPath: fieldPath)
        var running = lookup(.pods, pod.namespace, pod.name) ?? pod
        let id = "containerd://" + names.hex(length: 64)
        let facts = imageFacts(image)
        var reported = false
        PodStatusWriter.update(&running, container: name, refreshingAt: now) { status in
            PodStatusWriter.started(&status, at: now, image: facts.canonical, imageID: facts.imageID, containerID: id)
            Self.gateByProbes(&status, container: container)
            reported = true
        }
        // A status with the new container ID is a change: written without comparing it to the stored pod.
        if reported { store.put(.pods, running) } else { save(.pods, running) }
        recordFileRun(of: container, in: running, node: node, containerID: id)
        logPodStartupIfDone(running, node: node)
        if case .exits(let milliseconds, _) = run(of: container, in: pod) {
            schedule(.exit, pod.uid, name, at: now.adding(milliseconds: milliseconds))
        }
        if let limit = container.member("resources", "limits")["memory"].string,
            process(of: container).memoryBytes > ResourceAmount.parse(limit)
        {
            schedule(.oomKill, pod.uid, name, at: now.adding(milliseconds: Self.oomMilliseconds))
        }
        startProbes(of: container, in: running, containerID: id)
        // Init containers run one at a time: the next starts when this one has completed.
        if !isInit { startNextContainer(after: name, in: pod) }
    }

    /// Starts on the container after `name` if nothing has been done for it yet.
    func startNextContainer(after name: String, in pod: KubeObject) {
        let containers = pod.kubeletContainers
        guard let index = containers.firstIndex(where: { $0["name"].string == name }), index + 1 < containers.count,
            let next = containers[index + 1]["name"].string
        else { return }
        let status = PodStatusWriter.container(lookup(.pods, pod.namespace, pod.name) ?? pod, next)
        guard ["ContainerCreating", "PodInitializing"].contains(status[path: "state.waiting.reason"].string ?? ""),
            !KubeletStep.allCases.contains(where: { wakeups[$0.key(pod.uid, next)] != nil })
        else { return }
        schedule(.pull, pod.uid, next, at: now)
    }

    /// The `exit` step: the process ended; restart it, after a back-off, or leave it terminated.
    func exitContainer(_ container: JSONValue, in pod: KubeObject, node: String) {
        guard case .exits(_, let code) = run(of: container, in: pod) else { return }
        cancelWakeup(for: KubeletStep.oomKill.key(pod.uid, container["name"].string ?? ""))
        stopContainer(container, in: pod, node: node, code: code, reason: nil, killed: false)
    }

    /// A container has stopped with `code` (`reason` when not Completed or Error): restart it,
    /// after a back-off, or leave it terminated. A container the kubelet `killed` is restarted in
    /// the same sync unless its back-off, counted from its previous run's end, has not yet passed.
    /// One whose definition changed is restarted at once whatever the policy (`restartAnyway`): its
    /// back-off was kept under its old definition.
    func stopContainer(
        _ container: JSONValue, in pod: KubeObject, node: String, code: Int, reason: String?, killed: Bool,
        restartAnyway: Bool = false
    ) {
        let name = container["name"].string ?? ""
        var pod = lookup(.pods, pod.namespace, pod.name) ?? pod
        let status = PodStatusWriter.container(pod, name)
        let terminated = PodStatusWriter.terminated(status, code: code, reason: reason, at: now)
        let policy = pod[path: "spec.restartPolicy"].string ?? "Always"
        let isInit = pod.isInitContainer(name)
        // An ephemeral container runs once, whatever the pod's policy.
        if restartAnyway {
            // The kubelet stops, pulls and starts the container in one sync and reports the pod only
            // after it: the old run still shows meanwhile, its end already kept as the last state.
            PodStatusWriter.update(&pod, container: name) { $0["lastState"] = ["terminated": terminated] }
            save(.pods, pod)
            schedule(.pull, pod.uid, name, at: now)
            return
        }
        let restarts =
            pod.isEphemeralContainer(name)
            ? false : isInit ? code != 0 && policy != "Never" : policy == "Always" || (policy == "OnFailure" && code != 0)
        let startedAt = status[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:)) ?? now
        // The back-off is forgotten once a container has run for twice its 5 minute cap.
        var firstFailure = (status["restartCount"].int ?? 0) == 0 || now.milliseconds(since: startedAt) > 600_000
        if killed, let previous = status[path: "lastState.terminated.finishedAt"].string.flatMap(Timestamp.init(rfc3339:)) {
            let backOff = Self.backOff(afterFailures: status["restartCount"].int ?? 1)
            firstFailure = firstFailure || now.milliseconds(since: previous) >= backOff * 1000
        }
        if !restarts || firstFailure {
            PodStatusWriter.update(&pod, container: name) { status in
                status["ready"] = false
                status["started"] = false
                status["state"] = ["terminated": terminated]
            }
            PodStatusWriter.refresh(&pod, at: now)
            save(.pods, pod)
            // The kubelet notices an exit at its next relist (1 s) and restarts at once; a container
            // it killed itself it starts again in the same sync.
            if restarts { schedule(.pull, pod.uid, name, at: now.adding(seconds: killed ? 0 : Self.relistSeconds)) }
            if isInit && code == 0 { startNextContainer(after: name, in: pod) }
            return
        }
        let delay = Self.backOff(afterFailures: status["restartCount"].int ?? 1)
        let podName = "\(pod.name)_\(pod.namespace ?? "default")(\(pod.uid))"
        let message = "back-off \(GoDuration.format(milliseconds: delay * 1000)) restarting failed container=\(name) pod=\(podName)"
        PodStatusWriter.update(&pod, container: name) { status in
            status["state"] = ["terminated": terminated]
            PodStatusWriter.waiting(&status, reason: "CrashLoopBackOff", message: message)
        }
        PodStatusWriter.refresh(&pod, at: now)
        save(.pods, pod)
        logKubelet(.syncFailed(container: name, reason: "CrashLoopBackOff", message: message), pod: pod, node: node)
        recordContainerEvent(
            pod, name, reason: "BackOff", message: "Back-off restarting failed container \(name) in pod \(podName)",
            type: "Warning", node: node)
        schedule(.pull, pod.uid, name, at: now.adding(seconds: delay))
    }

    /// What a container's process does, from the image catalog and its command, args and env.
    func run(of container: JSONValue, in pod: KubeObject) -> ContainerRun {
        guard !runtime.images.isEmpty, let image = imageFacts(container["image"].string ?? "").entry else { return .forever }
        if let script = scriptFile(of: container, in: pod) { return ContainerRun.script(script) }
        // A shell with no script reads its stdin: kept open (`run -i`, `debug -i`), it waits for commands.
        let argv = image.process(
            command: container["command"].array.compactMap(\.string), args: container["args"].array.compactMap(\.string))
        if container["stdin"].bool == true, ContainerRun.isBareShell(argv.map(JSONValue.string)) {
            return .forever
        }
        let started = PodStatusWriter.container(pod, container["name"].string ?? "")[path: "state.running.startedAt"]
        if let exit = scriptExit(of: container, in: pod, startedAt: started.string.flatMap(Timestamp.init(rfc3339:)) ?? now) {
            return exit
        }
        let expanded = expandingCommand(of: container, in: pod)
        return ContainerRun.of(
            command: expanded["command"].array.compactMap(\.string), args: expanded["args"].array.compactMap(\.string),
            image: image, env: Set(container["env"].array.compactMap { $0["name"].string }))
    }

    /// The script a shell is given as a file (`sh /script/setup`), when the file is a key of a
    /// configMap, secret or projected volume the container mounts; nil otherwise. `known` is the
    /// container's argv when the caller has worked it out already.
    func scriptFile(of container: JSONValue, in pod: KubeObject, argv known: [String]? = nil) -> String? {
        let argv = known ?? containerArgv(of: container).argv
        guard argv.count > 1, ["sh", "bash", "ash"].contains(argv[0].split(separator: "/").last.map(String.init) ?? ""),
            !argv[1].hasPrefix("-")
        else { return nil }
        let file = argv[1]
        for mount in container["volumeMounts"].array {
            var directory = mount["mountPath"].string ?? ""
            while directory.hasSuffix("/") { directory.removeLast() }
            guard file.hasPrefix(directory + "/"),
                let volume = pod[path: "spec.volumes"].array.first(where: { $0["name"] == mount["name"] }),
                let files = (try? projectedFiles(of: volume, in: pod)) ?? nil
            else { continue }
            let relative = String(file.dropFirst(directory.count + 1))
            if let found = files.first(where: { $0.path == relative }) { return found.content }
        }
        return nil
    }

    /// How often the kubelet's pod lifecycle event generator lists containers.
    static let relistSeconds: Int64 = 1
}
