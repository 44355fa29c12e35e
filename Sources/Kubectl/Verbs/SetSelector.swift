import Cluster
import KubeAPI

/// `kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version]`:
/// replaces a Service's selector with the equality requirements of EXPRESSIONS.
enum SetSelector {
    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("local", nil, .bool), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("field-manager"), FlagSpec("resource-version"), ChangeCause.flag,
        FlagSpec("filename", "f", .stringArray), FlagSpec("recursive", "R", .bool),
    ] + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        var context = context
        // The resource builder flags of this command read directories recursively by default.
        if !context.flags.isSet("recursive") { context.flags.set("recursive", "true", append: false) }
        _ = try context.dryRun()
        // The last argument is the selector; everything before it names resources.
        let resources = Array(context.flags.positionals.dropLast())
        let selector = try context.flags.positionals.last.map(LabelSelectorArgument.parse)
        try ObjectOutput.checkFormat(context.flags.string("output"), context: context)
        guard let selector else { throw .error("one selector is required") }
        if let problem = SetVerb.localProblem(context, resources: resources) { throw problem }
        let local = context.flags.bool("local")
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        let version = context.flags.string("resource-version") ?? ""
        let patcher = try SetPatcher(context, operation: "selector updated", sendsUnchanged: true) {
            .worded($0.kubectlMessage)
        }
        // Objects named by manifests that cannot be fetched come back from the file visitor
        // together, after every other object was visited; named ones one at a time.
        var unread: [KubectlFailure] = []
        let fromManifests = ManifestFiles.given(context)
        try ResourceRequest.forEachTarget(
            resources, context, all: context.flags.bool("all"), selector: SelectorQuery(label: ""), local: local,
            fetchFailed: { failure in fromManifests ? unread.append(failure) : patcher.gather(failure) },
            accept: ServerRequest.MediaTypes.any
        ) { type, object throws(KubectlFailure) in
            try patcher.patch(type, object) { updated in
                if !version.isEmpty { updated[path: "metadata.resourceVersion"] = .string(version) }
                return apply(selector, to: &updated, type: type)
            }
        }
        if !unread.isEmpty { patcher.gather(group: unread) }
        try patcher.finish()
        return 0
    }

    /// Sets a Service's `spec.selector` to the selector's `matchLabels` (none: no selector at
    /// all); any other kind, or set-based requirements, is the failure instead.
    static func apply(_ selector: JSONValue, to object: inout KubeObject, type: ResourceType) -> GatheredError? {
        guard type == .services else { return .plain("setting a selector is only supported for Services") }
        let expressions = selector["matchExpressions"].array
        guard expressions.isEmpty else {
            return .plain("match expression [\(expressions.map(described).joined(separator: " "))] not supported on this object")
        }
        let labels = selector["matchLabels"]
        object[path: "spec.selector"] = labels.stringMap.isEmpty ? .null : labels
        return nil
    }

    /// A `LabelSelectorRequirement` as Go's `%v` prints the struct: `{key Operator [values]}`.
    private static func described(_ expression: JSONValue) -> String {
        let values = expression["values"].array.compactMap(\.string).joined(separator: " ")
        return "{\(expression["key"].string ?? "") \(expression["operator"].string ?? "") [\(values)]}"
    }
}
