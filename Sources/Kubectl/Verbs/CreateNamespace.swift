import Cluster
import KubeAPI

/// `kubectl create namespace NAME` (alias `ns`): a Namespace with nothing but its name.
enum CreateNamespace {
    static let kinds = ["namespace", "ns"]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let name = try Create.name(arguments, flags: flags, command: "create namespace")
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let namespace = KubeObject([
            "kind": "Namespace", "apiVersion": "v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": .emptyObject, "status": .emptyObject,
        ])
        return try ObjectOutput.create(namespace, type: .namespaces, context: context)
    }
}
