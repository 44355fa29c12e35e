import Cluster
import KubeAPI

/// `kubectl get`: lists or fetches objects and prints them as tables, names, JSON, YAML, jsonpath
/// or custom columns, sorted with `--sort-by`, and with `-w` follows them as they change.
enum Get {
    static let verb = Verb(name: "get", flags: flags, help: KubectlHelp.get) { context throws(KubectlFailure) in
        if let raw = context.flags.string("raw"), !raw.isEmpty { return try GetRaw.run(raw, context) }
        let options = try Options(context)
        return options.watch ? try GetWatch.run(options, context) : try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all-namespaces", "A", .bool), FlagSpec("selector", "l"), FlagSpec("output", "o"),
        FlagSpec("show-labels", nil, .bool), FlagSpec("no-headers", nil, .bool), FlagSpec("label-columns", "L", .stringArray),
        FlagSpec("show-kind", nil, .bool), FlagSpec("watch", "w", .bool), FlagSpec("watch-only", nil, .bool),
        FlagSpec("output-watch-events", nil, .bool), FlagSpec("field-selector"), FlagSpec("sort-by"),
        FlagSpec("chunk-size", nil, .int), FlagSpec("ignore-not-found", nil, .bool), OutputFormat.showManagedFields,
        FlagSpec("server-print", nil, .bool), FlagSpec("filename", "f", .stringArray), FlagSpec("recursive", "R", .bool),
        FlagSpec("kustomize", "k"),
        FlagSpec("raw"), FlagSpec("subresource"), FlagSpec("template"), FlagSpec("allow-missing-template-keys", nil, .bool),
    ]

    /// The parsed and validated flags of one `get`.
    struct Options {
        var request: ResourceRequest
        /// The documents of `-f` manifests in order, whose errors are reported as the builder gathers them.
        var manifestEntries: [ManifestEntry]?
        /// `-f` named one file: the builder's single item, so an error prints nothing else.
        var manifestSingleSource = false
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
        /// `--show-kind`; several kinds fetched also print kinds.
        var showKind: Bool
        /// The user `--as` names, whom the apiserver authorizes.
        var user: UserInfo?
        /// `--subresource`: each named object's subresource is fetched instead (`status`, `scale`).
        var subresource: String
        /// `--chunk-size`: how many objects each list request asks for (0 for all at once).
        var chunkSize = 500
        /// What the requests accept: the server's Table for the human-readable printers.
        var accept: String { output.isHumanReadable ? ServerRequest.MediaTypes.table : ServerRequest.MediaTypes.json }

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
            let fromManifests = ManifestFiles.given(context)
            if fromManifests, !flags.positionals.isEmpty {
                throw .error(ManifestTargets.argumentsWithPaths)
            }
            guard !flags.positionals.isEmpty || fromManifests else { throw KubectlFailure(Get.noResourceMessage) }
            let outputText = flags.string("output") ?? ""
            output = try OutputFormat.parse(outputText, template: flags.string("template") ?? "")
            if flags.bool("show-labels"), !output.isHumanReadable {
                throw .error("--show-labels option cannot be used with \(outputText) printer")
            }
            if outputWatchEvents, !watch {
                throw .error("--output-watch-events option can only be used with --watch or --watch-only")
            }
            namespace = context.namespace
            if fromManifests {
                let entries: [ManifestEntry]
                (request, namespace, entries, manifestSingleSource) = try Get.manifestRequest(
                    context, humanReadable: output.isHumanReadable)
                manifestEntries = entries
            } else {
                request = try ResourceRequest.parse(flags.positionals)
            }
            subresource = flags.string("subresource") ?? ""
            chunkSize = flags.string("chunk-size").flatMap { Int($0) } ?? chunkSize
            // Sorting needs every object at once.
            if sortBy != nil { chunkSize = 0 }
            if !subresource.isEmpty, request.groups.contains(where: \.names.isEmpty) {
                throw .error("subresource cannot be used when bulk resources are specified")
            }
            selector = try SelectorQuery(flags)
            if !selector.isEmpty, request.groups.contains(where: { !$0.names.isEmpty }) {
                throw .error("name cannot be provided when a selector is specified")
            }
            allNamespaces = flags.bool("all-namespaces")
            ignoreNotFound = flags.bool("ignore-not-found")
            showKind = flags.bool("show-kind")
            user = context.user
            table = TablePrintOptions(
                wide: output == .wide, noHeaders: flags.bool("no-headers"), allNamespaces: allNamespaces,
                showKind: showKind,
                labelColumns: flags.strings("label-columns").flatMap { $0.split(separator: ",").map(String.init) },
                showLabels: flags.bool("show-labels"))
        }

