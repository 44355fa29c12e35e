import Cluster
import KubeAPI

/// `kubectl set resources TYPE/NAME [--limits=cpu=200m,memory=512Mi] [--requests=...] [-c NAME]`:
/// resource requests and limits of the containers of a pod template.
enum SetResources {
    static let flags: [FlagSpec] = [
        FlagSpec("limits"), FlagSpec("requests"), FlagSpec("containers", "c"), FlagSpec("all", nil, .bool),
        FlagSpec("selector", "l"), FlagSpec.dryRun, FlagSpec("output", "o"), FlagSpec("local", nil, .bool),
        FlagSpec("field-manager"), ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        // Complete: the dry run, the printer, then every object fetched.
        let dryRun = try context.dryRun()
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let resources = flags.positionals
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        if let problem = SetVerb.localProblem(context, resources: resources) { throw problem }
        let local = flags.bool("local")
        let targets = try SetVerb.targets(
            resources, context, local: local, selector: local ? SelectorQuery(label: "") : try SelectorQuery(flags))
        // Validate comes only after, so a missing object is reported before a missing update.
        if local && dryRun == .server { throw .error(SetServiceAccount.localServerDryRun) }
        if flags.bool("all") && !(flags.string("selector") ?? "").isEmpty {
            throw .error("cannot set --all and --selector at the same time")
        }
        let limitsText = flags.string("limits") ?? ""
        let requestsText = flags.string("requests") ?? ""
        guard !limitsText.isEmpty || !requestsText.isEmpty else {
            throw .error("you must specify an update to requests or limits (in the form of --requests/--limits)")
        }
        let limits = try parse(limitsText)
        let requests = try parse(requestsText)
        let selector = flags.string("containers") ?? "*"
        try SetVerb.update(
            context, targets: targets, selector: selector, operation: "resource requirements updated",
            patchFailure: "failed to patch resources update to pod template "
        ) { container throws(KubectlFailure) in
            for (field, values) in [("limits", limits), ("requests", requests)] where !values.isEmpty {
                var merged = container[path: "resources.\(field)"].stringMap
                for (key, value) in values { merged[key] = value }
                container[path: "resources.\(field)"] = .stringMap(merged)
            }
        } noMatch: { _, _ throws(KubectlFailure) in
            throw .error("unable to find container named \(selector)")
        }
        return 0
    }

    /// `cpu=100m,memory=256Mi` as a resource list; each quantity canonical as the API stores it.
    static func parse(_ text: String) throws(KubectlFailure) -> [String: String] {
        guard !text.isEmpty else { return [:] }
        var list: [String: String] = [:]
        for statement in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = statement.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .error("Invalid argument syntax \(statement), expected <resource>=<value>") }
            guard let quantity = Quantity(String(parts[1])) else { throw .error(CreateQuota.quantityFormat) }
            list[String(parts[0])] = quantity.description
        }
        return list
    }
}
