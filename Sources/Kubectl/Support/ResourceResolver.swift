import Cluster
import KubeAPI

/// Turns what a user types for a resource (`po`, `pods`, `pod`, `deployments.apps`, `Deployment`)
/// into the served resource type, as kubectl's REST mapper does from discovery.
enum ResourceResolver {
    /// The custom resources discovery listed for the command being run (kubectl's REST mapper
    /// is built from discovery at the start of each command).
    @TaskLocal static var customResources: [ResourceType] = []
    /// The categories discovery listed those custom resources in.
    @TaskLocal static var customCategories: [ResourceType: [String]] = [:]

    /// Runs `body` with the custom resources `cluster` serves known to the resolver.
    static func withDiscovery<R>(of cluster: Cluster, _ body: () throws(KubectlFailure) -> R) throws(KubectlFailure) -> R {
        let serving = cluster.isAPIServerServing
        let custom = serving ? cluster.customResourceTypes : []
        let categories = serving ? cluster.customResourceCategories : [:]
        let result = $customResources.withValue(custom) {
            $customCategories.withValue(categories) { Result { () throws(KubectlFailure) in try body() } }
        }
        return try result.get()
    }

    static func resolve(_ text: String) -> ResourceType? {
        let token = text.lowercased()
        // `resource.version.group` (`hpa.v1.autoscaling`) names one served version.
        let parts = token.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[1].first == "v", parts[1].dropFirst().first?.isNumber == true,
            let type = resolve(parts[0] + "." + parts[2])
        {
            if type.version == parts[1] { return type }
            if let other = ResourceType.otherVersions.first(where: { $0.plural == type.plural && $0.group == type.group && $0.version == parts[1] }) {
                return other
            }
        }
        let (name, group): (String, String?) = {
            guard let dot = token.firstIndex(of: ".") else { return (token, nil) }
            return (String(token[..<dot]), String(token[token.index(after: dot)...]))
        }()
        return (ResourceType.discovered + customResources).first { type in
            if let group, type.group != group { return false }
            return type.plural == name || type.singular == name || type.shortNames.contains(name)
                || type.kind.lowercased() == name
        }
    }

    /// The built-in kinds of each category, in discovery order.
    private static let builtInCategories: [String: [ResourceType]] = Dictionary(
        grouping: ResourceType.discovered.flatMap { type in type.categories.map { (category: $0, type: type) } },
        by: \.category
    ).mapValues { $0.map(\.type) }

    /// One `TYPE[,TYPE...]` argument, with categories (`all`, `api-extensions`) expanded.
    static func resolveList(_ text: String) throws(KubectlFailure) -> [ResourceType] {
        var types: [ResourceType] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let name = part.lowercased()
            // Custom resources join a category after the built-in kinds, as discovery lists them.
            let custom = customResources.filter { customCategories[$0]?.contains(name) == true }
            let category = (builtInCategories[name] ?? []) + custom
            if name == "all" {
                types += ResourceType.all + custom
            } else if !category.isEmpty {
                types += category
            } else if let type = resolve(part) {
                types.append(type)
            } else {
                throw .error("the server doesn't have a resource type \"\(part)\"")
            }
        }
        var seen = Set<ResourceType>()
        return types.filter { seen.insert($0).inserted }
    }
}

/// What a command's resource arguments ask for: `TYPE NAME...`, `TYPE[,TYPE]`, or `TYPE/NAME...`.
struct ResourceRequest {
    /// Each requested type, with the names asked for (empty = every object of the type).
    var groups: [(type: ResourceType, names: [String])]
    /// Whether the user wrote `type/name` forms.
    var usedSlashForm: Bool

    /// Whether the arguments name objects (`pods web`, `pod/web`) rather than only types.
    var namesObjects: Bool { usedSlashForm || groups.contains { !$0.names.isEmpty } }

    /// The builder's refusals when a selector or `--all` picks the objects (`visitBySelector`).
    func checkSelecting() throws(KubectlFailure) {
        if usedSlashForm { throw .error("selectors and the all flag cannot be used when passing resource/name arguments") }
        if groups.contains(where: { !$0.names.isEmpty }) { throw .error("name cannot be provided when a selector is specified") }
        if groups.isEmpty { throw .error("at least one resource must be specified to use a selector") }
    }

