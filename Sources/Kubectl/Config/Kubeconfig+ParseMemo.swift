import Synchronization

extension Kubeconfig {
    /// What `parse` made of a file's text, as a value: every new lab reads the same kubeconfig
    /// first, and parsing YAML is the costly part of its first command.
    private struct Parsed: Sendable {
        var clusters: [Entry]
        var users: [Entry]
        var contexts: [Entry]
        var currentContext: String
        var colors: Bool
    }

    /// The last texts parsed in this process, with what each gave; a handful is enough.
    private static let memo = Mutex<[String: Result<Parsed, ParseProblem>]>([:])
    private static let memoLimit = 8

    /// `parse(text)`, a new object each time, from the memo when this text was parsed before.
    static func parsedFile(_ text: String) throws(ParseProblem) -> Kubeconfig {
        let known = memo.withLock { $0[text] }
        let result = known ?? Result { () throws(ParseProblem) in
            let config = try parse(text)
            return Parsed(
                clusters: config.clusters, users: config.users, contexts: config.contexts,
                currentContext: config.currentContext, colors: config.colors)
        }
        if known == nil {
            memo.withLock { memo in
                if memo.count >= memoLimit { memo.removeAll() }
                memo[text] = result
            }
        }
        let parsed = try result.get()
        let config = Kubeconfig(
            clusters: parsed.clusters, users: parsed.users, contexts: parsed.contexts, currentContext: parsed.currentContext)
        config.colors = parsed.colors
        return config
    }
}
