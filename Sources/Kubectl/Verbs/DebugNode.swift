import Cluster
import KubeAPI

/// `kubectl debug node/NAME --image=IMAGE`: creates a pod bound to the node that tolerates
/// every taint and never restarts, named `node-debugger-NODE-xxxxx`; the profile decides its
/// host namespaces and whether the node's root is mounted at `/host`.
extension Debug.Options {
    func debugNode(_ node: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> (pod: KubeObject, container: String) {
        let name = container.isEmpty ? "debugger" : container
        let podName = "node-debugger-\(node.name)-" + context.temporaryNames.suffix(length: 5)
        if !quiet { context.io.out("Creating debugging pod \(podName) with container \(name) on node \(node.name).\n") }
        var pod: JSONValue = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": [
                "name": .string(podName), "namespace": .string(context.namespace),
                "labels": ["app.kubernetes.io/managed-by": "kubectl-debug"],
            ],
            "spec": [
                "containers": [newContainer(named: name)], "nodeName": .string(node.name), "restartPolicy": "Never",
                "tolerations": [["operator": "Exists"]],
            ],
        ]
        profile.apply(to: &pod, container: name, style: .node)
        try custom?.apply(to: &pod, container: name, list: "containers", context)
        let cluster = try context.cluster
        do throws(APIError) {
            return (try context.send(Debug.podCreate(namespace: context.namespace)) { () throws(APIError) in
                try cluster.create(KubeObject(pod), as: context.user)
            }, name)
        } catch {
            throw .server(error)
        }
    }
}
