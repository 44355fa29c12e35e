import Cluster
import KubeAPI

/// `kubectl create namespace NAME` (alias `ns`): a Namespace with nothing but its name.
enum CreateNamespace {
    static let kinds = ["namespace", "ns"]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let name = try Create.name(arguments, flags: flags, command: "create namespace")
        let dryRun = try context.dryRun()
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        try Create.checkValidation(flags)
        let namespace = KubeObject([
            "kind": "Namespace", "apiVersion": "v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": .emptyObject, "status": .emptyObject,
        ])
        var created = namespace
        if dryRun != .client {
            created = try context.create(namespace, type: .namespaces, dryRun: dryRun, manager: "kubectl-create") {
                $0.unwrapped
            }
        }
        return try ObjectOutput.printCreated(
            created, type: .namespaces, output: flags.string("output"), dryRun: dryRun, context: context)
    }
}
