import Cluster
import KubeAPI
import OrderedCollections

/// What a mutating verb prints about the object it wrote.
enum ObjectOutput {
    /// Prints `object` as created: a line, its name, or the object itself.
    static func printCreated(
        _ object: KubeObject, type: ResourceType, output: String?, dryRun: DryRun, context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        try print(object, type: type, operation: "created", output: output, dryRun: dryRun, context: context, decoded: true)
    }

    /// Prints `kind/name <operation>`, the name alone, or the object. A client dry run shows the
    /// object kubectl built (struct field order) unless `fetched` says it came from the server
    /// or a manifest; otherwise the server's (keys sorted). An answer kubectl `decoded` into its
    /// Go type (a review, a token request) prints in struct field order too. `printer` is the
    /// command's shared printer, when it keeps one.
    static func print(
        _ object: KubeObject, type: ResourceType, operation: String, output: String?, dryRun: DryRun,
        context: VerbContext, fetched: Bool = false, decoded: Bool = false, printer: CommandPrinter? = nil
    ) throws(KubectlFailure) -> Int32 {
        let format = try checkFormat(output, context: context)
        let built = dryRun == .client && !fetched
        printer?.willPrint(format, io: context.io)
        // The server's objects carry their managed fields, which printers drop unless asked.
        var object = object
        if !built, context.flags.bool("show-managed-fields"), object.metadata["managedFields"].isNull,
            let cluster = try? context.cluster
        {
            object = cluster.withManagedFields(object)
        }
        switch format {
        case .name:
            context.io.out("\(type.qualifiedKind)/\(object.name)\n")
        case .json where decoded && !built:
            JSONPrinter.write(asDecoded(object, type: type), sortingKeys: false, to: context.io)
        case .json:
            JSONPrinter.write(object.value, sortingKeys: !built, to: context.io)
        case .yaml:
            YAMLPrinter.write(object.value, to: context.io)
        case .jsonpath, .jsonpathAsJSON, .goTemplate, .goTemplateFile:
            switch try format.objectPrinter(context: context, noHeaders: false) {
            case .jsonpath(let template): context.io.out(try template.print(object.value.sortedKeys))
            case .goTemplate(let template):
                try template.print(
                    object.value.sortedKeys, raw: built ? object.value : object.value.sortedKeys, io: context.io)
            default: break
            }
        default:
            context.io.out("\(type.qualifiedKind)/\(object.name) \(operation)\(dryRun.suffix)\n")
        }
        return 0
    }

    /// The server's answer as a typed client holds it: in its Go type's field order where the
    /// schema knows the type, keys sorted otherwise.
    static func asDecoded(_ object: KubeObject, type: ResourceType) -> JSONValue {
        GoTypedJSON.typeName(of: type).map { GoTypedJSON.encode(object.value, as: $0) } ?? object.value.sortedKeys
    }

    /// The `-o` format (with `--template`), refused before anything is written when a writing
    /// verb's printer (which has no tables) cannot print it; a template that does not parse is
    /// refused then too.
    @discardableResult
    static func checkFormat(_ output: String?, context: VerbContext) throws(KubectlFailure) -> OutputFormat {
        let text = output ?? ""
        let template = context.flags.string("template") ?? ""
        let format: OutputFormat
        switch try? OutputFormat.parse(text, template: template) {
        case .some(let parsed) where parsed.printsWrittenObjects: format = parsed
        default:
            let named = text.isEmpty && !template.isEmpty ? "go-template" : text
            throw .error(
                "unable to match a printer suitable for the output format \(GoSyntax.quoted(named)), allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml")
        }
        switch format {
        case .jsonpath, .jsonpathAsJSON, .goTemplate, .goTemplateFile:
            _ = try format.objectPrinter(context: context, noHeaders: false)
        default: break
        }
        return format
    }

    /// What a generator's `Complete` reads before it looks at its sources, in its order: the dry
    /// run, the output format, then `--validate`.
    static func checkGeneratorFlags(_ context: VerbContext) throws(KubectlFailure) -> DryRun {
        let dryRun = try context.dryRun()
        try checkFormat(context.flags.string("output"), context: context)
        try Create.checkValidation(context.flags)
        return dryRun
    }

    /// Prints `object` after a client-side build: as is for a client dry run, else after the
    /// server created it; `failure` words a server error as the verb does. With `--save-config`
    /// the object records itself in the last-applied annotation, when `saveConfig` says.
    static func create(
        _ object: KubeObject, type: ResourceType, operation: String = "created", context: VerbContext,
        saveConfig: SaveConfig = .always, printer: CommandPrinter? = nil, manager: String = "kubectl-create",
        failure: (RequestError) -> KubectlFailure = { $0.unwrapped }, shaping: (ServerRequest) -> ServerRequest = { $0 }
    ) throws(KubectlFailure) -> Int32 {
        let dryRun = try checkGeneratorFlags(context)
        let output = context.flags.string("output")
        var request = object
        if context.explicitNamespace, type.namespaced { request = inNamespace(request, context.namespace) }
        if context.flags.bool("save-config"), saveConfig == .always || (saveConfig == .whenSent && dryRun != .client) {
            request = savingConfig(request)
        }
        if dryRun == .client {
            return try print(
                request, type: type, operation: operation, output: output, dryRun: dryRun, context: context,
                printer: printer)
        }
        if type.namespaced { request.namespace = context.namespace }
        let created = try context.create(
            request, type: type, dryRun: dryRun, manager: manager, failure: failure, shaping: shaping)
        return try print(
            created, type: type, operation: operation, output: output, dryRun: dryRun, context: context, decoded: true,
            printer: printer)
    }

    /// `--save-config`: the object as built, recorded in its own last-applied annotation.
    static func savingConfig(_ object: KubeObject) -> KubeObject {
        var saved = object
        saved[path: "metadata.annotations"] = .stringMap(
            object.annotations.merging([Apply.lastApplied: JSONPrinter.compact(object.value) + "\n"]) { $1 })
        return saved
    }

    /// When a verb honours `--save-config`: generators always, `expose` and `autoscale` only for
    /// what they send, `create service` never (it does not read the flag).
    enum SaveConfig { case always, whenSent, never }

    /// `object` with `metadata.namespace` right after the name, where Go's ObjectMeta has it.
    static func inNamespace(_ object: KubeObject, _ namespace: String) -> KubeObject {
        var metadata: OrderedDictionary<String, JSONValue> = ["name": object.metadata["name"], "namespace": .string(namespace)]
        for (key, value) in object.metadata.object where key != "name" && key != "namespace" { metadata[key] = value }
        var result = object
        result.metadata = .object(metadata)
        return result
    }
}
