import KubeAPI

/// The kubelets of every node: they start the containers of pods bound to their node, report
/// pod status, and stop containers of pods being deleted, all in virtual time.
extension Cluster {
    /// Moves each pod on a node one stage along its lifecycle; reports whether any moved.
    func runKubelets() -> Bool {
        var changed = false
        for pod in list(.pods) {
            guard let node = pod.nodeName, let nodeObject = lookup(.nodes, nil, node) else { continue }
            if let stopAt = stoppingPods[pod.uid] {
                if stopAt <= now {
                    stoppingPods[pod.uid] = nil
                    store.remove(.pods, namespace: pod.namespace, name: pod.name)
                    releaseResources(of: pod)
                    changed = true
                }
                continue
            }
            if let startAt = startingPods[pod.uid] {
                if startAt <= now {
                    startingPods[pod.uid] = nil
                    save(.pods, PodStatusWriter.running(pod, since: now, names: &names))
                    nodeImages[node, default: []].formUnion(pod.images)
                    changed = true
                }
                continue
            }
            if pod[path: "status.containerStatuses"].isNull, pod.deletionTimestamp == nil, !pod.isFinished {
                changed = startContainers(of: pod, on: nodeObject) || changed
            }
        }
        return changed
    }

    /// Creates the pod sandbox (IP) and begins pulling and starting its containers.
    private func startContainers(of pod: KubeObject, on node: KubeObject) -> Bool {
        let hostIP = node.internalIP
        let podIP = pod[path: "spec.hostNetwork"].bool == true ? hostIP : ipam.allocate(on: node.name)
        guard let podIP else { return false }
        let present = pod.images.isSubset(of: nodeImages[node.name] ?? [])
        let seconds = present ? startup.imagePresentSeconds : startup.imagePullSeconds
        startingPods[pod.uid] = now.adding(seconds: seconds)
        return save(.pods, PodStatusWriter.creating(pod, hostIP: hostIP, podIP: podIP, at: now))
    }

    /// Marks a pod as terminating; its kubelet removes it once its containers stop.
    /// Returns false when the pod can go at once (not on a node, or a zero grace period).
    func beginGracefulDeletion(of pod: KubeObject, gracePeriodSeconds: Int?) -> Bool {
        let grace = gracePeriodSeconds ?? pod[path: "spec.terminationGracePeriodSeconds"].int ?? 30
        guard pod.nodeName != nil, grace > 0, !pod.isFinished else { return false }
        if pod.deletionTimestamp != nil { return true }
        var terminating = pod
        terminating[path: "metadata.deletionTimestamp"] = .string(now.adding(seconds: Int64(grace)).rfc3339)
        terminating[path: "metadata.deletionGracePeriodSeconds"] = .int(grace)
        save(.pods, terminating)
        startingPods[pod.uid] = nil
        stoppingPods[pod.uid] = now.adding(seconds: min(Int64(grace), Self.containerStopSeconds))
        return true
    }

    /// Deletes a pod on behalf of a controller: gracefully when it runs on a node, else at once.
    func deletePod(_ pod: KubeObject) {
        guard !beginGracefulDeletion(of: pod, gracePeriodSeconds: nil) else { return }
        store.remove(.pods, namespace: pod.namespace, name: pod.name)
        releaseResources(of: pod)
    }

    /// Frees what a deleted pod held on its node.
    func releaseResources(of pod: KubeObject) {
        startingPods[pod.uid] = nil
        stoppingPods[pod.uid] = nil
        if let node = pod.nodeName, pod[path: "spec.hostNetwork"].bool != true, let ip = pod[path: "status.podIP"].string {
            ipam.release(ip, on: node)
        }
    }

    /// How long a container takes to exit after SIGTERM.
    static let containerStopSeconds: Int64 = 1
}

extension KubeObject {
    /// The images of a pod's containers.
    var images: Set<String> { Set(self[path: "spec.containers"].array.compactMap { $0["image"].string }) }

    /// A node's InternalIP address.
    var internalIP: String {
        self[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
    }
}
