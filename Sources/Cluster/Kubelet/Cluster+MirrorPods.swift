import KubeAPI

/// Static pods run from the kubelet's manifest folder; the API shows each as a mirror pod
/// (`kubernetes.io/config.mirror`) that the kubelet writes. Deleting a mirror pod stops nothing:
/// the kubelet sees it go (or marked for deletion), deletes it for good (grace period 0) and
/// creates it anew, a new object (new UID and creation time), `Pending` as any new pod until the
/// kubelet's status manager writes the running pod's status at its next full sync (every 10 s
/// from the kubelet's start). Without its Node the kubelet makes no mirror pod; it does once it
/// registers one.
extension Cluster {
    /// What the kubelets keep of their static pods apart from the API objects.
    struct StaticPodBook: Sendable {
        /// The UID each recreated mirror pod's runtime sandbox was made under, by the mirror's UID.
        var runtimeUIDs: [String: String] = [:]
        /// Static pods whose mirror pod is gone while their node is, by node name.
        var unmirrored: [String: [KubeObject]] = [:]
        /// The pending kubelet steps of static pods without a mirror or whose new mirror awaits its
        /// status, put aside meanwhile.
        var parkedWakeups: [String: Timestamp] = [:]
        /// The status of the static pod a new mirror pod is to get, by the mirror's UID.
        var awaitedStatuses: [String: JSONValue] = [:]
    }

    /// Whether `pod` is a static pod's mirror.
    static func isMirrorPod(_ pod: KubeObject) -> Bool {
        pod.annotations[ServiceAccountAdmission.mirrorPodAnnotation] != nil
    }

    /// The UID the container runtime knows a pod's sandbox by: a recreated mirror pod's static
    /// pod keeps the sandbox it ran in.
    public func runtimeUID(of pod: KubeObject) -> String {
        staticPods.runtimeUIDs[pod.uid] ?? pod.uid
    }

    /// The kubelet's answer to a mirror pod being deleted: the pod goes at once and comes back as
    /// a new mirror pod while the static pod runs on. False when this is no mirror pod, or no
    /// running kubelet sees it go (then it is deleted as any pod is).
    func replaceDeletedMirrorPod(_ pod: KubeObject) -> Bool {
        guard Self.isMirrorPod(pod), pod.finalizerNames.isEmpty, let node = pod.nodeName, nodeContainers[node] != nil,
            !isPodSyncStopped(node), !pod.isFinished
        else { return false }
        store.remove(.pods, namespace: pod.namespace, name: pod.name)
        let pod = runningStaticPod(of: pod)
        if let nodeObject = lookup(.nodes, nil, node), nodeObject.deletionTimestamp == nil {
            recreateMirrorPod(of: pod, on: nodeObject)
        } else {
            parkStaticPod(pod, on: node)
        }
        return true
    }

    /// Creates the mirror pods of a node's static pods that lost theirs while it had no Node.
    func recreateMirrorPods(on node: KubeObject) {
        let parked = staticPods.unmirrored.removeValue(forKey: node.name) ?? []
        for pod in parked {
            unparkWakeups(of: pod.uid)
            if lookup(.pods, pod.namespace, pod.name) == nil { recreateMirrorPod(of: pod, on: node) }
        }
    }

    /// The new mirror pod: the static pod's spec and metadata, owned by the node as it is now,
    /// with the running pod's status; the kubelet's bookkeeping follows it to its new UID.
    private func recreateMirrorPod(of pod: KubeObject, on node: KubeObject) {
        var mirror = pod
        for field in ["uid", "resourceVersion", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields"] {
            mirror.metadata[field] = .null
        }
        mirror[path: "metadata.ownerReferences"] = [
            [
                "apiVersion": "v1", "kind": "Node", "name": .string(node.name), "uid": .string(node.uid), "controller": true,
            ]
        ]
        mirror.value["status"] = .null
        guard let created = createOwned(mirror, as: .pods) else { return }
        moveKubeletState(from: pod.uid, to: created.uid)
        staticPods.runtimeUIDs[created.uid] = runtimeUID(of: pod)
        staticPods.runtimeUIDs[pod.uid] = nil
        staticPods.awaitedStatuses[created.uid] = pod.value["status"]
        parkWakeups(of: created.uid)
        wake(at: nextStatusSync(on: node.name), for: Self.mirrorStatusPrefix + created.uid)
    }

