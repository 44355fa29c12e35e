import KubeAPI

/// The kubelets of every node: they start the containers of pods bound to their node, report
/// pod status, and stop containers of pods being deleted, all in virtual time.
extension Cluster {
    /// Moves each pod on a node one stage along its lifecycle; reports whether any moved.
    func runKubelets() -> Bool {
        var changed = false
        for key in wakeups.keys(withPrefix: Self.runtimeBackPrefix) { cancelWakeup(for: key) }
        if !staticPods.awaitedStatuses.isEmpty { changed = writeAwaitedMirrorStatuses() }
        for pod in podsForKubelets() {
            guard let node = pod.nodeName, !isPodSyncStopped(node), !awaitsStatus(pod) else { continue }
            // Stopping containers needs no Node object: a kubelet whose node was deleted goes on.
            if !stoppingPods.isEmpty, let stopAt = stoppingPods[pod.uid] {
                if stopAt <= now {
                    finishDeletion(of: pod)
                    changed = true
                }
                continue
            }
            guard pod.deletionTimestamp == nil, !pod.isFinished else { continue }
            // A pod without an IP has no sandbox yet (its volumes may still be waiting).
            let needsSandbox = pod.value.member("status", "containerStatuses").isNull || pod.value.member("status", "podIP").isNull
            let podKey = KubeletStep.podKey(pod.uid)
            // A pod the kubelet has started, with no step due and no debug container added, has
            // nothing to do whatever its node: its Node is not even looked up.
            let due = needsSandbox ? nil : wakeups[podKey]
            if !needsSandbox, pod.ephemeralContainers.isEmpty, (due.map { $0 > now } ?? true) { continue }
            // Without its Node the kubelet works from the node it would register.
            guard let nodeObject = lookup(.nodes, nil, node) ?? nodeContainers[node]?.registration else { continue }
            if needsSandbox {
                changed = startSandbox(of: pod, on: nodeObject) || changed
                continue
            }
            // A debug container reported now has its first step scheduled: the wake-up is read again.
            let reported = reportEphemeralContainers(of: pod)
            changed = reported || changed
            if let due = reported ? wakeups[podKey] : due, due <= now {
                runDueSteps(of: pod.uid, namespace: pod.namespace, name: pod.name, on: node)
                changed = true
            }
        }
        return changed
    }

    /// The pods a kubelet has something to do for: those that changed since the kubelets last
    /// ran and those with a step or a stop due, in store order; every pod after a node came,
    /// went or had its container started or stopped, or when the changes are not known.
    private func podsForKubelets() -> [KubeObject] {
        let changes = takeChanges(for: .kubelets)
        guard let changes, !kubeletsNeedFullScan, !changes.contains(where: { $0.type == .nodes }) else {
            kubeletsNeedFullScan = false
            return list(.pods)
        }
        var keys = Set<ObjectStore.Key>()
        for change in changes where change.type == .pods && !change.removed { keys.insert(change.key) }
        // A pod's UID once, however many of its steps (and its own key) are due.
        let now = now
        var uids = Set<String>()
        for (uid, time) in stoppingPods where time <= now { uids.insert(uid) }
        for (key, _) in wakeups.due(at: now, prefix: KubeletStep.podKeyPrefix) {
            if let uid = KubeletStep.podUID(inKey: key) { uids.insert(String(uid)) }
        }
        for uid in uids {
            guard let (type, pod) = store.object(uid: uid), type == .pods else { continue }
            keys.insert(ObjectStore.Key(namespace: pod.namespace ?? "", name: pod.name))
        }
        return store.list(.pods, at: keys)
    }

