import Cluster
import Kubectl

/// `nft` inside a node container: `nft list ruleset`, `list tables`, `list table`, `list chain`
/// and `list set|map` show the `kube-proxy` tables kube-proxy keeps in nftables mode, one per
/// address family (`ip` and `ip6`, in the order its two proxiers made them). In the other
/// modes, or with no kube-proxy running, the tables do not exist.
struct Nft: ShellCommand {
    let cluster: Cluster
    let node: String

    static let families: Set<String> = ["ip", "ip6", "inet", "arp", "bridge", "netdev"]

    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst()).filter { $0 != "-n" && $0 != "-a" }
        let tables = kubeProxyTables()
        guard words.count >= 2, words[0] == "list" else {
            if words.isEmpty {
                context.io.err("Error: no command specified\n")
            } else {
                context.io.err("Error: syntax error, unexpected \(words.joined(separator: " "))\n")
            }
            return 1
        }
        // An optional family after the object word; `ip` when none is given.
        var rest = Array(words.dropFirst(2))
        let family: String? = rest.first.flatMap { Self.families.contains($0) ? $0 : nil }
        if family != nil { rest.removeFirst() }
        switch (words[1], rest.count) {
        case ("ruleset", 0):
            context.io.out(tables.filter { family == nil || $0.family.rawValue == family }.map(\.text).joined())
        case ("tables", 0):
            for table in tables where family == nil || table.family.rawValue == family {
                context.io.out("table \(table.family.rawValue) kube-proxy\n")
            }
        case ("table", 1):
            guard let table = table(tables, family, rest[0]) else { return missing(words, context) }
            context.io.out(table.text)
        case ("chain", 2):
            guard let text = table(tables, family, rest[0])?.text(chain: rest[1]) else { return missing(words, context) }
            context.io.out(text)
        case ("set", 2), ("map", 2):
            guard let text = table(tables, family, rest[0])?.text(words[1], named: rest[1]) else { return missing(words, context) }
            context.io.out(text)
        default:
            context.io.err("Error: syntax error, unexpected \(words.joined(separator: " "))\n")
            return 1
        }
        return 0
    }

    private func table(_ tables: [NFTablesRuleset], _ family: String?, _ name: String) -> NFTablesRuleset? {
        guard name == "kube-proxy" else { return nil }
        return tables.first { $0.family.rawValue == (family ?? "ip") }
    }

    private func kubeProxyTables() -> [NFTablesRuleset] {
        guard let input = cluster.proxyNode(node), input.configuration.mode == "nftables" else { return [] }
        return NFTablesRuleset.Family.allCases.map { NFTablesRuleset(node: input, family: $0) }
    }

    /// nft's answer for an object that is not there: the command with the name underlined.
    private func missing(_ words: [String], _ context: CommandContext) -> Int32 {
        let line = words.joined(separator: " ")
        let name = words.last ?? ""
        let offset = line.count - name.count
        context.io.err("Error: No such file or directory\n\(line)\n"
            + String(repeating: " ", count: offset) + String(repeating: "^", count: name.count) + "\n")
        return 1
    }
}
