/// A command's help page as data, laid out as kubectl lays its help out: the description,
/// aliases, examples, options, usage and the pointer to `kubectl options`.
struct HelpPage: Sendable {
    /// One option: `--name=default`, with the short form when there is one.
    struct Option: Sendable {
        var flag: String
        var text: String
    }

    var summary: String
    var aliases: [String] = []
    /// Each example as a comment and the command line(s) it explains.
    var examples: [(comment: String, command: String)] = []
    var options: [Option] = []
    var usage: String

    var text: String {
        var out = summary + "\n\n"
        if !aliases.isEmpty { out += "Aliases:\n" + aliases.joined(separator: ", ") + "\n\n" }
        if !examples.isEmpty {
            out += "Examples:\n"
            out += examples.map { "  # \($0.comment)\n  \($0.command)" }.joined(separator: "\n  \n") + "\n\n"
        }
        if !options.isEmpty {
            out += "Options:\n"
            out += options.map { "    \($0.flag):\n\t\($0.text)\n" }.joined(separator: "\n") + "\n"
        }
        out += "Usage:\n  \(usage)\n\n"
        out += "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"
        return out
    }
}

extension KubectlHelp {
    /// The help of a subcommand (`create deployment`, `rollout status`), by its command path.
    static let subcommands: [String: HelpPage] = {
        var pages: [String: HelpPage] = [:]
        for group in [createPages, rolloutPages, setPages, configPages, certificatePages, otherPages, rulePages] {
            pages.merge(group) { first, _ in first }
        }
        return pages
    }()

    /// The help for `words` (the verb and what follows it): the longest subcommand path they begin with.
    static func subcommandHelp(_ words: [String]) -> String? {
        for length in stride(from: min(words.count, 3), through: 2, by: -1) {
            let path = words.prefix(length).joined(separator: " ")
            if let page = subcommands[path] { return page.text }
            if let text = groupPages[path] { return text }
            // An alias names the same page: `create deploy` is `create deployment`.
            let parent = words.prefix(length - 1).joined(separator: " ")
            if let page = subcommands.first(where: { key, page in
                key.hasPrefix(parent + " ") && key.split(separator: " ").count == length && page.aliases.contains(words[length - 1])
            })?.value {
                return page.text
            }
        }
        return nil
    }
}
