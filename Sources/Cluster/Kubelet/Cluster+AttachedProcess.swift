import KubeAPI

/// A container process that ends because the session attached to it did: the shell of
/// `kubectl run -it` exits, and the kubelet sees the container stop with the shell's status.
extension Cluster {
    public func endAttachedProcess(namespace: String, pod name: String, container: String, code: Int) {
        guard let pod = lookup(.pods, namespace, name), let node = pod.nodeName,
            let spec = pod.containerSpec(named: container),
            !PodStatusWriter.container(pod, container)[path: "state.running"].isNull
        else { return }
        stopContainer(spec, in: pod, node: node, code: code, reason: nil, killed: false)
        reconcile()
    }
}
