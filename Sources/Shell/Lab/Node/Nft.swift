import Cluster
import Kubectl

/// `nft` inside a node container: `nft list ruleset`, `nft list tables` and
/// `nft list table ip kube-proxy` show the table kube-proxy keeps in nftables mode.
/// In the other modes, or with no kube-proxy running, the table does not exist.
struct Nft: ShellCommand {
    let cluster: Cluster
    let node: String

    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst()).filter { $0 != "-n" && $0 != "-a" }
        let table = kubeProxyTable()
        switch words {
        case ["list", "ruleset"]:
            context.io.out(table?.text ?? "")
        case ["list", "tables"]:
            if table != nil { context.io.out("table ip kube-proxy\n") }
        case ["list", "table", "ip", "kube-proxy"], ["list", "table", "kube-proxy"]:
            guard let table else { return missing(words, context) }
            context.io.out(table.text)
        case _ where words.count >= 3 && words[0] == "list" && ["table", "chain", "set", "map"].contains(words[1]):
            return missing(words, context)
        case []:
            context.io.err("Error: no command specified\n")
            return 1
        default:
            context.io.err("Error: syntax error, unexpected \(words.joined(separator: " "))\n")
            return 1
        }
        return 0
    }

    private func kubeProxyTable() -> NFTablesRuleset? {
        guard let input = cluster.proxyNode(node), input.configuration.mode == "nftables" else { return nil }
        return NFTablesRuleset(node: input)
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
