import KubeAPI

/// The control plane as a whole: kube-apiserver answers only while the node container of its
/// static pod runs and the kubelet there has started the apiserver's container again. While it does
/// not, nothing reaches the API: no controller, scheduler or node lifecycle work happens (their
/// wake-ups wait), while every kubelet keeps running, restarting and stopping its pods. When it
/// answers again, the controllers resume, and the node lifecycle controller, newly started,
/// registers every node and gives each silent kubelet a fresh grace period.
extension Cluster {
    /// What waits while the control plane is down (nil in `outage` while it is up).
    struct ControlPlaneOutage: Sendable {
        /// The controllers' wake-ups, put aside so time can pass without them.
        var heldWakeups: [String: Timestamp] = [:]
        /// Events kubelets recorded meanwhile, each retried until it is written or given up.
        var unsentEvents: [KubeObject] = []
    }

    /// Whether the apiserver is down; cheap when every node container runs, as it then answers
    /// unless one of them has just started (and events recorded then are written moments later).
    var isControlPlaneDown: Bool {
        isSomeNodeStopped && !isAPIServerServing
    }

    /// Whether some node's container is stopped (the answer is kept until the containers change).
    private var isSomeNodeStopped: Bool { nodeContainerSummary.someStopped }

    /// Whether kube-apiserver answers requests (always, in a world without an apiserver pod).
    /// It depends only on the system namespace's pods and the node containers, so it is worked
    /// out again only when either has changed.
    public var isAPIServerServing: Bool {
        // Asked before every loop runs: nothing written since the last answer, nothing to look up.
        if let known = apiServerServingCache, known.revision == store.revision { return known.serving }
        let podWrites = store.podWriteCount(in: Self.systemNamespace)
        if let known = apiServerServingCache, known.podWrites == podWrites {
            apiServerServingCache?.revision = store.revision
            return known.serving
        }
        let servers = list(.pods, namespace: Self.systemNamespace).filter {
            $0.labels[Self.componentLabel] == Self.apiServerComponent
        }
        let serving = servers.isEmpty || servers.contains(where: isServing)
        apiServerServingCache = (store.revision, podWrites, serving)
        return serving
    }

    /// Its node container runs, and each of its containers has started since that container did.
    private func isServing(_ pod: KubeObject) -> Bool {
        guard let node = pod.nodeName, let container = nodeContainers[node] else { return true }
        guard container.isRunning else { return false }
        return pod[path: "status.containerStatuses"].array.allSatisfy { status in
            let started = status[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:))
            return started.map { $0.seconds >= container.startedAt.seconds } ?? false  // whole seconds
        }
    }

    /// Nil when `loop` may run; otherwise what the kubelets' part of it did while the control
    /// plane is down (their first pod sync after a node container starts).
    func holdWhileControlPlaneDown(_ loop: ControlLoop) -> Bool? {
        if loop == .kubelets { return nil }
        guard !isAPIServerServing else {
            if outage != nil { resumeControlPlane() }
            return nil
        }
        holdControlPlaneWakeups()
        return loop == .nodes ? resyncStartedKubelets() : false
    }

    /// Puts aside every wake-up but the kubelets' own, so time can pass without them firing.
    private func holdControlPlaneWakeups() {
        var held = outage ?? ControlPlaneOutage()
        for (key, time) in wakeups.all where !Self.isKubeletWakeup(key) {
            held.heldWakeups[key] = time
            wakeups[key] = nil
        }
        outage = held
    }

    /// The control plane is back: held wake-ups return, etcd's leases start over, and the node
    /// lifecycle controller, which starts by observing every node anew, records `RegisteredNode`
    /// for each and waits a whole grace period before calling a silent kubelet's node `Unknown`.
    private func resumeControlPlane() {
        guard let held = outage else { return }
        outage = nil
        // The controller manager is a new process: its event recorder remembers nothing.
        eventCorrelator.forget { $0.host == nil }
        failedDaemonPodsBackoff = FailedPodsBackoff()
        controllerClients = [:]
        ipam.nodeCIDRs?.restart()
        endpointsTriggerTimes = [:]
        // Timers the controllers keep only in memory start afresh: the taint eviction controller
        // counts each pod's toleration from now, the node lifecycle controller its grace period,
        // the pod garbage collector each quarantine.
        for (key, time) in held.heldWakeups where wakeups[key] == nil && !key.hasPrefix(Self.taintEvictionPrefix) {
            if key.hasPrefix(Self.podGCQuarantinePrefix) {
                restartPodGCQuarantine(of: String(key.dropFirst(Self.podGCQuarantinePrefix.count)))
            } else {
                wakeups[key] = time
            }
        }
        renewEventLeases()
        deliverUnsentEvents(held.unsentEvents)
        for node in list(.nodes) {
            recordEvent(
                node, reason: "RegisteredNode",
                message: "Node \(node.name) event: Registered Node \(node.name) in Controller",
                source: EventSource(component: "node-controller"))
            let key = Self.kubeletStoppedKey(node.name)
            if wakeups[key] != nil { wake(at: now.adding(seconds: Self.nodeMonitorGracePeriodSeconds), for: key) }
        }
    }

    /// client-go's broadcaster tries an event 12 times, 10 s apart after a first random wait of
    /// up to 10 s: those recorded in the last 100 s (surely still being retried) are written now.
    private func deliverUnsentEvents(_ events: [KubeObject]) {
        for event in events {
            let recorded = event.value["lastTimestamp"].string.flatMap(Timestamp.init(rfc3339:)) ?? now
            if now.milliseconds(since: recorded) <= Self.eventRetryWindowSeconds * 1000 { deliver(event) }
        }
    }

    static let eventRetryWindowSeconds: Int64 = 100

    /// Wake-ups that belong to kubelets, which run on whatever the control plane does.
    private static func isKubeletWakeup(_ key: String) -> Bool {
        ControlLoop.owner(ofWakeup: key) == .kubelets || key.hasPrefix(kubeletStartKey(""))
    }

    static let systemNamespace = "kube-system"
    /// kubeadm's static pods are labelled `component: <binary>`.
    static let componentLabel = "component"
    static let apiServerComponent = "kube-apiserver"
}
