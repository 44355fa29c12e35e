import KubeAPI

/// Graceful deletion as the kubelet carries it out: SIGTERM to every running container, and the
/// pod object removed once they have stopped or the grace period is over.
extension Cluster {
    /// Marks a pod as terminating; its kubelet removes it once its containers stop.
    /// Returns false when the pod can go at once (not on a node, or a zero grace period).
    func beginGracefulDeletion(of pod: KubeObject, gracePeriodSeconds: Int?) -> Bool {
        let grace = gracePeriodSeconds ?? pod[path: "spec.terminationGracePeriodSeconds"].int ?? 30
        guard let node = pod.nodeName, grace > 0, !pod.isFinished else { return false }
        if let deletion = pod.deletionTimestamp {
            shortenGracePeriod(of: pod, deletion: deletion, to: grace)
            return true
        }
        var terminating = pod
        terminating[path: "metadata.deletionTimestamp"] = .string(now.adding(seconds: Int64(grace)).rfc3339)
        terminating[path: "metadata.deletionGracePeriodSeconds"] = .int(grace)
        save(.pods, terminating)
        // A kubelet that is not running, or cannot reach its runtime, cannot stop the containers:
        // the pod stays until it can.
        guard !isPodSyncStopped(node) else { return true }
        killContainers(of: terminating, on: node, grace: grace)
        return true
    }

    /// A pod already terminating takes only a shorter grace period (`BeforeDelete`): its deletion
    /// moves back by the difference, and its kubelet kills what still runs within the new period.
    private func shortenGracePeriod(of pod: KubeObject, deletion: Timestamp, to grace: Int) {
        guard let current = pod.metadata["deletionGracePeriodSeconds"].int, grace < current else { return }
        var shortened = pod
        shortened[path: "metadata.deletionTimestamp"] = .string(deletion.adding(seconds: Int64(grace - current)).rfc3339)
        shortened[path: "metadata.deletionGracePeriodSeconds"] = .int(grace)
        save(.pods, shortened)
        if let stopping = stoppingPods[pod.uid] {
            stoppingPods[pod.uid] = min(stopping, now.adding(seconds: Int64(grace)))
        }
    }

    /// The kubelet stops a terminating pod's running containers, then lets the pod go.
    func killContainers(of pod: KubeObject, on node: String, grace: Int) {
        let statuses = pod[path: "status.containerStatuses"].array + pod[path: "status.ephemeralContainerStatuses"].array
        let containers = pod[path: "spec.containers"].array + pod[path: "spec.ephemeralContainers"].array
        var slowest = Self.containerStopSeconds * 1000
        recordKillingEvents(of: pod, on: node)
        for status in statuses where !status[path: "state.running"].isNull {
            let name = status["name"].string ?? ""
            // A process that ignores SIGTERM (a shell or `sleep` as PID 1) runs until the grace period ends.
            let spec = containers.first { $0["name"].string == name } ?? .emptyObject
            if case .exits(let milliseconds, _) = process(of: spec).stop {
                slowest = max(slowest, milliseconds)
            } else {
                slowest = max(slowest, Int64(grace) * 1000)
            }
        }
        cancelKubeletSteps(of: pod)
        forgetEnvironments(of: pod)
        stoppingPods[pod.uid] = now.adding(milliseconds: min(Int64(grace) * 1000, slowest))
    }

    /// The kubelet's `Killing` event for each running container it stops.
    func recordKillingEvents(of pod: KubeObject, on node: String) {
        let statuses = pod[path: "status.containerStatuses"].array + pod[path: "status.ephemeralContainerStatuses"].array
        for status in statuses where !status[path: "state.running"].isNull {
            let name = status["name"].string ?? ""
            recordContainerEvent(pod, name, reason: "Killing", message: "Stopping container \(name)", node: node)
        }
    }

    /// Deletes a pod on behalf of a controller: gracefully when it runs on a node, else at once.
    func deletePod(_ pod: KubeObject) {
        if replaceDeletedMirrorPod(pod) { return }
        guard !beginGracefulDeletion(of: pod, gracePeriodSeconds: nil) else { return }
        store.remove(.pods, namespace: pod.namespace, name: pod.name)
        releaseResources(of: pod)
    }

    /// The kubelet is done with a pod being deleted: its containers have stopped. Its status
    /// manager writes the pod's final status (terminal: containers that never ended are reported
    /// as failed, `PodStatusWriter.terminate`), then deletes it with grace period 0, which is an
    /// update and, unless finalizers hold the pod, its removal: a watch sees all three.
    func finishDeletion(of pod: KubeObject) {
        stoppingPods[pod.uid] = nil
        cancelKubeletSteps(of: pod)
        forgetEnvironments(of: pod)
        var stopped = pod
        for container in pod[path: "spec.containers"].array {
            let name = container["name"].string ?? ""
            let status = PodStatusWriter.container(pod, name)
            guard !status[path: "state.running"].isNull else { continue }
            var code = 137
            if case .exits(_, let stopCode) = process(of: container).stop { code = stopCode }
            PodStatusWriter.update(&stopped, container: name) { status in
                status["ready"] = false
                status["started"] = false
                status["state"] = ["terminated": PodStatusWriter.terminated(status, code: code, at: now)]
            }
        }
        PodStatusWriter.refresh(&stopped, at: now, terminal: true)
        PodStatusWriter.terminate(&stopped, at: now)
        save(.pods, stopped)
        save(.pods, Self.markedAsDeleting(stopped, now: now))
        guard pod.finalizerNames.isEmpty else { return }
        store.remove(.pods, namespace: pod.namespace, name: pod.name)
        releaseResources(of: pod)
    }

    /// Frees what a deleted pod held on its node.
    func releaseResources(of pod: KubeObject) {
        stoppingPods[pod.uid] = nil
        podStartupPulls[pod.uid] = nil
        cancelWakeup(for: Self.volumeBindingPrefix + pod.uid)
        cancelKubeletSteps(of: pod)
        forgetEnvironments(of: pod)
        if let node = pod.nodeName, pod[path: "spec.hostNetwork"].bool != true, let ip = pod[path: "status.podIP"].string {
            ipam.release(ip, on: node)
        }
    }

    /// How long a container takes to exit after SIGTERM.
    static let containerStopSeconds: Int64 = 1
}
