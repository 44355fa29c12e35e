import Cluster
import KubeAPI

/// `kubectl events`: the events of a namespace (or all), optionally those of one object or of some
/// types, oldest first, as kubectl's own event printer lays them out; `-w` follows new ones.
enum Events {
    static let verb = Verb(name: "events", flags: flags, help: KubectlHelp.events) { context throws(KubectlFailure) in
        let options = try Options(context)
        return options.watch ? try EventsWatch.run(options, context) : try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all-namespaces", "A", .bool), FlagSpec("watch", "w", .bool), FlagSpec("for"),
        FlagSpec("types", nil, .stringArray), FlagSpec("no-headers", nil, .bool), FlagSpec("output", "o"),
        FlagSpec("chunk-size", nil, .int),
    ] + OutputFormat.templateFlags

    /// The parsed and validated flags of one `events`.
    struct Options {
        var namespace: String
        var allNamespaces: Bool
        var watch: Bool
        var noHeaders: Bool
        /// `--types`, deduplicated; empty means every type.
        var types: [String]
        /// `--for`: the kind and name whose events are wanted.
        var target: (kind: String, apiVersion: String, name: String)?
        var output: OutputFormat

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            namespace = context.namespace
            allNamespaces = flags.bool("all-namespaces")
            watch = flags.bool("watch")
            noHeaders = flags.bool("no-headers")
            if let text = flags.string("for"), !text.isEmpty { target = try Self.target(text) }
            types = Array(Set(flags.strings("types").flatMap { $0.split(separator: ",").map(String.init) })).sorted()
            // Besides its table, events prints as the writing verbs do: no wide or custom columns.
            let outputText = flags.string("output") ?? ""
            let template = flags.string("template") ?? ""
            output = outputText.isEmpty && template.isEmpty
                ? try OutputFormat.parse("") : try ObjectOutput.checkFormat(outputText, context: context)
            for type in types where type.lowercased() != "normal" && type.lowercased() != "warning" {
                throw .error("valid --types are Normal or Warning")
            }
        }

        /// `TYPE/NAME` resolved through discovery to the kind events name their object by.
        private static func target(_ text: String) throws(KubectlFailure) -> (kind: String, apiVersion: String, name: String) {
            guard text.contains("/") else { throw .error("--for must be in resource/name form") }
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw .error("arguments in resource/name form may not have more than one slash") }
            // kubectl prints this mapper error without its usual `error: ` prefix.
            guard let type = ResourceResolver.resolve(parts[0]) else {
                throw KubectlFailure("the server doesn't have a resource type \(GoSyntax.quoted(parts[0]))")
            }
            return (type.kind, type.apiVersion, parts[1])
        }

        /// The field selector the list (or watch) asks the server for.
        var fieldSelector: String {
            guard let target else { return "" }
            return "involvedObject.kind=\(target.kind),involvedObject.name=\(target.name)"
        }

        /// The list kubectl's typed client asks for: its selector names the object's API version too.
        var listRequest: ServerRequest {
            var query = ["limit": "500"]
            if let target {
                query["fieldSelector"] =
                    "involvedObject.kind=\(target.kind),involvedObject.apiVersion=\(target.apiVersion),involvedObject.name=\(target.name)"
            }
            return .list(.events, namespace: allNamespaces ? nil : namespace, query: query, accept: ServerRequest.MediaTypes.protobuf)
        }

        /// Whether `--types` lets an event through (case does not matter).
        func admits(_ event: KubeObject) -> Bool {
            let type = (event.value["type"].string ?? "").lowercased()
            return types.isEmpty || types.contains { $0.lowercased() == type }
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            let listed: [KubeObject]
            let access = AccessRequest(verb: "list", .events, namespace: allNamespaces ? nil : namespace)
            do {
                listed = try context.send(listRequest) { () throws(APIError) in
                    try cluster.authorize(access, as: context.user)
                    return try cluster.list(
                        .events, namespace: allNamespaces ? nil : namespace, selector: LabelSelector(),
                        fieldSelector: fieldSelector)
                }
            } catch {
                throw .server(error)
            }
            let events = GoSort.sorted(listed.filter(admits)) { EventRow.time(of: $0) < EventRow.time(of: $1) }
            if events.isEmpty {
                context.io.err(allNamespaces ? "No events found.\n" : "No events found in \(namespace) namespace.\n")
                return 0
            }
            switch output {
            case .table:
                var writer = TabWriter(minWidth: 6, padding: 3)
                if !noHeaders { writer.writeRow(EventRow.headers(allNamespaces: allNamespaces)) }
                for event in events { writer.writeRow(EventRow.cells(event, allNamespaces: allNamespaces, now: cluster.now)) }
                context.io.out(writer.flush())
            case .name:
                // The name printer refuses a typed list, and kubectl ignores that error.
                break
            default:
                let list: JSONValue = [
                    "kind": "EventList", "apiVersion": "v1", "metadata": [:],
                    "items": .array(events.map { EventDocument.typed($0.value) }),
                ]
                try EventDocument.print(list, format: output, context: context, count: 0)
            }
            return 0
        }
    }
}

extension KubectlHelp {
    static let events = """
        Show the events of a namespace, oldest first, with how often and over how long each happened.

        Examples:
          kubectl events                           # the current namespace
          kubectl events -A                        # every namespace, with a NAMESPACE column
          kubectl events --for pod/nginx           # only what happened to one object
          kubectl events --types=Warning -w        # warnings now, then new ones as they come

        Options:
          -A, --all-namespaces   Events of every namespace
              --for=TYPE/NAME    Only the events of that object
              --types=LIST       Only these types (Normal, Warning), comma-separated
              --no-headers       Leave out the heading line of the table
          -o, --output=FORMAT    yaml, json, name, jsonpath=..., go-template=... instead of the table
          -w, --watch            Keep printing events as they are recorded

        Usage:
          kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
