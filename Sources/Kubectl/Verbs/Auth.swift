import Cluster
import KubeAPI

/// `kubectl auth can-i VERB RESOURCE[/NAME]`: asks the apiserver (a SelfSubjectAccessReview)
/// whether the current user may do something, and prints `yes` or `no`.
enum Auth {
    static let verb = Verb(name: "auth", flags: flags, help: KubectlHelp.auth, usagePath: usagePath) {
        context throws(KubectlFailure) in
        var context = context
        guard let sub = context.takeSubcommand(help: KubectlHelp.auth) else { return 1 }
        switch sub {
        case "can-i":
            try context.flags.refuseOthers(than: canIFlags, command: "auth can-i")
            return try context.flags.bool("list") ? AuthCanIList.run(context) : canI(context)
        case "whoami": return try AuthWhoAmI.run(context)
        case "reconcile": return try AuthReconcile.run(context)
        default: throw .validation("unknown command \"\(sub)\"", verb: "auth")
        }
    }

    /// The subcommand a flag error names.
    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let sub = words.first, ["can-i", "whoami", "reconcile"].contains(sub) else { return nil }
        return "auth " + sub
    }

    /// The flags of `auth can-i`.
    static let canIFlags: [FlagSpec] = [
        FlagSpec("quiet", "q", .bool), FlagSpec("all-namespaces", "A", .bool), FlagSpec("subresource"),
        FlagSpec("list", nil, .bool), FlagSpec("no-headers", nil, .bool),
    ]

    static let flags: [FlagSpec] = [
        FlagSpec("quiet", "q", .bool), FlagSpec("all-namespaces", "A", .bool), FlagSpec("subresource"),
        FlagSpec("list", nil, .bool), FlagSpec("no-headers", nil, .bool),
    ] + AuthReconcile.flags

    private static func canI(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let arguments = context.flags.positionals
        guard arguments.count == 2 else { throw KubectlFailure(twoArguments) }
        let (verb, resource) = (arguments[0], arguments[1])
        let isURL = resource.hasPrefix("/")
        // Complete resolves the resource before Validate looks at the verb.
        let typeName = String(resource.prefix { $0 != "/" })
        // A server that refuses discovery knows no type: the failures are logged, then warned of.
        let mapped = context.serverAnswers ? ResourceResolver.resolve(typeName) : nil
        if !isURL, typeName != "*", mapped == nil {
            if !context.serverAnswers { context.logDiscoveryFailures(context.discoveryAttempts) }
            context.io.err("Warning: the server doesn't have a resource type '\(typeName)'\n\n")
        }
        if !(isURL ? nonResourceVerbs : resourceVerbs).contains(verb) {
            context.io.err("Warning: verb '\(verb)' is not a known verb\n\n")
        }
        if context.flags.bool("no-headers") { throw .error("--no-headers cannot be set without --list specified") }
        let namespace = context.flags.bool("all-namespaces") ? "" : context.namespace
        let review = ServerRequest(method: "POST", path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
        let cluster: Cluster
        do throws(RequestError) {
            cluster = try context.client(for: review)
        } catch {
            throw error.unwrapped
        }
        let allowed: Bool
        if isURL {
            allowed = cluster.isAllowed(verb: verb, path: resource, as: context.user)
        } else {
            let name = resource.contains("/") ? String(resource.drop { $0 != "/" }.dropFirst()) : ""
            let (group, plural) = ResourceResolver.resolve(typeName).map { ($0.group, $0.plural) } ?? Self.groupResource(typeName)
            allowed = cluster.isAllowed(
                AccessRequest(
                    verb: verb, group: group, resource: plural, subresource: context.flags.string("subresource") ?? "",
                    namespace: namespace, name: name),
                as: context.user)
        }
        if !context.flags.bool("quiet") { context.io.out(allowed ? "yes\n" : "no\n") }
        return allowed ? 0 : 1
    }

    /// `schema.ParseGroupResource` of a type the server does not know: `resource.group`.
    private static func groupResource(_ text: String) -> (group: String, resource: String) {
        guard let dot = text.firstIndex(of: ".") else { return ("", text) }
        return (String(text[text.index(after: dot)...]), String(text[..<dot]))
    }

    /// `knownResourceVerbs` and `knownNonResourceVerbs` of kubectl's `auth can-i`.
    static let resourceVerbs: Set<String> = [
        "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind",
        "impersonate", "*", "approve", "sign", "escalate", "attest",
    ]
    static let nonResourceVerbs: Set<String> = ["get", "put", "post", "head", "options", "delete", "patch", "*"]

    static let twoArguments = """
        error: you must specify two arguments: verb resource or verb resource/resourceName.
        See 'kubectl auth can-i -h' for help and examples.
        """
}

extension KubectlHelp {
    static let auth = """
        Ask the API server what you may do and who it takes you to be, and bring RBAC roles and
        bindings in line with manifests.

        Available Commands:
          can-i         Ask whether you may do something
          reconcile     Add to roles and bindings what manifests grant, keeping what they grant already
          whoami        Show the user name and groups the API server sees you as

        Usage:
          kubectl auth [flags] [options]

        Use "kubectl auth <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
