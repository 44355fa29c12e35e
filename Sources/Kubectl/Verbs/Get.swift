import Cluster
import KubeAPI

/// `kubectl get`: lists or fetches objects and prints them as tables, names, JSON, YAML, jsonpath
/// or custom columns, sorted with `--sort-by`, and with `-w` follows them as they change.
enum Get {
    static let verb = Verb(name: "get", flags: flags, help: KubectlHelp.get) { context throws(KubectlFailure) in
        let options = try Options(context)
        return options.watch ? try GetWatch.run(options, context) : try options.run(context)
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
        /// `--sort-by`, when given (ignored while watching).
        var sortBy: String?
        /// `-w` or `--watch-only`.
        var watch: Bool
        var watchOnly: Bool
        var outputWatchEvents: Bool

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            watchOnly = flags.bool("watch-only")
            watch = flags.bool("watch") || watchOnly
            outputWatchEvents = flags.bool("output-watch-events")
            let sort = flags.string("sort-by") ?? ""
            sortBy = sort.isEmpty ? nil : sort
            if watch, sortBy != nil {
                context.io.err("warning: --watch or --watch-only requested, --sort-by will be ignored\n")
            }
            guard !flags.positionals.isEmpty else { throw KubectlFailure(Get.noResourceMessage) }
            let outputText = flags.string("output") ?? ""
            output = try OutputFormat.parse(outputText)
            if flags.bool("show-labels"), !output.isHumanReadable {
                throw .error("--show-labels option cannot be used with \(outputText) printer")
            }
            if outputWatchEvents, !watch {
                throw .validation("--output-watch-events option can only be used with --watch or --watch-only", verb: "get")
            }
            request = try ResourceRequest.parse(flags.positionals)
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

        /// `get TYPE NAME` or `get TYPE/NAME` with one object: printed bare rather than in a `List`.
        var singleItemImplied: Bool { request.groups.count == 1 && request.groups[0].names.count == 1 }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            let (results, failures) = fetch(cluster)
            var printed = false
            if output.isHumanReadable {
                var groups: [(ResourceType, Table)] = []
                for (type, objects) in results where !objects.isEmpty {
                    groups.append((type, try sortedTable(cluster.table(type, objects))))
                }
                let text = TablePrinting.render(groups, options: table)
                printed = !text.isEmpty
                context.io.out(text)
            } else {
                var objects = results.flatMap { group in group.objects.map { (type: group.type, object: $0) } }
                if let sortBy, !(singleItemImplied && objects.count == 1) {
                    objects = try SortBy(sortBy, for: .list).sort(objects, for: .list) { $0.object.value.sortedKeys }
                }
                let printer = try output.objectPrinter(context: context, noHeaders: table.noHeaders)
                try printer.print(objects, single: singleItemImplied, io: context.io)
                printed = !objects.isEmpty
            }
            if !printed, failures.isEmpty, !ignoreNotFound, output.reportsEmptyResult {
                let namespaced = request.groups.allSatisfy(\.type.namespaced) && !allNamespaces
                context.io.err(namespaced ? "No resources found in \(namespace) namespace.\n" : "No resources found\n")
            }
            for message in failures { context.io.err(message + "\n") }
            return failures.isEmpty ? 0 : 1
        }

        /// The objects of each requested type, and the errors of those that could not be read.
        func fetch(_ cluster: Cluster) -> (results: [(type: ResourceType, objects: [KubeObject])], failures: [String]) {
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
                            if !(ignoreNotFound && error.reason == "NotFound") { failures.append(error.kubectlMessage) }
                        }
                    }
                    results.append((group.type, objects))
                }
            }
            return (results, failures)
        }

        /// The table's rows in `--sort-by` order: sorted once by `get` and once more by its
        /// printer when there are several rows, as kubectl does.
        private func sortedTable(_ table: Table) throws(KubectlFailure) -> Table {
            guard let sortBy else { return table }
            let sorter = try SortBy(sortBy, for: .table)
            var sorted = table
            sorted.rows = try sorter.sort(sorted.rows, for: .table) { $0.object.value.sortedKeys }
            if sorted.rows.count > 1 {
                sorted.rows = try sorter.sort(sorted.rows, for: .table) { $0.object.value.sortedKeys }
            }
            return sorted
        }
    }

    static let noResourceMessage = """
        You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

        error: Required resource not specified.
        Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
        See 'kubectl get -h' for help and examples
        """
}
