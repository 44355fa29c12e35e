import KubeAPI

/// The memory cgroup's limit: a container whose process holds more than `resources.limits.memory`
/// is killed by the kernel (exit code 137, reason `OOMKilled`) and restarted per the pod's policy.
extension Cluster {
    /// The `oomKill` step.
    func oomKill(_ container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        guard !PodStatusWriter.container(pod, name)[path: "state.running"].isNull else { return }
        cancelWakeup(for: KubeletStep.exit.key(pod.uid, name))
        stopContainer(container, in: pod, node: node, code: 137, reason: "OOMKilled", killed: false)
    }
}
