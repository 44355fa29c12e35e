/// cobra's "unknown command" error, with suggestions by edit distance or prefix.
enum UnknownCommand {
    /// Every kubectl 1.32 command, in the order `kubectl --help` lists them.
    static let kubectlCommands = [
        "create", "expose", "run", "set", "explain", "get", "edit", "delete", "rollout", "scale", "autoscale",
        "certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint", "describe", "logs", "attach",
        "exec", "port-forward", "proxy", "cp", "auth", "debug", "events", "diff", "apply", "patch", "replace", "wait",
        "kustomize", "label", "annotate", "completion", "alpha", "api-resources", "api-versions", "config", "plugin",
        "version",
    ]

    static func message(for name: String, known: [String]) -> String {
        let suggestions = known.filter { levenshtein($0, name) <= 2 || $0.hasPrefix(name.lowercased()) }
        var text = "error: unknown command \"\(name)\" for \"kubectl\""
        if !suggestions.isEmpty {
            text += "\n\nDid you mean this?\n" + suggestions.map { "\t\($0)" }.joined(separator: "\n")
        }
        return text
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
