import Cluster
import KubeAPI

/// `kubectl label TYPE NAME KEY=VALUE ... KEY-`: sets or removes labels on objects, refusing to
/// change a label's value unless `--overwrite` is given (`pkg/cmd/label`).
enum Label {
    static let verb = Verb(name: "label", flags: flags, help: KubectlHelp.label) { context throws(KubectlFailure) in
        try run(context)
    }

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let list = flags.bool("list")
        let output = flags.string("output")
        if list && output.map({ !$0.isEmpty }) == true { throw .error("--list and --output may not be specified together") }
        try ObjectOutput.checkFormat(output, context: context)
        let (resources, pairs) = try split(flags.positionals, changing: "label")
        let dryRun = try context.dryRun()
        let local = flags.bool("local")
        if local, let problem = ManifestTargets.localProblem(context, resources: resources, dryRun: dryRun, example: "pod") {
            throw problem
        }
        let fromFiles = ManifestFiles.given(context)
        guard !resources.isEmpty || fromFiles else { throw .error(resourceRequired) }
        guard !pairs.isEmpty || list else { throw .error(updateRequired) }
        let change = try LabelChange.parse(pairs)
        let overwrite = flags.bool("overwrite")
        let request = try ResourceRequest.parse(resources)
        let selector = try SelectorQuery(flags)
        let each = { (type: ResourceType, object: KubeObject) throws(KubectlFailure) in
            guard !list else {
                // One named object is listed bare; otherwise each under a heading, indented.
                let single = fromFiles || (request.groups.count == 1 && request.groups[0].names.count == 1)
                if !single { context.io.out("Listing labels for \(type.kind).\(type.group)/\(object.name):\n") }
                for (key, value) in object.labels.sorted(by: { $0.key < $1.key }) {
                    context.io.out("\(single ? "" : " ")\(key)=\(value)\n")
                }
                return
            }
            try label(object, type: type, change: change, overwrite: overwrite, dryRun: dryRun, local: local, context: context)
        }
        if fromFiles {
            try ManifestTargets.forEach(context, resources: resources, local: local, each)
        } else {
            try request.forEachSelected(
                context, all: flags.bool("all"), allNamespaces: flags.bool("all-namespaces"), selector: selector, each)
        }
        return 0
    }

    static let flags: [FlagSpec] = [
        FlagSpec("overwrite", nil, .bool), FlagSpec.dryRun, FlagSpec("output", "o"), FlagSpec("selector", "l"),
        FlagSpec("all", nil, .bool), FlagSpec("resource-version"), FlagSpec("field-selector"), FlagSpec("list", nil, .bool),
        FlagSpec("local", nil, .bool), ChangeCause.flag, FlagSpec("field-manager"), FlagSpec("all-namespaces", "A", .bool),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    /// Labels one object and prints `kind/name labeled` (or `unlabeled`, `not labeled`); a
    /// `local` one is only changed and printed.
    private static func label(
        _ object: KubeObject, type: ResourceType, change: LabelChange, overwrite: Bool, dryRun: DryRun, local: Bool,
        context: VerbContext
    ) throws(KubectlFailure) {
        let current = object.labels
        if !local {
            for key in change.removals where current[key] == nil { context.io.out("label \"\(key)\" not found.\n") }
        }
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
        let sending = dryRun != .client && !local
        // Only what goes to the server records the command line.
        if sending { ChangeCause(context).record(&updated) }
        let changed = !updated.value.isEquivalent(to: object.value)
        var written = updated
        if changed && sending {
            written = try Annotate.write(updated, type: type, dryRun: dryRun, context: context, manager: "kubectl-label")
        } else if sending {
            // kubectl sends its empty patch all the same, which changes nothing.
            context.requestLog?.answered(
                Annotate.patchRequest(object, type: type, dryRun: dryRun, context: context, manager: "kubectl-label"),
                status: 200)
        }
        _ = try ObjectOutput.print(
            written, type: type, operation: changeMessage(object, updated, changed: changed, overwrite: overwrite), output: context.flags.string("output"), dryRun: dryRun,
            context: context)
    }

    /// `updateDataChangeMsg`: `labeled` when the object changed, or `unlabeled` when, without
    /// `--overwrite`, its JSON got shorter; `not labeled` when it did not change.
    private static func changeMessage(_ old: KubeObject, _ new: KubeObject, changed: Bool, overwrite: Bool) -> String {
        guard changed else { return "not labeled" }
        return !overwrite && GoJSON.marshal(new.value).utf8.count < GoJSON.marshal(old.value).utf8.count ? "unlabeled" : "labeled"
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
                let problems = valueProblems(value)
                guard problems.isEmpty else {
                    throw .error("invalid label value: \(GoSyntax.quoted(pair)): \(problems.joined(separator: ";"))")
                }
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

    /// `IsValidLabelValue`: at most 63 characters, alphanumeric at both ends, `-_.` between.
    static func valueProblems(_ value: String) -> [String] {
        var problems: [String] = []
        if value.count > NameValidation.labelMaxLength { problems.append(NameValidation.maxLength(NameValidation.labelMaxLength)) }
        let alphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let valid = value.isEmpty || (alphanumeric(value.first!) && alphanumeric(value.last!)
            && value.allSatisfy { alphanumeric($0) || "-_.".contains($0) })
        if !valid { problems.append(valueFormat) }
        return problems
    }

    static let valueFormat =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
}