    static func parse(_ arguments: [String]) throws(KubectlFailure) -> ResourceRequest {
        guard let first = arguments.first else { return ResourceRequest(groups: [], usedSlashForm: false) }
        if arguments.contains(where: { $0.contains("/") }) {
            guard arguments.allSatisfy({ $0.contains("/") }) else {
                throw .error("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
            }
            var groups: [(type: ResourceType, names: [String])] = []
            for arg in arguments {
                let parts = arg.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else {
                    throw .error("arguments in resource/name form may not have more than one slash")
                }
                guard !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains(",") else {
                    throw .error("arguments in resource/name form must have a single resource and name")
                }
                guard let type = ResourceResolver.resolve(parts[0]) else {
                    throw .error("the server doesn't have a resource type \"\(parts[0])\"")
                }
                if let index = groups.firstIndex(where: { $0.type == type }) {
                    groups[index].names.append(parts[1])
                } else {
                    groups.append((type, [parts[1]]))
                }
            }
            return ResourceRequest(groups: groups, usedSlashForm: true)
        }
        let types = try ResourceResolver.resolveList(first)
        let names = Array(arguments.dropFirst())
        return ResourceRequest(groups: types.map { ($0, names) }, usedSlashForm: false)
    }
}

extension ResourceRequest {
    /// Fetches each named object in turn and hands it to `body`, stopping at the first failure,
    /// as kubectl's visitors do (or skipping objects not found, or with `fetchFailed` handing
    /// each failure to it and going on, as a builder told to continue on errors does); a type
    /// without names is kubectl's "no name" error. Each GET (of `subresource`, when the builder
    /// asks for one) is logged asking for `accept`, the media types of the verb's builder.
    func forEachNamed(
        _ context: VerbContext, ignoringNotFound: Bool = false, fetchFailed: ((KubectlFailure) -> Void)? = nil,
        accept: String = ServerRequest.MediaTypes.json, subresource: String = "",
        _ body: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        for group in groups {
            guard !group.names.isEmpty else { throw .error(RolloutTarget.noName) }
            for name in group.names {
                let object: KubeObject
                let cluster = try context.cluster
                do {
                    // The builder's GET, refused before the object is looked for.
                    let access = AccessRequest(verb: "get", group.type, namespace: context.namespace, name: name)
                    var get = ServerRequest.get(
                        group.type, namespace: context.namespace, name: name, subresource: subresource, accept: accept)
                    // A subresource the type does not serve is a path the apiserver does not know:
                    // its 404 names nothing.
                    let unserved = !subresource.isEmpty && !group.type.subresources.contains { $0.name == subresource }
                    if unserved { get.target = nil }
                    object = try context.send(get) { () throws(APIError) in
                        try cluster.authorize(access, as: context.user)
                        if unserved { throw Cluster.noSuchPath }
                        return try cluster.get(group.type, namespace: context.namespace, name: name)
                    }
                } catch {
                    if error.code == 401 || error.code == 403 { throw .server(error) }
                    if ignoringNotFound && error.reason == "NotFound" { continue }
                    guard let fetchFailed else { throw .server(error) }
                    fetchFailed(.server(error))
                    continue
                }
                try body(group.type, object)
            }
        }
    }
}

extension ResourceRequest {
    /// Like `forEachNamed`, but a type given without names means the objects `--all` or `-l` select;
    /// with `allNamespaces` (`-A`), in every namespace, where a namespaced object cannot be named.
    /// Names beside a selector are refused, as the builder's `visitBySelector` refuses them.
    func forEachSelected(
        _ context: VerbContext, all: Bool, allNamespaces: Bool = false, selector: SelectorQuery,
        fetchFailed: ((KubectlFailure) -> Void)? = nil, accept: String = ServerRequest.MediaTypes.json,
        _ body: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        if all && !selector.labelText.isEmpty { throw .error("cannot set --all and --selector at the same time") }
        if all && !selector.fieldText.isEmpty { throw .error("cannot set --all and --field-selector at the same time") }
        // `--all` picks every object only when nothing is named (the builder's ResourceTypeOrNameArgs).
        guard (all && !namesObjects) || !selector.isEmpty else {
            if allNamespaces, groups.contains(where: { $0.type.namespaced && !$0.names.isEmpty }) {
                throw .error("a resource cannot be retrieved by name across all namespaces")
            }
            return try forEachNamed(context, fetchFailed: fetchFailed, accept: accept, body)
        }
        try checkSelecting()
        let namespace = allNamespaces ? nil : context.namespace
        for group in groups {
            let objects: [KubeObject]
            let cluster = try context.cluster
            let access = AccessRequest(verb: "list", group.type, namespace: namespace)
            do {
                objects = try context.send(selector.request(group.type, namespace: namespace, accept: accept)) {
                    () throws(APIError) in
                    try cluster.authorize(access, as: context.user)
                    return try selector.list(cluster, group.type, namespace: namespace)
                }
            } catch {
                throw .server(error)
            }
            for object in objects { try body(group.type, object) }
        }
    }
}
