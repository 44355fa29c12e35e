import KubeAPI

/// Static pods run from the kubelet's manifest folder; the API shows each as a mirror pod
/// (`kubernetes.io/config.mirror`) that the kubelet writes. Deleting a mirror pod stops nothing:
/// the kubelet sees it go (or marked for deletion), deletes it for good (grace period 0) and
/// creates it anew, a new object (new UID and creation time) showing the status of the pod that
/// kept running. Without its Node the kubelet makes no mirror pod; it does once it registers one.
extension Cluster {
    /// What the kubelets keep of their static pods apart from the API objects.
    struct StaticPodBook: Sendable {
        /// The UID each recreated mirror pod's runtime sandbox was made under, by the mirror's UID.
        var runtimeUIDs: [String: String] = [:]
        /// Static pods whose mirror pod is gone while their node is, by node name.
        var unmirrored: [String: [KubeObject]] = [:]
        /// The pending kubelet steps of those static pods, put aside until they have a mirror again.
        var parkedWakeups: [String: Timestamp] = [:]
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
            for (key, time) in staticPods.parkedWakeups where key.contains(pod.uid) {
                staticPods.parkedWakeups[key] = nil
                wakeups[key] = time
            }
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
        guard var created = createOwned(mirror, as: .pods) else { return }
        created.value["status"] = pod.value["status"]
        save(.pods, created)
        moveKubeletState(from: pod.uid, to: created.uid)
        staticPods.runtimeUIDs[created.uid] = runtimeUID(of: pod)
        staticPods.runtimeUIDs[pod.uid] = nil
    }

    /// Keeps a static pod whose node is gone, its pending kubelet steps put aside with it.
    private func parkStaticPod(_ pod: KubeObject, on node: String) {
        staticPods.unmirrored[node, default: []].append(pod)
        for (key, time) in wakeups where key.contains(pod.uid) {
            wakeups[key] = nil
            staticPods.parkedWakeups[key] = time
        }
    }

    /// Renames what the kubelet keeps by a pod's UID (pending steps, probe counts, environments,
    /// logs, startup tracking) to the UID of the pod's new mirror.
    private func moveKubeletState(from old: String, to new: String) {
        func renamed(_ key: String) -> String { key.replacing(old, with: new) }
        for (key, time) in wakeups where key.contains(old) {
            wakeups[key] = nil
            wakeups[renamed(key)] = max(time, now)
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
