import Cluster
import KubeAPI

/// `kubectl label TYPE NAME KEY=VALUE ... KEY-`: sets or removes labels on objects, refusing to
/// change a label's value unless `--overwrite` is given (`pkg/cmd/label`).
enum Label {
    static let verb = Verb(name: "label", flags: flags, help: KubectlHelp.label) { context throws(KubectlFailure) in
        try run(context)
    }

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let (resources, pairs) = try split(context.flags.positionals, changing: "label")
        guard !resources.isEmpty else { throw .error(resourceRequired) }
        guard !pairs.isEmpty else { throw .error(updateRequired) }
        let change = try LabelChange.parse(pairs)
        let dryRun = try DryRun.parse(context.flags.string("dry-run"))
        let overwrite = context.flags.bool("overwrite")
        let request = try ResourceRequest.parse(resources)
        let selector = try SelectorQuery(context.flags)
        try request.forEachSelected(context, all: context.flags.bool("all"), selector: selector) {
            type, object throws(KubectlFailure) in
            try label(object, type: type, change: change, overwrite: overwrite, dryRun: dryRun, context: context)
        }
        return 0
    }

    static let flags: [FlagSpec] = [
        FlagSpec("overwrite", nil, .bool), FlagSpec("dry-run"), FlagSpec("output", "o"), FlagSpec("selector", "l"),
        FlagSpec("all", nil, .bool), FlagSpec("resource-version"), FlagSpec("filename", "f", .stringArray),
        FlagSpec("field-selector"),
    ] + OutputFormat.templateFlags

    /// Labels one object and prints `kind/name labeled` (or `unlabeled`, `not labeled`).
    private static func label(
        _ object: KubeObject, type: ResourceType, change: LabelChange, overwrite: Bool, dryRun: DryRun,
        context: VerbContext
    ) throws(KubectlFailure) {
        let current = object.labels
        for key in change.removals where current[key] == nil { context.io.out("label \"\(key)\" not found.\n") }
        if !overwrite {
            let clashes = change.settings.filter { current[$0.key] != nil && current[$0.key] != $0.value }
            if let clash = clashes.first {
                throw .error("'\(clash.key)' already has a value (\(current[clash.key] ?? "")), and --overwrite is false")
            }
        }
        var labels = current
        for (key, value) in change.settings { labels[key] = value }
        for key in change.removals { labels[key] = nil }
        var updated = object
        updated.labels = labels
        let message: String
        if labels == current {
            message = "not labeled"
        } else {
            message = !overwrite && labels.count < current.count ? "unlabeled" : "labeled"
            if dryRun == .none {
                let cluster = try context.cluster
                do {
                    try cluster.replace(updated)
                } catch {
                    throw .server(error)
                }
            }
        }
        context.io.out("\(type.qualifiedKind)/\(object.name) \(message)\(dryRun.suffix)\n")
    }

    /// `GetResourcesAndPairs`: resource arguments first, then `KEY=VALUE` and `KEY-` arguments.
    static func split(
        _ arguments: [String], changing word: String
    ) throws(KubectlFailure) -> (resources: [String], pairs: [String]) {
        var resources: [String] = []
        var pairs: [String] = []
        for argument in arguments {
            let isPair =
                (argument.contains("=") && !argument.hasPrefix("=")) || (argument.hasSuffix("-") && argument != "-")
            if isPair {
                pairs.append(argument)
            } else if !pairs.isEmpty {
                throw .error("all resources must be specified before \(word) changes: \(argument)")
            } else {
                resources.append(argument)
            }
        }
        return (resources, pairs)
    }

    static let updateRequired = "at least one label update is required"
    static let resourceRequired = "one or more resources must be specified as <resource> <name> or <resource>/<name>"
}

/// The labels a `kubectl label` command sets and removes.
struct LabelChange {
    var settings: [(key: String, value: String)] = []
    var removals: [String] = []

    static func parse(_ pairs: [String]) throws(KubectlFailure) -> LabelChange {
        var change = LabelChange()
        for pair in pairs {
            if let equals = pair.firstIndex(of: "=") {
                let key = String(pair[..<equals])
                let value = String(pair[pair.index(after: equals)...])
                guard !value.contains("=") else { throw .error("invalid label spec: \(pair)") }
                change.settings.append((key, value))
            } else {
                change.removals.append(String(pair.dropLast()))
            }
        }
        if change.settings.contains(where: { change.removals.contains($0.key) }) {
            throw .error("can not both modify and remove a label in the same command")
        }
        return change
    }
}
