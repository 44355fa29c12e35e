import Cluster
import KubeAPI

/// `kubectl set env TYPE/NAME KEY=VALUE ... KEY- [--from=configmap/NAME|secret/NAME] [--list]`:
/// environment variables of the containers of a pod template.
enum SetEnv {
    static let flags: [FlagSpec] = [
        FlagSpec("containers", "c"), FlagSpec("from"), FlagSpec("prefix"), FlagSpec("env", "e", .stringArray),
        FlagSpec("keys", nil, .stringArray), FlagSpec("list", nil, .bool), FlagSpec("resolve", nil, .bool),
        FlagSpec("overwrite", nil, .bool), FlagSpec("all", nil, .bool), FlagSpec("selector", "l"),
        FlagSpec.dryRun, FlagSpec("output", "o"), FlagSpec("local", nil, .bool), FlagSpec("field-manager"),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        // Complete reads the dry run first; the patcher reads it again without a word.
        let dryRun = try context.dryRun()
        if flags.bool("all") && flags.isSet("selector") { throw .error("cannot set --all and --selector at the same time") }
        let (resources, arguments) = try split(flags.positionals)
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        if flags.bool("local") && dryRun == .server { throw .error(SetServiceAccount.localServerDryRun) }
        // Only -f counts here: kubectl's check forgets -k.
        guard !resources.isEmpty || !flags.strings("filename").isEmpty else { throw .error(Label.resourceRequired) }
        if flags.bool("list") && flags.isSet("output") { throw .error("--list and --output may not be specified together") }
        if flags.isSet("keys") && !flags.isSet("from") {
            throw .error("when specifying --keys, a configmap or secret must be provided with --from")
        }
        var (env, removals) = try parse(flags.strings("env") + arguments)
        if let from = flags.string("from"), !from.isEmpty { env += try referenced(from, context: context) }
        if let prefix = flags.string("prefix"), !prefix.isEmpty {
            env = env.map { var e = $0; e["name"] = .string(prefix + (e["name"].string ?? "")); return e }
        }
        let overwrite = flags.isSet("overwrite") ? flags.bool("overwrite") : true
        let selector = flags.string("containers") ?? "*"
        if flags.bool("list") { return try list(context, resources: resources, selector: selector) }
        // With --local, kubectl reads the manifests only and passes over resource arguments.
        let local = flags.bool("local")
        if local && !ManifestFiles.given(context) { throw .error(SetImage.noResources) }
        let targets = try SetVerb.targets(
            local ? [] : resources, context, local: local, selector: local ? SelectorQuery(label: "") : try SelectorQuery(flags))
        try SetVerb.update(
            context, targets: targets, selector: selector, operation: "env updated",
            patchFailure: "failed to patch env update to pod template: "
        ) { container throws(KubectlFailure) in
            let existing = container["env"].array
            if !overwrite {
                for e in env {
                    if let current = existing.first(where: { $0["name"] == e["name"] }), current["value"] != e["value"] {
                        throw KubectlFailure(
                            "'\(current["name"].string ?? "")' already has a value (\(current["value"].string ?? "")), and --overwrite is false")
                    }
                }
            }
            let merged = merge(existing, env, removing: removals)
            container["env"] = merged.isEmpty ? .null : .array(merged)
        } noMatch: { type, object throws(KubectlFailure) in
            context.io.err("Warning: \(type.kind)/\(object.name) does not have any containers matching \(GoSyntax.quoted(selector))\n")
        }
        return 0
    }

    /// `--list`: each selected container's variables, references shown by where they come from.
    private static func list(_ context: VerbContext, resources: [String], selector: String) throws(KubectlFailure) -> Int32 {
        try ResourceRequest.forEachTarget(
            resources, context, all: context.flags.bool("all"), selector: try SelectorQuery(context.flags),
            accept: ServerRequest.MediaTypes.any
        ) {
            type, object throws(KubectlFailure) in
            guard let specPath = SetVerb.podSpecPath(type) else { return }
            for (list, index) in SetVerb.selectContainers(object, specPath: specPath, selector: selector) {
                let container = object[path: list][index]
                context.io.out("# \(type.kind) \(object.name), container \(container["name"].string ?? "")\n")
                for e in container["env"].array {
                    let name = e["name"].string ?? ""
                    if let source = reference(e["valueFrom"]) {
                        context.io.out("# \(name) from \(source)\n")
                    } else {
                        context.io.out("\(name)=\(e["value"].string ?? "")\n")
                    }
                }
            }
        }
        return 0
    }

