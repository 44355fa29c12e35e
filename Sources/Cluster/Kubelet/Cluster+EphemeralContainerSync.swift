import KubeAPI

/// The kubelet's side of ephemeral containers: the sync after one is added reports it waiting
/// and begins on its image at once; from there it is pulled, created and started as any other
/// container, and when its process ends it stays terminated.
extension Cluster {
    /// Reports the pod's newly added ephemeral containers as `ContainerCreating` and asks for
    /// their image step now; returns whether the pod changed.
    func reportEphemeralContainers(of pod: KubeObject) -> Bool {
        let added = pod.unreportedEphemeralContainers
        guard !added.isEmpty else { return false }
        var updated = pod
        var statuses = pod[path: PodStatusWriter.ephemeralStatuses].array
        for container in added {
            statuses.append([
                "image": container["image"], "imageID": "", "lastState": .emptyObject, "name": container["name"],
                "ready": false, "restartCount": 0, "state": ["waiting": ["reason": "ContainerCreating"]],
            ])
            schedule(.pull, pod.uid, container["name"].string ?? "", at: now)
        }
        updated[path: PodStatusWriter.ephemeralStatuses] = .array(statuses)
        return save(.pods, updated)
    }
}