        /// `get TYPE NAME` or `get TYPE/NAME` with one object: printed bare rather than in a `List`.
        var singleItemImplied: Bool { request.groups.count == 1 && request.groups[0].names.count == 1 }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            var (results, failures) = fetch(cluster, context)
            if let manifestEntries {
                let errors = Get.manifestErrors(manifestEntries, ignoringNotFound: ignoreNotFound) { type, name throws(APIError) in
                    _ = try fetchNamed(type, name, cluster)
                }
                // The table printers wrap the builder's aggregate in one of their own; the others print checkErr's lines.
                failures = output.isHumanReadable ? errors.lines : manifestSingleSource ? errors.linesAlone : errors.flattenedLines
            }
            // The apiserver's warnings (deprecated kinds) come first.
            ServerWarnings.print(for: request.groups.map(\.type), cluster, context)
            var printed = false
            if output.isHumanReadable {
                let groups = try sortedTables(results, cluster: cluster)
                // Kinds are printed when what was fetched spans several: every listed type counts
                // (even with nothing in it), a named type only when something was found.
                var options = table
                let fetched = results.filter { result in
                    !result.objects.isEmpty || request.groups.contains { $0.type == result.type && $0.names.isEmpty }
                }
                options.showKind = showKind || Set(fetched.map(\.type)).count > 1
                let text = TablePrinting.render(groups, options: options)
                printed = !text.isEmpty
                context.io.out(text)
            } else {
                var objects = results.flatMap { group in group.objects.map { (type: group.type, object: $0) } }
                // The apiserver serves managedFields; kubectl's printers drop them unless asked.
                if context.flags.bool("show-managed-fields") {
                    objects = objects.map { ($0.type, cluster.withManagedFields($0.object)) }
                }
                // kubectl's printGeneric: an object asked for by name that is missing, or nothing
                // found with --ignore-not-found, prints no document at all.
                if ((singleItemImplied || manifestSingleSource) && !failures.isEmpty) || (objects.isEmpty && ignoreNotFound) {
                    for message in failures { context.io.err(message + "\n") }
                    return failures.isEmpty ? 0 : 1
                }
                if let sortBy, !(singleItemImplied && objects.count == 1) {
                    do {
                        let sorter = try SortBy(sortBy, for: .list)
                        objects = try sorter.sort(objects, for: .list) { $0.object.value.sortedKeys }
                    } catch {
                        throw Self.failure(error, target: .list, cluster: cluster)
                    }
                }
                let printer = try output.objectPrinter(context: context, noHeaders: table.noHeaders)
                try printer.print(objects, single: singleItemImplied, io: context.io)
                printed = !objects.isEmpty
            }
            if !printed, failures.isEmpty, !ignoreNotFound, output.reportsEmptyResult {
                let namespaced = request.groups.allSatisfy(\.type.namespaced) && !allNamespaces
                context.io.err(namespaced ? "No resources found in \(namespace) namespace.\n" : "No resources found\n")
            }
            for message in failures {
                context.requestLog?.reportingFailure(message)
                context.io.err(message + "\n")
            }
            return failures.isEmpty ? 0 : 1
        }

        /// A request for the server's Table asks for whole objects in its rows when `--sort-by`
        /// needs their fields (`includeObject=Object`), else the rows carry their metadata.
        func tableRequest(_ request: ServerRequest) -> ServerRequest {
            guard sortBy != nil, output.isHumanReadable else { return request }
            var asked = request
            asked.query["includeObject"] = "Object"
            return asked
        }

        /// One named object, or its `--subresource`, read as the user may.
        func fetchNamed(_ type: ResourceType, _ name: String, _ cluster: Cluster, _ context: VerbContext? = nil) throws(APIError)
            -> KubeObject
        {
            let request = tableRequest(
                ServerRequest.get(type, namespace: namespace, name: name, subresource: subresource, accept: accept))
            guard let context else { return try fetchNamed(type, name, cluster, request: request) }
            return try context.send(request) { () throws(APIError) in try fetchNamed(type, name, cluster, request: request) }
        }

        /// What the server answers the GET of one object.
        private func fetchNamed(_ type: ResourceType, _ name: String, _ cluster: Cluster, request: ServerRequest) throws(APIError)
            -> KubeObject
        {
            try cluster.authorize(
                AccessRequest(verb: "get", type, subresource: subresource, namespace: namespace, name: name), as: user)
            guard type.verbs.contains("get") else { throw APIError.methodNotAllowed }
            guard !subresource.isEmpty else { return try cluster.get(type, namespace: namespace, name: name) }
            guard type.subresources.contains(where: { $0.name == subresource && $0.verbs.contains("get") }) else {
                throw Cluster.noSuchPath
            }
            let object = try cluster.get(type, namespace: namespace, name: name)
            // The status subresource serves the whole object; the scale subresource its Scale.
            return subresource == "scale" ? KubeObject(cluster.scale(of: object)) : object
        }

        /// The type of what a named `type` fetches: a Scale through the scale subresource.
        func fetchedType(_ type: ResourceType) -> ResourceType {
            subresource == "scale" ? Cluster.scales : type
        }

        /// The objects of each requested type, and the errors of those that could not be read.
        func fetch(_ cluster: Cluster, _ context: VerbContext) -> (results: [(type: ResourceType, objects: [KubeObject])], failures: [String]) {
            var results: [(type: ResourceType, objects: [KubeObject])] = []
            var failures: [String] = []
            for group in request.groups {
                if group.names.isEmpty {
                    let scope = allNamespaces ? nil : namespace
                    let request = tableRequest(selector.request(group.type, namespace: scope, limit: chunkSize, accept: accept))
                    do throws(APIError) {
                        let objects = try context.send(request) { () throws(APIError) in
                            try cluster.authorize(AccessRequest(verb: "list", group.type, namespace: scope), as: user)
                            guard group.type.verbs.contains("list") else { throw APIError.methodNotAllowed }
                            return try selector.list(cluster, group.type, namespace: scope)
                        }
                        results.append((group.type, objects))
                    } catch {
                        failures.append(error.kubectlMessage)
                    }
                } else {
                    var objects: [KubeObject] = []
                    for name in group.names {
                        do throws(APIError) {
                            objects.append(try fetchNamed(group.type, name, cluster, context))
                        } catch {
                            if !(ignoreNotFound && error.reason == "NotFound") { failures.append(error.kubectlMessage) }
                        }
                    }
                    results.append((fetchedType(group.type), objects))
                }
            }
            return (results, failures)
        }

        /// Each type's server table, rows in `--sort-by` order as kubectl orders them.
        ///
        /// `get` first sorts what it fetched, which with several tables (several types, or several
        /// names) means sorting the tables themselves, so a field only objects have is refused. Then
        /// each table of more than one row is sorted by its printer, which drops the table when that
        /// fails (kubectl ignores that error and may say `No resources found`).
        private func sortedTables(
            _ results: [(type: ResourceType, objects: [KubeObject])], cluster: Cluster
        ) throws(KubectlFailure) -> [(ResourceType, Table)] {
            guard let sortBy else {
                return results.filter { !$0.objects.isEmpty }.map { ($0.type, cluster.table($0.type, $0.objects)) }
            }
            let tableCount = results.reduce(0) { count, group in
                count + (request.groups.contains { $0.type == group.type && $0.names.isEmpty } ? 1 : group.objects.count)
            }
            if tableCount > 1 {
                do throws(SortBy.Failure) {
                    let sorter = try SortBy(sortBy, for: .list)
                    let tableDocument: JSONValue = [
                        "apiVersion": "meta.k8s.io/v1", "kind": "Table",
                        "metadata": ["resourceVersion": .string(String(cluster.latestResourceVersion))],
                    ]
                    if !sorter.isFound(in: tableDocument) { throw SortBy.Failure(message: sorter.notFound(sorter.field)) }
                } catch {
                    throw Self.failure(error, target: .list, cluster: cluster)
                }
            }
            var groups: [(ResourceType, Table)] = []
            for (type, objects) in results where !objects.isEmpty {
                var table = cluster.table(type, objects)
                if table.rows.count > 1 {
                    do {
                        let sorter = try SortBy(sortBy, for: .table)
                        table.rows = try sorter.sort(table.rows, for: .table) { $0.object.value.sortedKeys }
                    } catch {
                        if error.unsortable { throw Self.failure(error, target: .table, cluster: cluster) }
                        continue
                    }
                }
                groups.append((type, table))
            }
            return groups
        }

        /// How a sorting failure ends the command: an error line, or klog's fatal line.
        static func failure(_ error: SortBy.Failure, target: SortBy.Target, cluster: Cluster) -> KubectlFailure {
            error.unsortable ? KubectlFailure(SortBy.klogLine(error, target: target, at: cluster.now)) : .error(error.message)
        }
    }

    static let noResourceMessage = """
        You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

        error: Required resource not specified.
        Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
        See 'kubectl get -h' for help and examples
        """
}
