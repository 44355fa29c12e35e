import Cluster
import KubeAPI

/// `kubectl create KIND NAME ...`: the generator subcommands, each with its own flags; without a
/// kind, `create -f` writes manifests (see `Apply`).
enum Create {
    /// One `kubectl create` subcommand: its names, the flags it takes, and what it does.
    struct Subcommand: Sendable {
        var names: [String]
        var flags: [FlagSpec]
        /// When set, flags of other subcommands are refused as kubectl refuses unknown flags.
        var strictFlags = true
        var run: @Sendable (VerbContext, [String]) throws(KubectlFailure) -> Int32
    }

    static let subcommands: [Subcommand] = [
        Subcommand(names: ["deployment", "deploy"], flags: CreateDeployment.flags, run: CreateDeployment.run),
        Subcommand(names: CreateJob.kinds, flags: [image] + CreateJob.flags, run: CreateJob.run),
        Subcommand(names: CreateCronJob.kinds, flags: [image] + CreateCronJob.flags, run: CreateCronJob.run),
        Subcommand(names: CreateNamespace.kinds, flags: [], run: CreateNamespace.run),
        Subcommand(names: ["service", "svc"], flags: CreateService.flags, strictFlags: false, run: CreateService.run),
        Subcommand(names: ["configmap", "cm"], flags: CreateConfigMap.flags, run: CreateConfigMap.run),
        Subcommand(names: ["secret"], flags: CreateSecret.flags, strictFlags: false, run: CreateSecret.run),
        Subcommand(names: ["serviceaccount", "sa"], flags: [], run: CreateServiceAccount.run),
        Subcommand(names: ["token"], flags: CreateToken.flags, strictFlags: false, run: CreateToken.run),
        Subcommand(names: ["ingress", "ing"], flags: CreateIngress.flags, run: CreateIngress.run),
        Subcommand(names: ["quota", "resourcequota"], flags: CreateQuota.flags, run: CreateQuota.run),
        Subcommand(names: CreatePriorityClass.kinds, flags: CreatePriorityClass.flags, run: CreatePriorityClass.run),
        Subcommand(names: CreatePodDisruptionBudget.kinds, flags: CreatePodDisruptionBudget.flags, run: CreatePodDisruptionBudget.run),
        Subcommand(names: ["role"], flags: CreateRole.flags, run: CreateRole.runRole),
        Subcommand(names: ["clusterrole"], flags: CreateRole.flags + [FlagSpec("non-resource-url", nil, .stringArray), CreateClusterRoleAggregation.flag],
                   run: CreateRole.runClusterRole),
        Subcommand(names: ["rolebinding"], flags: CreateRoleBinding.flags + [FlagSpec("role")], run: CreateRoleBinding.runRoleBinding),
        Subcommand(names: ["clusterrolebinding"], flags: CreateRoleBinding.flags, run: CreateRoleBinding.runClusterRoleBinding),
    ]

    static let image = FlagSpec("image", nil, .stringArray)

    /// Flags every generator takes.
    static let commonFlags: [FlagSpec] = [
        FlagSpec.dryRun, FlagSpec("output", "o"), FlagSpec("save-config", nil, .bool), FlagSpec("field-manager"),
        FlagSpec.validate,
    ] + OutputFormat.templateFlags

    static let verb = Verb(
        name: "create", flags: allFlags, help: KubectlHelp.create, usagePath: usagePath,
        ownFlags: { words in words.first.flatMap { kind in subcommands.first { $0.names.contains(kind) } }.map { $0.flags + commonFlags } }
    ) { context throws(KubectlFailure) in
        guard let kind = context.flags.positionals.first,
            let sub = subcommands.first(where: { $0.names.contains(kind) })
        else {
            try context.flags.refuseOthers(than: fileFlags + commonFlags, command: "create")
            if context.flags.bool("edit"), (context.flags.string("raw") ?? "").isEmpty { return noEditor(context) }
            return try Apply.run(context, creating: true)
        }
        if sub.strictFlags { try checkFlags(context.flags, allowed: sub.flags, command: "create \(sub.names[0])") }
        return try sub.run(context, Array(context.flags.positionals.dropFirst()))
    }

