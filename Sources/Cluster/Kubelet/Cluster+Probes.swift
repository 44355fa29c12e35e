import KubeAPI

/// The kubelet's prober manager: one worker per probe of a running container, ticking every
/// `periodSeconds` from when the pod reached the kubelet. Readiness decides the container's
/// `ready`; a startup probe holds the other probes (and `started`) until it passes; a failed
/// liveness or startup probe has the container killed and restarted.
extension Cluster {
    /// Starts (or re-arms, for a restarted container) the probe workers of a container just started.
    func startProbes(of container: JSONValue, in pod: KubeObject, containerID: String) {
        let name = container["name"].string ?? ""
        let probes = container.probes
        for spec in probes {
            let key = spec.kind.step.key(pod.uid, name)
            var worker = probeWorkers[key] ?? ProbeWorker(kind: spec.kind, containerID: containerID)
            worker.replaceContainer(containerID, kind: spec.kind)
            probeWorkers[key] = worker
            // A pod status with a readiness result still unknown triggers a readiness probe at once.
            let manual = spec.kind == .readiness && !probes.contains { $0.kind == .startup }
            schedule(spec.kind.step, pod.uid, name, at: manual ? now : nextProbeTick(of: pod, spec, after: now))
        }
    }

    /// A probe worker's tick: probe the running container, count the result, act on a change.
    func runProbe(_ kind: ProbeSpec.Kind, of container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let key = kind.step.key(pod.uid, name)
        guard let spec = ProbeSpec(kind, of: container), var worker = probeWorkers[key] else { return }
        let status = PodStatusWriter.container(pod, name)
        guard let startedAt = status[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:)),
            status["containerID"].string == worker.containerID
        else { return }
        schedule(kind.step, pod.uid, name, at: nextProbeTick(of: pod, spec, after: now))
        let elapsed = now.milliseconds(since: startedAt)
        let started = status["started"].bool == true
        guard !worker.onHold, elapsed / 1000 >= Int64(spec.initialDelaySeconds), started == (kind != .startup) else {
            return
        }
        let prober = Prober(
            podIP: pod[path: "status.podIP"].string ?? "", process: process(of: container, in: pod), elapsed: elapsed)
        let failure = prober.failure(of: spec.action, timeoutSeconds: spec.timeoutSeconds)
        if case .httpGet(let port, let path, _) = spec.action, prober.isAnswered(spec.action) {
            let server = ReachedServer(
                pod: pod, container: name, image: container["image"].string ?? "", port: port, server: prober.process.server,
                elapsedMilliseconds: elapsed)
            logServedRequest(by: server, path: path)
        }
        if let failure {
            recordContainerEvent(
                pod, name, reason: "Unhealthy", message: "\(kind.rawValue) probe failed: \(failure)", type: "Warning",
                node: node)
        }
        let changed = worker.record(failure == nil, spec)
        probeWorkers[key] = worker
        guard let result = changed else { return }
        switch (kind, result) {
        case (.readiness, _):
            setContainerStatus(pod, name) { $0["ready"] = .bool(result) }
        case (.startup, true):
            let readiness = ProbeSpec(.readiness, of: container)
            setContainerStatus(pod, name) { status in
                status["started"] = true
                status["ready"] = .bool(readiness == nil)
            }
            if readiness != nil { schedule(.readinessProbe, pod.uid, name, at: now) }
        case (.startup, false), (.liveness, false):
            kill(container, in: pod, node: node, failed: spec)
        case (.liveness, true):
            break
        }
    }

    /// Stops a container that failed its liveness or startup probe; `killed` follows once it has stopped.
    private func kill(_ container: JSONValue, in pod: KubeObject, node: String, failed spec: ProbeSpec) {
        let name = container["name"].string ?? ""
        let restarts = (pod[path: "spec.restartPolicy"].string ?? "Always") != "Never"
        let message =
            "Container \(name) failed \(spec.kind.rawValue.lowercased()) probe"
            + (restarts ? ", will be restarted" : "")
        recordContainerEvent(pod, name, reason: "Killing", message: message, node: node)
        scheduleKilled(container, in: pod, graceSeconds: spec.terminationGracePeriodSeconds)
    }

    /// Asks for the `killed` step once the container has stopped: when its process ends on SIGTERM,
    /// or when the grace period (`graceSeconds`, else the pod's) runs out and SIGKILL ends it.
    func scheduleKilled(_ container: JSONValue, in pod: KubeObject, graceSeconds: Int? = nil) {
        let grace = Int64(graceSeconds ?? pod[path: "spec.terminationGracePeriodSeconds"].int ?? 30) * 1000
        var stopping = grace
        if case .exits(let milliseconds, _) = process(of: container).stop { stopping = min(milliseconds, grace) }
        schedule(.killed, pod.uid, container["name"].string ?? "", at: now.adding(milliseconds: stopping))
    }

    /// The `killed` step: the container the kubelet stopped has exited (or was sent SIGKILL).
    func containerKilled(_ container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let status = PodStatusWriter.container(pod, name)
        let workers = [ProbeSpec.Kind.liveness, .startup].compactMap { probeWorkers[$0.step.key(pod.uid, name)] }
        let respecified = runsOutdatedImage(container, status)
        guard !status[path: "state.running"].isNull,
            respecified || workers.contains(where: { $0.onHold && $0.containerID == status["containerID"].string })
        else { return }
        for step in [KubeletStep.exit, .oomKill] { cancelWakeup(for: step.key(pod.uid, name)) }
        var code = 137
        if case .exits(_, let stopCode) = process(of: container).stop { code = stopCode }
        stopContainer(container, in: pod, node: node, code: code, reason: nil, killed: true, restartAnyway: respecified)
    }

    /// The first tick of a probe's worker after `time`: ticks fall every period from the pod's start.
    func nextProbeTick(of pod: KubeObject, _ spec: ProbeSpec, after time: Timestamp) -> Timestamp {
        let origin = pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:)) ?? time
        let period = Int64(spec.periodSeconds) * 1000
        let ticks = max(0, time.milliseconds(since: origin)) / period + 1
        return origin.adding(milliseconds: ticks * period)
    }

    /// A container's status as probes leave it when it starts: not ready while a readiness probe has
    /// yet to pass, neither started nor ready while a startup probe has.
    static func gateByProbes(_ status: inout JSONValue, container: JSONValue) {
        let kinds = container.probes.map(\.kind)  // most containers have none: no set is built
        if kinds.contains(.startup) { status["started"] = false }
        if kinds.contains(.startup) || kinds.contains(.readiness) { status["ready"] = false }
    }

    /// Changes one container's status in the stored pod and refreshes the pod's conditions.
    private func setContainerStatus(_ pod: KubeObject, _ name: String, _ change: (inout JSONValue) -> Void) {
        var current = lookup(.pods, pod.namespace, pod.name) ?? pod
        PodStatusWriter.update(&current, container: name, change)
        PodStatusWriter.refresh(&current, at: now)
        save(.pods, current)
    }

    /// What a container's process offers probes and uses in memory, from the catalog; in `pod`, a
    /// server that reads its port from the environment listens where the container's says.
    func process(of container: JSONValue, in pod: KubeObject? = nil) -> ContainerProcess {
        let reference = container["image"].string ?? ""
        let image = imageFacts(reference).entry ?? Self.anyImage
        var environment: [String: String] = [:]
        if let pod, image.server?.portVariable != nil {
            environment = self.environment(of: pod, container: container["name"].string ?? "")
        }
        // Probes ask every period: the same command on the same image is the same process.
        let key = KubeletMemo.ProcessKey(
            image: reference, command: container["command"].array.compactMap(\.string),
            args: container["args"].array.compactMap(\.string), environment: environment)
        if let known = kubeletMemo.processes[key] { return known }
        let process = ContainerProcess.of(command: key.command, args: key.args, image: image, environment: environment)
        if kubeletMemo.processes.count >= KubeletMemo.processesKept { kubeletMemo.processes.removeAll() }
        kubeletMemo.processes[key] = process
        return process
    }

    /// How long after its start a container holding more memory than its limit is OOM-killed
    /// (the simulation's figure for allocating and touching the pages).
    static let oomMilliseconds: Int64 = 100
}

extension ProbeWorker {
    /// Points the worker at a new container: its result starts over, its counts carry on.
    mutating func replaceContainer(_ id: String, kind: ProbeSpec.Kind) {
        guard id != containerID else { return }
        let fresh = ProbeWorker(kind: kind, containerID: id)
        containerID = id
        result = fresh.result
        onHold = false
    }
}
