import Cluster
import KubeAPI

/// `kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILE)`: prints the
/// last-applied-configuration annotation of each live object, as YAML (the default) or JSON. An
/// object without the annotation is passed over silently, as kubectl's visitor does.
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
        try ResourceRequest.forEachTarget(resources, context, all: flags.bool("all"), selector: try SelectorQuery(flags)) {
            _, object in
            if let text = object.annotations[Apply.lastApplied] { configurations.append(text) }
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
}