    /// `create -f FILE --edit` would open the manifests in an editor first; the lab has none.
    private static func noEditor(_ context: VerbContext) -> Int32 {
        let file = context.flags.strings("filename").first ?? "FILE"
        context.io.err(
            """
            error: kubectl create --edit opens the manifest in a text editor, and this lab has none.
            Change the file instead, then create from it:
              cat > \(file) <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
              kubectl create -f \(file)

            """)
        return 1
    }

    /// `create KIND [TYPE]` for the subcommand the words name, as cobra's command path.
    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let kind = words.first, let sub = subcommands.first(where: { $0.names.contains(kind) }) else { return nil }
        let typed: [String: [String]] = [
            "service": CreateService.types.map(\.command), "secret": ["generic", "tls", "docker-registry"],
        ]
        if words.count > 1, typed[sub.names[0]]?.contains(words[1]) == true { return "create \(sub.names[0]) \(words[1])" }
        return "create \(sub.names[0])"
    }

    /// `create -f`'s own flags: the manifests', --edit (refused: the lab has no editor) and the
    /// editor's line endings, and --raw.
    static let fileFlags = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"), FlagSpec("recursive", "R", .bool),
        FlagSpec("selector", "l"), FlagSpec("edit", nil, .bool), FlagSpec("windows-line-endings", nil, .bool),
        FlagSpec("raw"), ChangeCause.flag,
    ]

    /// Every flag of every subcommand, each once, so one parse serves them all.
    static let allFlags: [FlagSpec] = {
        var seen = Set<String>()
        let all = fileFlags + commonFlags + subcommands.flatMap(\.flags)
        return all.filter { seen.insert($0.long).inserted }
    }()

    /// Refuses a flag the subcommand does not have, as its own flag set would.
    static func checkFlags(_ flags: ParsedFlags, allowed: [FlagSpec], command: String) throws(KubectlFailure) {
        try flags.refuseOthers(than: allowed + commonFlags, command: command)
    }

    /// The generators read `--validate` right after the output format, so a bad value is refused
    /// even for a client dry run.
    static func checkValidation(_ flags: ParsedFlags) throws(KubectlFailure) {
        _ = try Apply.fieldValidation(flags.string("validate"))
    }

    /// `NameFromCommandArgs`: exactly one NAME before any `--` (`arguments` are the words before it).
    static func name(_ arguments: [String], flags: ParsedFlags, command: String) throws(KubectlFailure) -> String {
        guard arguments.count == 1, let name = arguments.first else {
            throw .validation("exactly one NAME is required, got \(arguments.count)", verb: command)
        }
        return name
    }

    /// A comma-separated list flag (pflag's StringSlice), every occurrence.
    static func slice(_ flags: ParsedFlags, _ name: String) -> [String] {
        flags.strings(name).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A group of subcommands (`create secret`, `create service`): help without a kind, an error
    /// for an unknown one. The group itself has only the global flags, so without a known kind
    /// any other flag is cobra's unknown flag, found before anything else.
    static func dispatch(
        _ context: VerbContext, _ arguments: [String], command: String, help: String, kinds: [String],
        run: (String, [String]) throws(KubectlFailure) -> Int32
    ) throws(KubectlFailure) -> Int32 {
        if arguments.first.map(kinds.contains) != true { try context.flags.refuseOthers(than: [], command: command) }
        guard let kind = arguments.first else {
            context.io.err(help)
            return 1
        }
        guard kinds.contains(kind) else {
            throw .validation("unknown command \"\(arguments.joined(separator: " "))\"", verb: command)
        }
        return try run(kind, Array(arguments.dropFirst()))
    }
}
