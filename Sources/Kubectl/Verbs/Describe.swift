import Cluster
import KubeAPI

/// `kubectl describe`: a detailed, human-readable page per object, with its events.
enum Describe {
    static let verb = Verb(name: "describe", flags: flags, help: help) { context throws(KubectlFailure) in
        try Options(context).run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all-namespaces", "A", .bool), FlagSpec("selector", "l"), FlagSpec("show-events", nil, .bool),
        FlagSpec("chunk-size", nil, .int), FlagSpec("filename", "f", .stringArray), FlagSpec("recursive", "R", .bool),
        FlagSpec("kustomize", "k"),
    ]

    /// The parsed flags and arguments of one `describe`.
    struct Options {
        var arguments: [String]
        /// `-f` manifests whose objects are described instead of named ones.
        var files: [String]
        var request: ResourceRequest
        var selector: SelectorQuery
        var allNamespaces: Bool
        var namespace: String
        var showEvents: Bool

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            arguments = flags.positionals
            files = flags.strings("filename")
            let fromManifests = ManifestFiles.given(context)
            if fromManifests && !arguments.isEmpty {
                throw .error(ManifestTargets.argumentsWithPaths)
            }
            guard !arguments.isEmpty || fromManifests else { throw KubectlFailure(Describe.noResourceMessage) }
            request = try ResourceRequest.parse(arguments)
            selector = try SelectorQuery(flags)
            if !selector.isEmpty, request.groups.contains(where: { !$0.names.isEmpty }) {
                throw .error("name cannot be provided when a selector is specified")
            }
            allNamespaces = flags.bool("all-namespaces")
            if allNamespaces, request.groups.contains(where: { !$0.names.isEmpty }) {
                throw .error("a resource cannot be retrieved by name across all namespaces")
            }
            namespace = context.namespace
            showEvents = !flags.isSet("show-events") || flags.bool("show-events")
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let (manifests, listFailures) = try ManifestFiles.gathering(files, context, visitFailure: ManifestFiles.gatheredFailure)
            let cluster = try context.cluster
            let settings = DescribeContext(source: cluster, showEvents: showEvents, log: context.requestLog)
            ServerWarnings.print(for: request.groups.map(\.type), cluster, context)
            var objects: [KubeObject] = []
            var failures: [APIError] = []
            for (manifest, source) in manifests {
                let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
                do {
                    objects.append(try cluster.get(type, namespace: object.namespace, name: object.name))
                } catch {
                    failures.append(error)
                }
            }
            for group in request.groups {
                if group.names.isEmpty {
                    let scope = allNamespaces ? nil : namespace
                    do throws(APIError) {
                        objects += try context.send(selector.request(group.type, namespace: scope, limit: 500)) { () throws(APIError) in
                            try cluster.authorize(AccessRequest(verb: "list", group.type, namespace: scope), as: context.user)
                            guard group.type.verbs.contains("list") else { throw APIError.methodNotAllowed }
                            return try selector.list(cluster, group.type, namespace: scope)
                        }
                    } catch {
                        failures.append(error)
                    }
                    continue
                }
                for name in group.names {
                    do throws(APIError) {
                        objects.append(
                            try context.send(.get(group.type, namespace: namespace, name: name)) { () throws(APIError) in
                                try cluster.authorize(AccessRequest(verb: "get", group.type, namespace: namespace, name: name), as: context.user)
                                guard group.type.verbs.contains("get") else { throw APIError.methodNotAllowed }
                                return try fetch(group.type, name, cluster)
                            })
                    } catch {
                        failures.append(error)
                    }
                }
            }
            // kubectl tries prefixes only when the one error of `TYPE NAME` (or two `TYPE/NAME`s) is a NotFound.
            if files.isEmpty, failures.count == 1, failures[0].reason == "NotFound", arguments.count == 2 {
                return try describeMatching(failures[0], cluster, settings, context.io)
            }
            for (index, object) in objects.enumerated() {
                settings.logTypedRead(of: object)
                context.io.out((index == 0 ? "" : "\n\n") + Describers.describe(object, settings))
            }
            if objects.isEmpty, failures.isEmpty, listFailures.isEmpty {
                context.io.err(NoResourcesFound.message(types: [], namespace: namespace, allNamespaces: allNamespaces))
            }
            // What reading the manifests gathered is one error, printed first as its Error().
            let messages = (listFailures.isEmpty ? [] : [listFailures.errorText]) + failures.map(\.kubectlMessage)
            guard messages.isEmpty else { throw KubectlFailure(messages.joined(separator: "\n")) }
            return 0
        }

        /// Gets one object; as cli-runtime reads a NotFound, a missing namespace is the error then.
        private func fetch(_ type: ResourceType, _ name: String, _ cluster: Cluster) throws(APIError) -> KubeObject {
            do {
                return try cluster.get(type, namespace: namespace, name: name)
            } catch {
                guard error.reason == "NotFound", type.namespaced else { throw error }
                _ = try cluster.get(.namespaces, namespace: nil, name: namespace)
                throw error
            }
        }

        /// `DescribeMatchingResources`: the first argument read again as a single type, and every
        /// object of it in the namespace whose name starts with the second, each followed by a
        /// blank line; when none does, the original error.
        private func describeMatching(
            _ original: APIError, _ cluster: Cluster, _ settings: DescribeContext, _ io: IOStreams
        ) throws(KubectlFailure) -> Int32 {
            let matches: [KubeObject]
            let prefix = arguments[1]
            if arguments[0].contains("/") {
                let first = try ResourceRequest.parse([arguments[0]]).groups[0]
                do {
                    matches = [try fetch(first.type, first.names[0], cluster)]
                } catch {
                    throw .server(error)
                }
            } else {
                let types = try ResourceResolver.resolveList(arguments[0])
                guard types.count == 1 else { throw .error("you may only specify a single resource type") }
                matches = cluster.list(types[0], namespace: namespace)
                settings.log?.answered(.list(types[0], namespace: namespace, query: ["limit": "500"]), status: 200)
            }
            let described = matches.filter { $0.name.hasPrefix(prefix) }
            guard !described.isEmpty else { throw .server(original) }
            for object in described {
                settings.logTypedRead(of: object)
                io.out(Describers.describe(object, settings) + "\n")
            }
            return 0
        }
    }

    static let noResourceMessage =
        "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources."

    static let help = """
        Print a detailed page about objects: their settings, their state as the cluster sees it,
        and the events recorded about them (what the scheduler, the kubelet or a controller did).

        Name a type and an object, or just the start of a name: `describe pod web` shows every
        pod whose name begins with web when none is called exactly that.

        Examples:
          kubectl describe pod dnscmd
          kubectl describe deploy/coredns -n kube-system
          kubectl describe nodes
          kubectl describe pods -l app=web --show-events=false

        Options:
          -A, --all-namespaces      Look in every namespace
          -l, --selector=QUERY      Only objects whose labels match (a=b, a!=b, a in (x,y), !a)
          -f, --filename=FILE       The objects a manifest names (- reads standard input)
          -k, --kustomize=DIR       The objects a kustomization directory builds
              --show-events=false   Leave out the Events section

        Usage:
          kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
