import Cluster
import Kubectl

/// `iptables` inside a node container, for looking only: `-L`/`--list` and `-S`/`--list-rules`
/// (with an optional chain), `-t TABLE`, `-n`, `-v`, `-x` and `--line-numbers`, over the same
/// rules `iptables-save` prints (kube-proxy's only in iptables mode, the kubelet's always);
/// as `ip6tables`, over the IPv6 rules.
struct Iptables: ShellCommand {
    let cluster: Cluster
    let node: String
    var ipv6 = false

    private var tool: String { ipv6 ? "ip6tables" : "iptables" }

    enum Command { case list, rules }

    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())[...]
        var command: Command?
        var chain: String?
        var tableName = "filter"
        var listing = IptablesListing(table: .init(name: "", chains: [], rules: []), ipv6: ipv6)
        /// A command's optional chain: the next word when it is not an option.
        func optionalChain() -> String? {
            guard let next = arguments.first, !next.hasPrefix("-") else { return nil }
            return arguments.popFirst()
        }
        while let argument = arguments.popFirst() {
            switch argument {
            case "--list": command = .list; chain = optionalChain()
            case "--list-rules": command = .rules; chain = optionalChain()
            case "--numeric": listing.numeric = true
            case "--verbose": listing.verbose = true
            case "--exact": listing.exact = true
            case "--version", "-V":
                context.io.out("\(tool) v1.8.9 (nf_tables)\n")
                return 0
            case "--line-numbers": listing.lineNumbers = true
            case "--table", "-t":
                guard let name = arguments.popFirst() else { return fail(context, "option \"\(argument)\" requires an argument", 2) }
                tableName = name
            default:
                guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 1 else {
                    return fail(context, "unknown option \"\(argument)\"", 2)
                }
                // Bundled short options (`-nvL`); a command letter takes an optional chain after the bundle.
                for letter in argument.dropFirst() {
                    switch letter {
                    case "n": listing.numeric = true
                    case "v": listing.verbose = true
                    case "x": listing.exact = true
                    case "L": command = .list
                    case "S": command = .rules
                    case "t":
                        guard let name = arguments.popFirst() else { return fail(context, "option \"-t\" requires an argument", 2) }
                        tableName = name
                    default: return fail(context, "unknown option \"\(argument)\"", 2)
                    }
                }
                if argument.contains("L") || argument.contains("S") { chain = optionalChain() }
            }
        }
        guard let command else { return fail(context, "no command specified", 2) }
        guard let table = Self.table(named: tableName, cluster: cluster, node: node, ipv6: ipv6) else {
            context.io.err("\(tool) v1.8.9 (nf_tables): table '\(tableName)' does not exist\n"
                + "Perhaps \(tool) or your kernel needs to be upgraded.\n")
            return 3
        }
        listing.table = table
        if let chain, !listing.hasChain(chain) {
            context.io.err("iptables: No chain/target/match by that name.\n")
            return 1
        }
        context.io.out(command == .list ? listing.list(chain: chain) : listing.save(chain: chain))
        return 0
    }

    /// The table from the node's rules; `raw` and `security` exist with empty built-in chains.
    static func table(named name: String, cluster: Cluster, node: String, ipv6: Bool = false) -> IPTablesRuleset.Table? {
        if let table = IptablesSave.ruleset(cluster: cluster, node: node, ipv6: ipv6).tables.first(where: { $0.name == name }) { return table }
        let builtins: [String: [String]] = ["raw": ["PREROUTING", "OUTPUT"], "security": ["INPUT", "FORWARD", "OUTPUT"]]
        guard let chains = builtins[name] else { return nil }
        return IPTablesRuleset.Table(name: name, chains: chains.map { ($0, "ACCEPT") }, rules: [])
    }

    private func fail(_ context: CommandContext, _ message: String, _ status: Int32) -> Int32 {
        context.io.err("\(tool) v1.8.9 (nf_tables): \(message)\nTry `\(tool) -h' or '\(tool) --help' for more information.\n")
        return status
    }
}
