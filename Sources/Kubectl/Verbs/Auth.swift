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
        Ask the API server what you are allowed to do and who it takes you to be, and bring RBAC
        roles and bindings in line with manifests without taking away what they already grant.

        Examples:
          kubectl auth can-i create deployments             # yes or no, in the current namespace
          kubectl auth can-i delete pods -n kube-system
          kubectl auth can-i get /healthz                   # a URL that is not a resource
          kubectl auth can-i --list -n kube-system          # every rule you hold there, as a table
          kubectl auth whoami                               # your user name, groups and extras
          kubectl auth whoami -o yaml                       # the SelfSubjectReview the server answered with
          kubectl auth reconcile -f rbac.yaml               # create or extend Roles, ClusterRoles and their bindings

        Options (can-i):
          -A, --all-namespaces   Ask about every namespace at once
          -q, --quiet            Print nothing; the exit code is the answer
              --list             Show every rule granted to you instead of answering one question
              --no-headers       With --list, leave out the heading line

        Options (whoami):
          -o, --output           yaml, json, name, jsonpath=... or go-template=... instead of the table

        Options (reconcile):
          -f, --filename=[]                  Manifest files or directories to read RBAC objects from ('-' for stdin)
          -k, --kustomize=''                 A kustomization directory whose built objects are used instead
          -R, --recursive                    Also read the directories under a -f directory
              --remove-extra-permissions     Drop rules a stored role has beyond the manifest's (kept by default)
              --remove-extra-subjects        Drop subjects a stored binding has beyond the manifest's (kept by default)
              --dry-run=client               Work out and report the changes without writing anything
          -o, --output                       yaml, json, name, jsonpath=... or go-template=... instead of the line

        reconcile adds what is missing and keeps what is already granted, unlike apply, which
        would overwrite the whole rule list. Objects of other kinds in the files are skipped. A
        stored object annotated rbac.authorization.kubernetes.io/autoupdate: "false" is reported
        but left alone, and a binding whose roleRef differs is deleted and created again.

        """
}
