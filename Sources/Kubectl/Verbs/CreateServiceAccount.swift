import Cluster
import KubeAPI

/// `kubectl create serviceaccount NAME` (alias `sa`): a ServiceAccount with nothing but its name.
enum CreateServiceAccount {
    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create serviceaccount")
        let account = KubeObject([
            "kind": "ServiceAccount", "apiVersion": "v1", "metadata": ["name": .string(name), "creationTimestamp": nil],
        ])
        return try ObjectOutput.create(account, type: .serviceAccounts, context: context) { error in
            .error("failed to create serviceaccount: \(error.message)")
        }
    }
}
