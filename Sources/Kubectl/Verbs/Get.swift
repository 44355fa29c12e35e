import Cluster
import KubeAPI

/// `kubectl get`: lists or fetches objects and prints them as tables, names or JSON.
enum Get {
    static let verb = Verb(name: "get", flags: flags, help: KubectlHelp.get) { context throws(KubectlFailure) in
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all-namespaces", "A", .bool), FlagSpec("selector", "l"), FlagSpec("output", "o"),
        FlagSpec("show-labels", nil, .bool), FlagSpec("no-headers", nil, .bool), FlagSpec("label-columns", "L", .stringArray),
        FlagSpec("show-kind", nil, .bool), FlagSpec("watch", "w", .bool), FlagSpec("watch-only", nil, .bool),
        FlagSpec("output-watch-events", nil, .bool), FlagSpec("field-selector"), FlagSpec("sort-by"),
        FlagSpec("chunk-size", nil, .int), FlagSpec("ignore-not-found", nil, .bool), FlagSpec("show-managed-fields", nil, .bool),
        FlagSpec("server-print", nil, .bool), FlagSpec("filename", "f", .stringArray), FlagSpec("recursive", "R", .bool),
        FlagSpec("raw"), FlagSpec("subresource"), FlagSpec("template"), FlagSpec("allow-missing-template-keys", nil, .bool),
    ]

    /// The parsed and validated flags of one `get`.
    struct Options {
        var request: ResourceRequest
        var output: OutputFormat
        var selector: SelectorQuery
        var allNamespaces: Bool
        var namespace: String
        var ignoreNotFound: Bool
        var table: TablePrintOptions

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            guard !flags.positionals.isEmpty else { throw KubectlFailure(Get.noResourceMessage) }
            request = try ResourceRequest.parse(flags.positionals)
            output = try OutputFormat.parse(flags.string("output") ?? "")
            selector = try SelectorQuery(flags)
            if !selector.isEmpty, request.groups.contains(where: { !$0.names.isEmpty }) {
                throw .error("name cannot be provided when a selector is specified")
            }
            allNamespaces = flags.bool("all-namespaces")
            namespace = context.namespace
            ignoreNotFound = flags.bool("ignore-not-found")
            table = TablePrintOptions(
                wide: output == .wide, noHeaders: flags.bool("no-headers"), allNamespaces: allNamespaces,
                showKind: flags.bool("show-kind") || Set(request.groups.map(\.type)).count > 1,
                labelColumns: flags.strings("label-columns").flatMap { $0.split(separator: ",").map(String.init) },
                showLabels: flags.bool("show-labels"))
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            var results: [(type: ResourceType, objects: [KubeObject])] = []
            var failures: [String] = []
            for group in request.groups {
                if group.names.isEmpty {
                    let scope = allNamespaces ? nil : namespace
                    do {
                        results.append((group.type, try selector.list(cluster, group.type, namespace: scope)))
                    } catch {
                        failures.append(error.kubectlMessage)
                    }
                } else {
                    var objects: [KubeObject] = []
                    for name in group.names {
                        do {
                            objects.append(try cluster.get(group.type, namespace: namespace, name: name))
                        } catch {
                            if !ignoreNotFound { failures.append(error.kubectlMessage) }
                        }
                    }
                    results.append((group.type, objects))
                }
            }
            let single = request.groups.count == 1 && request.groups[0].names.count == 1
            try output.print(results, single: single, table: table, context: context)
            if results.allSatisfy(\.objects.isEmpty), failures.isEmpty, request.groups.allSatisfy(\.names.isEmpty),
                output.reportsEmptyResult
            {
                let namespaced = request.groups.allSatisfy(\.type.namespaced) && !allNamespaces
                context.io.err(namespaced ? "No resources found in \(namespace) namespace.\n" : "No resources found\n")
            }
            for message in failures { context.io.err(message + "\n") }
            return failures.isEmpty ? 0 : 1
        }
    }

    static let noResourceMessage = """
        You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

        error: Required resource not specified.
        Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
        See 'kubectl get -h' for help and examples
        """
}
