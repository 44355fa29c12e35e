import Cluster
import KubeAPI

/// `kubectl create rolebinding|clusterrolebinding NAME --role|--clusterrole=NAME [--user] [--group]
/// [--serviceaccount=ns:name]`: a binding whose subjects are users, then groups, then service accounts.
enum CreateRoleBinding {
    static let flags: [FlagSpec] = [
        FlagSpec("clusterrole"), FlagSpec("user", nil, .stringArray), FlagSpec("group", nil, .stringArray),
        FlagSpec("serviceaccount", nil, .stringArray),
    ]

    @Sendable static func runRoleBinding(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create rolebinding")
        let role = context.flags.string("role") ?? ""
        let clusterRole = context.flags.string("clusterrole") ?? ""
        guard role.isEmpty != clusterRole.isEmpty else {
            throw .error("exactly one of clusterrole or role must be specified")
        }
        let ref = role.isEmpty ? ("ClusterRole", clusterRole) : ("Role", role)
        return try create(name: name, kind: "RoleBinding", type: .roleBindings, ref: ref, context: context)
    }

    @Sendable static func runClusterRoleBinding(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        // cobra checks the required flag before the command looks at its arguments.
        guard context.flags.isSet("clusterrole") else { throw .error("required flag(s) \"clusterrole\" not set") }
        let name = try Create.name(arguments, flags: context.flags, command: "create clusterrolebinding")
        let ref = ("ClusterRole", context.flags.string("clusterrole") ?? "")
        return try create(name: name, kind: "ClusterRoleBinding", type: .clusterRoleBindings, ref: ref, context: context)
    }

    private static func create(
        name: String, kind: String, type: ResourceType, ref: (kind: String, name: String), context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        let rbac: JSONValue = "rbac.authorization.k8s.io"
        var subjects: [JSONValue] = []
        for user in context.flags.strings("user") {
            subjects.append(["kind": "User", "apiGroup": rbac, "name": .string(user)])
        }
        for group in context.flags.strings("group") {
            subjects.append(["kind": "Group", "apiGroup": rbac, "name": .string(group)])
        }
        for account in context.flags.strings("serviceaccount") {
            let parts = account.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw .error("serviceaccount must be <namespace>:<name>")
            }
            subjects.append(["kind": "ServiceAccount", "name": .string(String(parts[1])), "namespace": .string(String(parts[0]))])
        }
        var binding: JSONValue = [
            "kind": .string(kind), "apiVersion": rbac.string.map { .string("\($0)/v1") } ?? nil,
            "metadata": ["name": .string(name), "creationTimestamp": nil],
        ]
        if !subjects.isEmpty { binding["subjects"] = .array(subjects) }
        binding["roleRef"] = ["apiGroup": rbac, "kind": .string(ref.kind), "name": .string(ref.name)]
        return try ObjectOutput.create(KubeObject(binding), type: type, context: context) { error in
            .error("failed to create \(kind.lowercased()): \(error.message)")
        }
    }
}
