import Cluster
import KubeAPI

/// `kubectl api-resources`: the resource types discovery lists, as a table (`-o wide` adds
/// VERBS and CATEGORIES) or `-o name`, filtered by `--namespaced`, `--api-group`, `--verbs`
/// and `--categories`, stably sorted by group (or `--sort-by=name|kind`).
enum APIResources {
    static let verb = Verb(name: "api-resources", flags: flags, help: KubectlHelp.apiResources) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("namespaced", nil, .bool), FlagSpec("api-group"), FlagSpec("output", "o"),
        FlagSpec("no-headers", nil, .bool), FlagSpec("sort-by"), FlagSpec("verbs", nil, .stringArray),
        FlagSpec("categories", nil, .stringArray), FlagSpec("cached", nil, .bool),
    ]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        guard flags.positionals.isEmpty else {
            throw .validation("unexpected arguments: [\(flags.positionals.joined(separator: " "))]", verb: "api-resources")
        }
        let output = flags.string("output") ?? ""
        guard ["", "wide", "name"].contains(output) else { throw .error("--output \(output) is not available") }
        let sortBy = flags.string("sort-by") ?? ""
        guard ["", "name", "kind"].contains(sortBy) else { throw .error("--sort-by accepts only name or kind") }
        // Discovery that fails still prints what it found (nothing), then the failure.
        var served: [ResourceType] = []
        var failure: KubectlFailure?
        do {
            served = try context.cluster.servedResources
            context.logDiscovery()
        } catch {
            failure = error
        }
        let types = sorted(served.filter { matches($0, flags) }, by: sortBy)
        if output == "name" {
            context.io.out(types.map { $0.qualifiedPlural + "\n" }.joined())
            if let failure { throw failure }
            return 0
        }
        let wide = output == "wide"
        var writer = TabWriter(minWidth: 6, padding: 3)
        if !flags.bool("no-headers") {
            writer.write("NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND" + (wide ? "\tVERBS\tCATEGORIES" : "") + "\n")
        }
        for type in types {
            var cells = [type.plural, type.shortNames.joined(separator: ","), type.apiVersion, String(type.namespaced), type.kind]
            if wide { cells += [type.verbs.joined(separator: ","), type.categories.joined(separator: ",")] }
            writer.write(cells.joined(separator: "\t") + "\n")
        }
        context.io.out(writer.flush())
        if let failure { throw failure }
        return 0
    }

    /// Whether a type passes the filter flags that were given.
    private static func matches(_ type: ResourceType, _ flags: ParsedFlags) -> Bool {
        if flags.isSet("namespaced"), type.namespaced != flags.bool("namespaced") { return false }
        if let group = flags.string("api-group"), type.group != group { return false }
        let verbs = flags.strings("verbs").flatMap { $0.split(separator: ",").map(String.init) }
        if !verbs.allSatisfy(type.verbs.contains) { return false }
        let categories = flags.strings("categories").flatMap { $0.split(separator: ",").map(String.init) }
        return categories.allSatisfy(type.categories.contains)
    }

    /// kubectl's stable sort: by group unless `--sort-by` names another key.
    private static func sorted(_ types: [ResourceType], by key: String) -> [ResourceType] {
        let keyed = types.enumerated().map { (offset, type) in
            (offset, type, key == "name" ? type.plural : key == "kind" ? type.kind : type.group)
        }
        return keyed.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.map(\.1)
    }
}

extension KubectlHelp {
    static let apiResources = """
        List the kinds of object the cluster serves: their plural names, short names, API
        version, whether they live in a namespace, and their kind.

        Examples:
          kubectl api-resources                      # everything
          kubectl api-resources --namespaced=false   # only cluster-wide kinds such as nodes
          kubectl api-resources --api-group=apps     # one API group ('' for the core group)
          kubectl api-resources -o wide              # add the verbs each kind allows

        Options:
              --namespaced=BOOL     Only namespaced (true) or cluster-wide (false) kinds
              --api-group=GROUP     Only kinds of this API group
              --verbs=VERB,...      Only kinds that allow all these verbs
              --categories=CAT,...  Only kinds in these categories (all)
              --sort-by=name|kind   Sort by this instead of by API group
          -o, --output=wide|name    Add VERBS and CATEGORIES, or print only names
              --no-headers          Leave out the header line

        Usage:
          kubectl api-resources [flags] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
