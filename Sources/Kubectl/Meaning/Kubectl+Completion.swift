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
            guard verb == "top", positionals.count == 1 else { return [] }
            return ["node", "nodes", "no"].contains(sub)
                ? cluster.list(.nodes).map(\.name) : cluster.list(.pods, namespace: namespace).map(\.name)
        }
        if ["exec", "run", "logs", "attach", "debug"].contains(verb), verb == "exec" || verb == "run" || !current.contains("/") {
            return verb != "run" && positionals.isEmpty ? cluster.list(.pods, namespace: namespace).map(\.name) : []
        }
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
    ]

    private func namespaceFlag(in words: [String]) -> String? {
        for (i, word) in words.enumerated() {
            if (word == "-n" || word == "--namespace"), i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix("--namespace=") { return String(word.dropFirst("--namespace=".count)) }
        }
        return nil
    }
}
