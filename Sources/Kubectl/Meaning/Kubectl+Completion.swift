import Cluster
import KubeAPI

extension Kubectl {
    /// Candidates for the last word of a kubectl command line (`words` excludes the program name):
    /// verbs, flags, resource types, then live object names.
    public func completions(words: [String], current: String) -> [String] {
        let candidates: [String]
        if let previous = words.last, ["-n", "--namespace"].contains(previous) {
            candidates = cluster.list(.namespaces).map(\.name)
        } else if let verbIndex = Self.verbIndex(in: words), let verb = Self.verbs.first(where: { $0.name == words[verbIndex] }) {
            if current.hasPrefix("-") {
                candidates = (verb.flags + GlobalFlags.specs).map { "--" + $0.long }
            } else {
                candidates = positionalCandidates(verb: verb.name, words: Array(words[(verbIndex + 1)...]), current: current)
            }
        } else {
            candidates = current.hasPrefix("-") ? GlobalFlags.specs.map { "--" + $0.long } : Self.verbs.map(\.name)
        }
        return candidates.filter { $0.hasPrefix(current) }
    }

    private func positionalCandidates(verb: String, words: [String], current: String) -> [String] {
        let namespace = namespaceFlag(in: words) ?? contextNamespace
        let positionals = words.enumerated().filter { i, w in
            !w.hasPrefix("-") && !(i > 0 && ["-n", "--namespace", "-l", "--selector", "-o", "--output", "-c"].contains(words[i - 1]))
        }.map(\.element)
        if let words = Self.subcommandWords[verb] {
            guard let sub = positionals.first else { return words }
            switch verb {
            case "top" where positionals.count == 1:
                return ["node", "nodes", "no"].contains(sub)
                    ? cluster.list(.nodes).map(\.name) : cluster.list(.pods, namespace: namespace).map(\.name)
            case "create" where sub == "token" && positionals.count == 1:
                return cluster.list(.serviceAccounts, namespace: namespace).map(\.name)
            case "certificate":
                return cluster.list(.certificateSigningRequests).map(\.name)
            case "rollout", "set":
                return objectCandidates(Array(positionals.dropFirst()), current: current, namespace: namespace)
            default:
                return []
            }
        }
        if ["exec", "run", "logs", "attach", "debug"].contains(verb), verb == "exec" || verb == "run" || !current.contains("/") {
            return verb != "run" && positionals.isEmpty ? cluster.list(.pods, namespace: namespace).map(\.name) : []
        }
        return objectCandidates(positionals, current: current, namespace: namespace)
    }

    /// Resource types, then the names of objects of the type given (or `TYPE/` names).
    private func objectCandidates(_ positionals: [String], current: String, namespace: String) -> [String] {
        if let slash = current.firstIndex(of: "/"), let type = ResourceResolver.resolve(String(current[..<slash])) {
            let prefix = String(current[...slash])
            return cluster.list(type, namespace: namespace).map { prefix + $0.name }
        }
        guard let typeWord = positionals.first else {
            return ResourceType.served.map(\.plural) + ResourceType.served.flatMap(\.shortNames) + ["all"]
        }
        guard let type = ResourceResolver.resolve(typeWord) else { return [] }
        return cluster.list(type, namespace: namespace).map(\.name)
    }

    /// The verbs whose first word is one of a fixed set (a subcommand or a shell).
    static let subcommandWords: [String: [String]] = [
        "top": ["node", "pod"], "completion": ["bash", "zsh", "fish", "powershell"],
        "create": Create.subcommands.map(\.names[0]),
        "rollout": ["history", "pause", "restart", "resume", "status", "undo"],
        "set": ["env", "image", "resources", "selector", "serviceaccount", "subject"],
        "auth": ["can-i", "reconcile", "whoami"],
        "certificate": ["approve", "deny"],
        "config": [
            "current-context", "delete-cluster", "delete-context", "delete-user", "get-clusters", "get-contexts",
            "get-users", "rename-context", "set", "set-cluster", "set-context", "set-credentials", "unset",
            "use-context", "view",
        ],
    ]

    private func namespaceFlag(in words: [String]) -> String? {
        for (i, word) in words.enumerated() {
            if (word == "-n" || word == "--namespace"), i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix("--namespace=") { return String(word.dropFirst("--namespace=".count)) }
        }
        return nil
    }
}