    /// Creates the pod sandbox (IP), reports `ContainerCreating`, and starts on the first container.
    private func startSandbox(of pod: KubeObject, on node: KubeObject) -> Bool {
        // The kubelet mounts the volumes before it asks the runtime for a sandbox.
        guard mountVolumes(of: pod, on: node.name) else { return false }
        if let failure = sandboxFailure(of: pod, on: node.name) { return failSandbox(of: pod, on: node, because: failure) }
        let hostIP = node.internalIP
        let podIP = pod.value.member("spec", "hostNetwork").bool == true ? hostIP : ipam.allocate(on: node.name)
        guard let podIP else {
            kubeletsNeedFullScan = true  // try again on the next pass, as the kubelet retries
            return false
        }
        if let first = pod.kubeletContainers.first?["name"].string {
            schedule(.pull, pod.uid, first, at: now.adding(seconds: runtime.imagePresentSeconds))
        }
        // A retried sandbox keeps the time the kubelet first saw the pod.
        let startTime = pod.value.string("status", "startTime")
        return save(.pods, PodStatusWriter.creating(pod, hostIP: hostIP, podIP: podIP, at: now, startTime: startTime))
    }

    /// Takes every step of a pod that is due, earliest first, then keeps the pod's earliest
    /// pending step as its wake-up (or drops it when none is left).
    private func runDueSteps(of uid: String, namespace: String?, name: String, on node: String) {
        // Each container's step keys (in `allCases` order), built when first needed and kept by the
        // container's position: a pod takes several steps per pass, and its containers stay where they are.
        var stepKeys: [(container: String, keys: [String?])] = []
        func key(_ step: KubeletStep, _ index: Int, of container: String, at position: Int) -> String {
            while stepKeys.count <= position { stepKeys.append((container, Self.noStepKeys)) }
            if stepKeys[position].container != container { stepKeys[position] = (container, Self.noStepKeys) }
            if let known = stepKeys[position].keys[index] { return known }
            let made = step.key(uid, container)
            stepKeys[position].keys[index] = made
            return made
        }
        // The pending steps of the containers, in scan order, with their keys and their container's position.
        typealias PendingStep = (time: Timestamp, step: KubeletStep, key: String, position: Int)
        func pendingSteps(of containers: [JSONValue]) -> [PendingStep] {
            var steps: [PendingStep] = []
            let possible = possibleSteps(of: uid)
            for (position, container) in containers.enumerated() {
                let name = container["name"].string ?? ""
                for (index, step) in KubeletStep.allCases.enumerated() where possible.contains(step) {
                    let key = key(step, index, of: name, at: position)
                    if let time = wakeups[key] { steps.append((time, step, key, position)) }
                }
            }
            return steps
        }
        // The scan that finds no step due also finds the earliest pending one, as nothing changes after it.
        var pending: Timestamp??
        // The pending steps in scan order, with their container's position; read again only once a
        // wake-up was written since (most steps that start a container schedule nothing).
        var found: [PendingStep] = []
        var foundAtWrites: Int?
        var foundFor = 0  // how many containers the pod had then
        while let pod = lookup(.pods, namespace, name), pod.uid == uid, pod.deletionTimestamp == nil {
            let containers = pod.allKubeletContainers
            if foundAtWrites != wakeups.writes || foundFor != containers.count {
                foundFor = containers.count
                found = pendingSteps(of: containers)
            }
            var next: Int?
            var soonest: Timestamp?
            for (index, entry) in found.enumerated() {
                if soonest == nil || entry.time < soonest! { soonest = entry.time }
                guard entry.time <= now else { continue }
                if next == nil || entry.time < found[next!].time { next = index }
            }
            guard let next else {
                pending = .some(soonest)
                break
            }
            let (_, step, key, position) = found.remove(at: next)
            cancelWakeup(for: key)
            foundAtWrites = wakeups.writes
            take(step, pod: pod, container: containers[position], node: node)
        }
        let earliest: Timestamp? =
            pending ?? pendingSteps(of: lookup(.pods, namespace, name)?.allKubeletContainers ?? []).map(\.time).min()
        if let earliest { wake(at: earliest, for: KubeletStep.podKey(uid)) } else { cancelWakeup(for: KubeletStep.podKey(uid)) }
    }

