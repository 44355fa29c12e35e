import Cluster
import KubeAPI

/// `kubectl debug POD --image=IMAGE`: adds an ephemeral container to the pod as kubectl does,
/// with a strategic merge patch (the pod as read against the pod with the new container) sent
/// to the pod's `ephemeralcontainers` subresource.
extension Debug.Options {
    func addEphemeralContainer(to pod: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> (pod: KubeObject, container: String) {
        let name = debugContainerName(in: pod, context)
        var container = newContainer(named: name)
        if !target.isEmpty { container["targetContainerName"] = .string(target) }
        var debugged = pod.value
        debugged[path: "spec.ephemeralContainers"] = .array(pod.ephemeralContainers + [container])
        profile.apply(to: &debugged, container: name, style: .ephemeral)
        try custom?.apply(to: &debugged, container: name, list: "ephemeralContainers", context)
        let cluster = try context.cluster
        do {
            let patch = try ThreeWayMergePatch.create(
                original: pod.value, modified: debugged, current: pod.value, meta: cluster.patchMeta(for: .pods))
            let patched = try cluster.patchEphemeralContainers(
                patch, namespace: pod.namespace ?? context.namespace, name: pod.name, as: context.user)
            return (patched, name)
        } catch let error as APIError {
            throw .server(error)
        } catch let error as PatchError {
            throw .error("error creating patch to add debug container: \(error.message)")
        } catch {
            throw .error("\(error)")
        }
    }
}
