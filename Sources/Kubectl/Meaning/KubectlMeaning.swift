import KubeAPI

/// What a kubectl command line means, independent of how it was spelled: the checker compares
/// `kubectl get ep kube-dns -n kube-system` and `k -n kube-system get endpoints/kube-dns` as equal.
public struct KubectlMeaning: Equatable, Sendable {
    public var verb: String
    /// Canonical plural resource names (`endpoints`, `deployments`).
    public var resources: [String]
    public var names: [String]
    /// The namespace the command acts in; nil with `--all-namespaces`.
    public var namespace: String?
    public var allNamespaces: Bool
    /// The label selector in canonical form, nil when none.
    public var labelSelector: String?
    public var output: String?

    public init(
        verb: String, resources: [String], names: [String], namespace: String?, allNamespaces: Bool,
        labelSelector: String?, output: String?
    ) {
        self.verb = verb
        self.resources = resources
        self.names = names
        self.namespace = namespace
        self.allNamespaces = allNamespaces
        self.labelSelector = labelSelector
        self.output = output
    }
}

extension Kubectl {
    /// Parses `argv` (starting with `kubectl`) the way `run` would; nil if it is not a valid command.
    public func meaning(of argv: [String]) -> KubectlMeaning? {
        let arguments = Array(argv.dropFirst())
        guard let verbIndex = Self.verbIndex(in: arguments) else { return nil }
        let name = arguments[verbIndex]
        var rest = arguments
        rest.remove(at: verbIndex)
        guard let verb = Self.verbs.first(where: { $0.name == name }),
            let flags = try? FlagParser.parse(rest, specs: verb.flags + GlobalFlags.specs)
        else { return nil }
        let all = flags.bool("all-namespaces")
        var resources: [String] = []
        var names: [String] = []
        var verbName = name
        if name == "certificate", let decision = flags.positionals.first.flatMap(CertificateDecision.init(rawValue:)) {
            // `certificate approve csr/a b`: the decision is part of the verb, the rest are requests.
            verbName = "certificate \(decision.rawValue)"
            resources = ["certificatesigningrequests"]
            names = flags.positionals.dropFirst().map { String($0.split(separator: "/").last ?? "") }
        } else if name == "exec" || name == "run" {
            names = Array(flags.positionals.prefix(1))
            resources = ["pods"]
        } else if name == "create", let generated = Self.generatedMeaning(flags.positionals) {
            (resources, names) = generated
        } else if let request = try? ResourceRequest.parse(Self.objectArguments(name, flags.positionals)) {
            resources = request.groups.map(\.type.plural)
            var seen = Set<String>()
            names = request.groups.flatMap(\.names).filter { seen.insert($0).inserted }
        }
        let selector = flags.string("selector").flatMap { try? LabelSelector(parsing: $0) }
        return KubectlMeaning(
            verb: verbName, resources: resources, names: names,
            namespace: all ? nil : (flags.string("namespace") ?? contextNamespace), allNamespaces: all,
            labelSelector: selector.map { LabelSelector($0.requirements.sorted { $0.key < $1.key }).description },
            output: flags.string("output"))
    }
}

extension Kubectl {
    /// The arguments that name objects: without a `set` subcommand or label, annotation and
    /// environment changes (`KEY=VALUE`, `KEY-`).
    static func objectArguments(_ verb: String, _ positionals: [String]) -> [String] {
        var arguments = positionals
        if verb == "set", !arguments.isEmpty { arguments.removeFirst() }
        guard ["label", "annotate", "set"].contains(verb) else { return arguments }
        return arguments.filter { !$0.contains("=") && !($0.hasSuffix("-") && $0 != "-") }
    }

    /// `create KIND [TYPE] NAME`: the kind's resource and the name.
    static func generatedMeaning(_ positionals: [String]) -> ([String], [String])? {
        guard let kind = positionals.first, let sub = Create.subcommands.first(where: { $0.names.contains(kind) }),
            let type = ResourceResolver.resolve(sub.names[0])
        else { return nil }
        var rest = Array(positionals.dropFirst())
        if ["service", "secret"].contains(sub.names[0]), !rest.isEmpty { rest.removeFirst() }
        return ([type.plural], rest)
    }
}
