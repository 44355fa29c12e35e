import Cluster
import KubeAPI

/// The container `kubectl exec` (and `cp`, which execs `tar`) runs in: the pod must be running,
/// the container is the one `-c` names or the default one, and it must be running too.
struct ExecTarget {
    var pod: KubeObject
    var container: String

    /// `defaultedNotice` is where kubectl says which container it picked when the pod has
    /// several (nil keeps quiet, as `exec -q` does).
    init(
        namespace: String, podName: String, container requested: String?, _ context: VerbContext,
        defaultedNotice: StandardStream?
    ) throws(KubectlFailure) {
        let cluster = try context.cluster
        do {
            try cluster.authorize(AccessRequest(verb: "get", .pods, namespace: namespace, name: podName), as: context.user)
            pod = try cluster.get(.pods, namespace: namespace, name: podName)
        } catch {
            throw .server(error)
        }
        let phase = pod[path: "status.phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .error("cannot exec into a container in a completed pod; current phase is \(phase)")
        }
        let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
        if let requested {
            guard containers.contains(requested) else { throw .error("container \(requested) not found in pod \(podName)") }
            container = requested
        } else {
            container = pod.annotations["kubectl.kubernetes.io/default-container"] ?? containers.first ?? ""
            if containers.count > 1, let defaultedNotice {
                context.io.sink.write(
                    "Defaulted container \"\(container)\" out of: \(containers.joined(separator: ", "))\n", to: defaultedNotice)
            }
        }
        let status = pod[path: "status.containerStatuses"].array.first { [container] in $0["name"].string == container }
        // The exec itself is a create on the pod's `exec` subresource.
        try context.authorize(AccessRequest(verb: "create", .pods, subresource: "exec", namespace: namespace, name: podName))
        guard status?[path: "state.running"].isNull == false, context.executor != nil else {
            throw .error("unable to upgrade connection: container not found (\"\(container)\")")
        }
    }
}
