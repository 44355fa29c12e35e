import Cluster
import KubeAPI

/// `kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILE)`: prints the
/// last-applied-configuration annotation of each live object, as YAML (the default) or JSON. An
/// object named on the command line without the annotation is passed over silently; one from a
/// manifest is an error.
enum ApplyViewLastApplied {
    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"),
        FlagSpec("output", "o"), FlagSpec("recursive", "R", .bool), FlagSpec("selector", "l"),
    ]

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        try context.flags.refuseOthers(than: flags, command: "apply view-last-applied")
        let flags = context.flags
        let output = flags.string("output") ?? "yaml"
        let resources = flags.positionals
        if !ManifestFiles.given(context) && resources.isEmpty { throw KubectlFailure(Delete.noResourceMessage) }
        var configurations: [String] = []
        if ManifestFiles.given(context) {
            try ManifestTargets.forEachSourced(context, resources: resources) { _, object, source throws(KubectlFailure) in
                guard let text = object.annotations[Apply.lastApplied] else { throw missingAnnotation(object, source: source) }
                configurations.append(text)
            }
        } else {
            try ResourceRequest.forEachTarget(resources, context, all: flags.bool("all"), selector: try SelectorQuery(flags)) {
                _, object in
                if let text = object.annotations[Apply.lastApplied] { configurations.append(text) }
            }
        }
        for text in configurations {
            let value: JSONValue
            do {
                value = try YAMLDecoding.documents(text).first ?? .null
            } catch {
                throw .error("\(error)")
            }
            switch output {
            // json.Indent keeps the annotation's key order and its closing newline.
            case "json": context.io.out(JSONPrinter.print(value, unit: "  ") + (text.hasSuffix("\n") ? "\n" : ""))
            case "yaml": context.io.out(YAMLPrinter.print(value.sortedKeys))
            default:
                throw .validation(
                    "Unexpected -o output mode: \(output), the flag 'output' must be one of yaml|json",
                    verb: "apply view-last-applied")
            }
        }
        return 0
    }

    /// An object from a manifest without the annotation stops the command. kubectl words it as
    /// an error about the manifest's source whose cause is nil, and so prints it; an object named
    /// by type and name has no source, so the same nil error lets it pass.
    private static func missingAnnotation(_ object: KubeObject, source: String) -> KubectlFailure {
        .error("error when no last-applied-configuration annotation found on resource: \(object.name)\n \(GoSyntax.quoted(source)): <nil>")
    }
}