    /// The status manager's next full sync on a node: every 10 s since its kubelet started.
    private func nextStatusSync(on node: String) -> Timestamp {
        guard let container = nodeContainers[node] else { return now.adding(seconds: Self.statusSyncSeconds) }
        let start = container.kubeletRestartedAt ?? container.startedAt
        let period = Self.statusSyncSeconds * 1000
        let elapsed = max(0, now.milliseconds(since: start))
        return start.adding(milliseconds: (elapsed / period + 1) * period)
    }

    /// Writes the status of each new mirror pod whose status sync is due; reports whether any was.
    func writeAwaitedMirrorStatuses() -> Bool {
        var changed = false
        for (uid, status) in staticPods.awaitedStatuses {
            let key = Self.mirrorStatusPrefix + uid
            guard let due = wakeups[key], due <= now else { continue }
            cancelWakeup(for: key)
            staticPods.awaitedStatuses[uid] = nil
            unparkWakeups(of: uid)
            guard let (type, stored) = store.object(uid: uid), type == .pods else { continue }
            var synced = stored
            synced.value["status"] = status
            changed = save(.pods, synced) || changed
        }
        return changed
    }

    /// A pod as the node's runtime holds it: a new mirror pod's static pod runs on meanwhile.
    public func runtimeView(of pod: KubeObject) -> KubeObject {
        guard let status = staticPods.awaitedStatuses[pod.uid] else { return pod }
        var running = pod
        running.value["status"] = status
        return running
    }

    /// Whether a mirror pod is new and waits for its status: its kubelet leaves it alone till then.
    func awaitsStatus(_ pod: KubeObject) -> Bool {
        !staticPods.awaitedStatuses.isEmpty && staticPods.awaitedStatuses[pod.uid] != nil
    }

    /// The mirror pod as its static pod runs: with the status it awaits, if it awaits one.
    private func runningStaticPod(of pod: KubeObject) -> KubeObject {
        let running = runtimeView(of: pod)
        guard staticPods.awaitedStatuses.removeValue(forKey: pod.uid) != nil else { return pod }
        cancelWakeup(for: Self.mirrorStatusPrefix + pod.uid)
        unparkWakeups(of: pod.uid)
        return running
    }

    /// Puts a pod's pending kubelet steps aside.
    private func parkWakeups(of uid: String) {
        for (key, time) in wakeups.all where key.contains(uid) && !key.hasPrefix(Self.mirrorStatusPrefix) {
            wakeups[key] = nil
            staticPods.parkedWakeups[key] = time
        }
    }

    /// Gives a pod its pending kubelet steps back (those overdue fall due at once).
    private func unparkWakeups(of uid: String) {
        for (key, time) in staticPods.parkedWakeups where key.contains(uid) {
            staticPods.parkedWakeups[key] = nil
            wakeups[key] = max(time, now)
            noteStep(inKey: key)
        }
    }

    /// The wake-up of a new mirror pod's status sync, the mirror's UID following.
    static let mirrorStatusPrefix = "kubelet-status/"
    /// How often the kubelet's status manager syncs every pod's status (`syncPeriod`).
    static let statusSyncSeconds: Int64 = 10

    /// Keeps a static pod whose node is gone, its pending kubelet steps put aside with it.
    private func parkStaticPod(_ pod: KubeObject, on node: String) {
        staticPods.unmirrored[node, default: []].append(pod)
        parkWakeups(of: pod.uid)
    }

    /// Renames what the kubelet keeps by a pod's UID (pending steps, probe counts, environments,
    /// logs, startup tracking) to the UID of the pod's new mirror.
    private func moveKubeletState(from old: String, to new: String) {
        func renamed(_ key: String) -> String { key.replacing(old, with: new) }
        for (key, time) in wakeups.all where key.contains(old) {
            wakeups[key] = nil
            wakeups[renamed(key)] = max(time, now)
            noteStep(inKey: renamed(key))
        }
        for (key, worker) in probeWorkers where key.contains(old) {
            probeWorkers[key] = nil
            probeWorkers[renamed(key)] = worker
        }
        for (key, environment) in containerEnvironments where key.contains(old) {
            containerEnvironments[key] = nil
            containerEnvironments[renamed(key)] = environment
        }
        for (key, entries) in processLogs where key.contains(old) {
            processLogs[key] = nil
            processLogs[renamed(key)] = entries
        }
        if let start = kubeProxyStarts.removeValue(forKey: old) { kubeProxyStarts[new] = start }
        if let pulls = podStartupPulls.removeValue(forKey: old) { podStartupPulls[new] = pulls }
    }
}
