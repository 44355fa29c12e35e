import Cluster
import KubeAPI
import OrderedCollections

/// What a mutating verb prints about the object it wrote.
enum ObjectOutput {
    /// Prints `object` as created: a line, its name, or the object itself.
    static func printCreated(
        _ object: KubeObject, type: ResourceType, output: String?, dryRun: DryRun, context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        try print(object, type: type, operation: "created", output: output, dryRun: dryRun, context: context)
    }

    /// Prints `kind/name <operation>`, the name alone, or the object. A client dry run shows the
    /// object kubectl built (struct field order); otherwise the server's (keys sorted).
    static func print(
        _ object: KubeObject, type: ResourceType, operation: String, output: String?, dryRun: DryRun,
        context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        switch output {
        case nil, "":
            context.io.out("\(type.qualifiedKind)/\(object.name) \(operation)\(dryRun.suffix)\n")
        case "name":
            context.io.out("\(type.qualifiedKind)/\(object.name)\n")
        case "json":
            context.io.out(JSONPrinter.print(dryRun == .client ? object.value : object.value.sortedKeys) + "\n")
        case "yaml":
            context.io.out(YAMLPrinter.print(object.value.sortedKeys))
        default:
            _ = try OutputFormat.parse(output ?? "")
            throw .error("output format \"\(output ?? "")\" is not supported here")
        }
        return 0
    }

    /// Prints `object` after a client-side build: as is for a client dry run, else after the
    /// server created it; `failure` words a server error as the verb does.
    static func create(
        _ object: KubeObject, type: ResourceType, operation: String = "created", context: VerbContext,
        failure: (APIError) -> KubectlFailure = KubectlFailure.server
    ) throws(KubectlFailure) -> Int32 {
        let dryRun = try DryRun.parse(context.flags.string("dry-run"))
        let output = context.flags.string("output")
        if let output, !["", "name", "json", "yaml"].contains(output) { _ = try OutputFormat.parse(output) }
        var request = object
        if dryRun == .client {
            if context.explicitNamespace, type.namespaced { request = inNamespace(request, context.namespace) }
            return try print(request, type: type, operation: operation, output: output, dryRun: dryRun, context: context)
        }
        if type.namespaced { request.namespace = context.namespace }
        let created: KubeObject
        do {
            created = try context.cluster.create(request, dryRun: dryRun == .server)
        } catch {
            throw failure(error)
        }
        return try print(created, type: type, operation: operation, output: output, dryRun: dryRun, context: context)
    }

    /// `object` with `metadata.namespace` right after the name, where Go's ObjectMeta has it.
    static func inNamespace(_ object: KubeObject, _ namespace: String) -> KubeObject {
        var metadata: OrderedDictionary<String, JSONValue> = ["name": object.metadata["name"], "namespace": .string(namespace)]
        for (key, value) in object.metadata.object where key != "name" && key != "namespace" { metadata[key] = value }
        var result = object
        result.metadata = .object(metadata)
        return result
    }
}
