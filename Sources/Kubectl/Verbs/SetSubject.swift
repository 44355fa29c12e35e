import Cluster
import KubeAPI

/// `kubectl set subject (-f FILENAME | TYPE NAME) [--user=...] [--group=...]
/// [--serviceaccount=namespace:name]`: adds subjects a RoleBinding or ClusterRoleBinding does not
/// have yet.
enum SetSubject {
    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("selector", "l"), FlagSpec("local", nil, .bool), FlagSpec.dryRun,
        FlagSpec("output", "o"), FlagSpec("field-manager"), FlagSpec("user", nil, .stringArray),
        FlagSpec("group", nil, .stringArray), FlagSpec("serviceaccount", nil, .stringArray),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let dryRun = try context.dryRun()
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let local = flags.bool("local")
        let resources = flags.positionals
        if let problem = SetVerb.localProblem(context, resources: resources) { throw problem }
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        let targets = try SetVerb.targets(
            local ? [] : resources, context, local: local, selector: local ? SelectorQuery(label: "") : try SelectorQuery(flags))
        if local && dryRun == .server { throw .error(SetServiceAccount.localServerDryRun) }
        if flags.bool("all") && !(flags.string("selector") ?? "").isEmpty {
            throw .error("cannot set --all and --selector at the same time")
        }
        let subjects = try wanted(flags, targets: targets, namespace: context.namespace)
        let patcher = try SetPatcher(context, operation: "subjects updated") {
            .plain("failed to patch subjects to rolebinding: \($0.message)")
        }
        for (type, object) in targets {
            try patcher.patch(type, object) { updated in
                guard type == .roleBindings || type == .clusterRoleBindings else {
                    return patcher.refusal(type, object, "setting subjects is only supported for RoleBinding/ClusterRoleBinding")
                }
                let existing = updated.value["subjects"].array
                let added = subjects.filter { subject in !existing.contains { same($0, subject) } }
                if !added.isEmpty { updated.value["subjects"] = .array(existing + added) }
                return nil
            }
        }
        try patcher.finish()
        return 0
    }

    /// The subjects the flags ask for: users, then groups, then service accounts, each sorted
    /// and once; a service account without a namespace is in the command's namespace.
    static func wanted(
        _ flags: ParsedFlags, targets: [(ResourceType, KubeObject)], namespace: String
    ) throws(KubectlFailure) -> [JSONValue] {
        let (users, groups, accounts) = (flags.strings("user"), flags.strings("group"), flags.strings("serviceaccount"))
        guard !users.isEmpty || !groups.isEmpty || !accounts.isEmpty else {
            throw .error("you must specify at least one value of user, group or serviceaccount")
        }
        for account in accounts {
            let parts = account.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty else { throw .error(accountForm) }
            if parts[0].isEmpty && targets.contains(where: { $0.0 == .clusterRoleBindings }) {
                throw .error("\(accountForm), namespace must be specified")
            }
        }
        let rbac: JSONValue = .string(ResourceType.roleBindings.group)
        return sortedOnce(users).map { ["kind": "User", "apiGroup": rbac, "name": .string($0)] }
            + sortedOnce(groups).map { ["kind": "Group", "apiGroup": rbac, "name": .string($0)] }
            + sortedOnce(accounts).map { account in
                let parts = account.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let inNamespace = parts[0].isEmpty ? namespace : parts[0]
                return ["kind": "ServiceAccount", "name": .string(parts[1]), "namespace": .string(inNamespace)]
            }
    }

    /// `sets.NewString(...).List()`: unique, in byte order.
    private static func sortedOnce(_ values: [String]) -> [String] {
        Set(values).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Whether two subjects are the same `rbacv1.Subject` (kind, API group, name, namespace).
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        ["kind", "apiGroup", "name", "namespace"].allSatisfy { (a[$0].string ?? "") == (b[$0].string ?? "") }
    }

    static let accountForm = "serviceaccount must be <namespace>:<name>"
}
