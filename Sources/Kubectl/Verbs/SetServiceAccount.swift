import Cluster
import KubeAPI

/// `kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT` (alias `sa`): the
/// service account a pod or a workload's pod template runs as.
enum SetServiceAccount {
    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("local", nil, .bool), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("field-manager"), ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let dryRun = try context.dryRun()
        let local = flags.bool("local")
        if local && dryRun == .server { throw .error(localServerDryRun) }
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        guard let account = flags.positionals.last else { throw .error("serviceaccount is required") }
        // With --local, kubectl's builder reads the manifests only and passes over resource arguments.
        let resources = local ? [] : Array(flags.positionals.dropLast())
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        let targets = try SetVerb.targets(resources, context, local: local)
        let patcher = try SetPatcher(context, operation: "serviceaccount updated", sendsUnchanged: true) {
            .plain("failed to patch ServiceAccountName \($0.message)")
        }
        for (type, object) in targets {
            try patcher.patch(type, object) { updated in
                guard let specPath = SetVerb.podSpecPath(type) else {
                    return patcher.refusal(type, object, SetVerb.notPodTemplate(type))
                }
                updated[path: "\(specPath).serviceAccountName"] = account.isEmpty ? .null : .string(account)
                return nil
            }
        }
        try patcher.finish()
        return 0
    }

    static let localServerDryRun = "cannot specify --local and --dry-run=server - did you mean --dry-run=client?"
}
