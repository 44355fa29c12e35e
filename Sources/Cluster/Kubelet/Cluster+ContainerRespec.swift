import KubeAPI

/// A client changing a container's image (`kubectl set image pod/...`, a patch, apply): the
/// pod's kubelet sees the container's definition changed and restarts it with the new image.
extension Cluster {
    /// Asks the kubelet of a bound pod to sync each app container whose image an update changed.
    /// Init containers are left as they are, as the kubelet leaves them once they have run.
    func noteChangedImages(of pod: KubeObject, old: KubeObject) {
        guard pod.nodeName != nil, pod.deletionTimestamp == nil, !pod.isFinished else { return }
        let before = old[path: "spec.containers"].array
        for container in pod[path: "spec.containers"].array {
            let name = container["name"].string ?? ""
            guard let previous = before.first(where: { $0["name"].string == name }), previous["image"] != container["image"]
            else { continue }
            schedule(.respec, pod.uid, name, at: now)
        }
    }

    /// The `respec` step. A running container is stopped (`Killing`, then `killed` once it has
    /// exited or its grace period ends) and started again with its new image; one waiting in a
    /// back-off starts over at once, as the back-off belonged to its old definition.
    func syncChangedContainer(_ container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let status = PodStatusWriter.container(pod, name)
        if !status[path: "state.running"].isNull {
            guard runsOutdatedImage(container, status) else { return }
            recordContainerEvent(
                pod, name, reason: "Killing", message: "Container \(name) definition changed, will be restarted", node: node)
            scheduleKilled(container, in: pod)
        } else if Self.backOffReasons.contains(status[path: "state.waiting.reason"].string ?? "") {
            for step in [KubeletStep.pull, .pullSync, .pullFailed] { cancelWakeup(for: step.key(pod.uid, name)) }
            schedule(.pull, pod.uid, name, at: now)
        }
    }

    /// Whether a container runs another image than its spec names now.
    func runsOutdatedImage(_ container: JSONValue, _ status: JSONValue) -> Bool {
        guard let running = status["image"].string, let image = container["image"].string else { return false }
        return running != imageFacts(image).canonical
    }

    /// The waiting reasons of a container in a back-off the kubelet keeps per definition.
    private static let backOffReasons: Set = ["ErrImagePull", "ImagePullBackOff", "CrashLoopBackOff"]
}
