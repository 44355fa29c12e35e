import Cluster
import KubeAPI

/// `kubectl create namespace NAME` (alias `ns`): a Namespace with nothing but its name.
enum CreateNamespace {
    static let kinds = ["namespace", "ns"]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let name = try Create.name(arguments, flags: flags, command: "create namespace")
        let dryRun = try DryRun.parse(flags.string("dry-run"))
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let namespace = KubeObject([
            "kind": "Namespace", "apiVersion": "v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": .emptyObject, "status": .emptyObject,
        ])
        var created = namespace
        if dryRun != .client {
            let cluster = try context.cluster
            do {
                created = try cluster.create(
                    namespace, dryRun: dryRun == .server, as: context.user,
                    manager: FieldManager(context.flags.string("field-manager") ?? "kubectl-create"))
            } catch {
                throw .server(error)
            }
        }
        return try ObjectOutput.printCreated(
            created, type: .namespaces, output: flags.string("output"), dryRun: dryRun, context: context)
    }
}