    /// `GetEnvVarRefString`.
    static func reference(_ from: JSONValue) -> String? {
        if from.isNull { return nil }
        if let ref = Optional(from["configMapKeyRef"]), !ref.isNull {
            return "configmap \(ref["name"].string ?? ""), key \(ref["key"].string ?? "")"
        }
        if let ref = Optional(from["secretKeyRef"]), !ref.isNull {
            return "secret \(ref["name"].string ?? ""), key \(ref["key"].string ?? "")"
        }
        if let path = from[path: "fieldRef.fieldPath"].string { return "field path \(path)" }
        let resource = from["resourceFieldRef"]
        let container = resource["containerName"].string.map { $0.isEmpty ? "" : "\($0)/" } ?? ""
        return "resource field \(container)\(resource["resource"].string ?? "")"
    }

    /// `SplitEnvironmentFromResources`: resources first, then `KEY=VALUE` and `KEY-` arguments.
    static func split(_ arguments: [String]) throws(KubectlFailure) -> ([String], [String]) {
        guard let first = arguments.firstIndex(where: { isEnv($0) }) else { return (arguments, []) }
        let rest = Array(arguments[first...])
        guard rest.allSatisfy(isEnv) else {
            throw .error("all resources must be specified before environment changes: \(arguments.joined(separator: " "))")
        }
        return (Array(arguments[..<first]), rest)
    }

    private static func isEnv(_ argument: String) -> Bool {
        argument.hasSuffix("-") || (argument.firstIndex(of: "=").map { $0 != argument.startIndex } ?? false)
    }

    /// `ParseEnv`: variables to set (in order) and names to remove.
    static func parse(_ specs: [String]) throws(KubectlFailure) -> ([JSONValue], [String]) {
        var env: [JSONValue] = []
        var removals: [String] = []
        for spec in specs {
            if let equals = spec.firstIndex(of: "=") {
                let name = String(spec[..<equals])
                let problems = NameValidation.envVarName(name)
                guard problems.isEmpty else {
                    throw .error("\(GoSyntax.quoted(name)) is not a valid key name: \(problems.joined(separator: ";"))")
                }
                env.append(["name": .string(name), "value": .string(String(spec[spec.index(after: equals)...]))])
            } else if spec.hasSuffix("-") {
                removals.append(String(spec.dropLast()))
            } else {
                throw .error("unknown environment variable: \(spec)")
            }
        }
        if removals.contains(where: { name in env.contains { $0["name"].string == name } }) {
            throw .error("can not both modify and remove the same environment variable in the same command")
        }
        return (env, removals)
    }

    /// `updateEnv`: existing variables keep their place (replaced when set again), new ones follow.
    static func merge(_ existing: [JSONValue], _ env: [JSONValue], removing removals: [String]) -> [JSONValue] {
        var covered = Set(removals)
        var out: [JSONValue] = []
        for e in existing {
            let name = e["name"].string ?? ""
            guard !covered.contains(name) else { continue }
            if let newer = env.first(where: { $0["name"].string == name }) {
                covered.insert(name)
                out.append(newer)
            } else {
                out.append(e)
            }
        }
        for e in env where covered.insert(e["name"].string ?? "").inserted { out.append(e) }
        return out
    }

    /// One variable per key of the ConfigMap or Secret `--from` names, read from its key.
    private static func referenced(_ from: String, context: VerbContext) throws(KubectlFailure) -> [JSONValue] {
        let keys = Create.slice(context.flags, "keys")
        var env: [JSONValue] = []
        try ResourceRequest.parse([from]).forEachNamed(context) { type, object throws(KubectlFailure) in
            let refKind: String
            switch type {
            case .configMaps: refKind = "configMapKeyRef"
            case .secrets: refKind = "secretKeyRef"
            default: throw .error("unsupported resource specified in --from")
            }
            for key in object[path: "data"].stringMap.keys.sorted() where keys.isEmpty || keys.contains(key) {
                let name = String(key.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
                if name != key { context.io.err("Warning: key \(key) transferred to \(name)\n") }
                env.append(["name": .string(name), "valueFrom": [refKind: ["key": .string(key), "name": .string(object.name)]]])
            }
        }
        return env
    }
}