    private func take(_ step: KubeletStep, pod: KubeObject, container: JSONValue, node: String) {
        switch step {
        case .sandbox:
            if let nodeObject = lookup(.nodes, nil, node) { _ = startSandbox(of: pod, on: nodeObject) }
        case .pull: ensureImage(of: container, in: pod, node: node)
        case .pulled: finishPull(of: container, in: pod, node: node, downloaded: true)
        case .verified: finishPull(of: container, in: pod, node: node, downloaded: false)
        case .pullFailed: failPull(of: container, in: pod, node: node)
        case .pullSync: syncPullBackOff(of: container, in: pod, node: node)
        case .exit: exitContainer(container, in: pod, node: node)
        case .oomKill: oomKill(container, in: pod, node: node)
        case .startupProbe: runProbe(.startup, of: container, in: pod, node: node)
        case .readinessProbe: runProbe(.readiness, of: container, in: pod, node: node)
        case .livenessProbe: runProbe(.liveness, of: container, in: pod, node: node)
        case .killed: containerKilled(container, in: pod, node: node)
        case .respec: syncChangedContainer(container, in: pod, node: node)
        }
    }

    /// No step key built yet, for each step of a container.
    private static let noStepKeys = [String?](repeating: nil, count: KubeletStep.allCases.count)

    /// Asks for `step` of one container at `time`.
    func schedule(_ step: KubeletStep, _ uid: String, _ container: String, at time: Timestamp) {
        noteStep(step, of: uid)
        wake(at: time, for: step.key(uid, container))
        let podKey = KubeletStep.podKey(uid)
        if let current = wakeups[podKey], current <= time { return }
        wake(at: time, for: podKey)
    }

    /// Forgets every pending step of a pod (it is being deleted).
    func cancelKubeletSteps(of pod: KubeObject) {
        for container in pod.allKubeletContainers {
            for step in KubeletStep.allCases {
                cancelWakeup(for: step.key(pod.uid, container["name"].string ?? ""))
                probeWorkers[step.key(pod.uid, container["name"].string ?? "")] = nil
            }
        }
        cancelWakeup(for: KubeletStep.podKey(pod.uid))
        forgetSteps(of: pod.uid)
    }

    /// Records an event about one container of a pod, as the node's kubelet reports it.
    /// `fieldPath` is the container's, when the caller has it already (`KubeObject.fieldPath(of:)`).
    func recordContainerEvent(
        _ pod: KubeObject, _ container: String, reason: String, message: String, type: String = "Normal", node: String,
        fieldPath: String? = nil
    ) {
        recordEvent(
            pod, reason: reason, message: message, type: type, source: EventSource(component: "kubelet", host: node),
            fieldPath: fieldPath ?? pod.fieldPath(of: container))
    }
}

extension KubeObject {
    /// The images of a pod's containers.
    var images: Set<String> { Set(self[path: "spec.containers"].array.compactMap { $0["image"].string }) }

    /// Init containers, then app containers: the order the kubelet starts them in.
    var kubeletContainers: [JSONValue] {
        let initContainers = value.member("spec", "initContainers").array
        let containers = value.member("spec", "containers").array
        return initContainers.isEmpty ? containers : initContainers + containers
    }

    /// How events name one of the pod's containers: `spec.containers{web}`, `spec.initContainers{setup}`,
    /// `spec.ephemeralContainers{debugger-x2k4p}`.
    func fieldPath(of container: String) -> String {
        let list =
            isInitContainer(container)
            ? "spec.initContainers" : isEphemeralContainer(container) ? "spec.ephemeralContainers" : "spec.containers"
        // Its storage allocated once: every event about a container names it.
        return .concatenating(list, "{", container, "}")
    }

    /// Whether `name` is one of the pod's init containers.
    func isInitContainer(_ name: String) -> Bool {
        value.member("spec", "initContainers").array.contains { $0["name"].string == name }
    }

    /// A node's InternalIP address.
    var internalIP: String {
        value.member("status", "addresses").array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
    }
}
