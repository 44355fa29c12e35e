import Cluster

/// `iptables -L` and `iptables -S` over one table of the node's rules, laid out as
/// iptables-nft 1.8.9 prints them: chain headers with policy or reference count, the fixed-width
/// target, prot, opt and address columns, then each match and the target's options as its
/// extension prints them. The node has no /etc/services or /etc/networks, so without `-n` only
/// `0.0.0.0/0` becomes `anywhere` and interfaces `any`. ip6tables leaves the opt column blank
/// (IPv6 has no fragment flag) and writes `::/0` as `anywhere`.
struct IptablesListing {
    var table: IPTablesRuleset.Table
    var ipv6 = false
    var numeric = false
    var verbose = false
    var lineNumbers = false
    /// `-x`: counters in full, in wider columns.
    var exact = false

    /// Each chain's rules, parsed, in the table's order.
    private var rulesByChain: [String: [(line: String, rule: IptablesRule)]] {
        var result: [String: [(line: String, rule: IptablesRule)]] = [:]
        for line in table.rules {
            let rule = IptablesRule(saved: line)
            result[rule.chain, default: []].append((line, rule))
        }
        return result
    }

    func hasChain(_ name: String) -> Bool { table.chains.contains { $0.name == name } }

    /// `-L [CHAIN]`: every chain (or one), a blank line between chains.
    func list(chain only: String?) -> String {
        let rules = rulesByChain
        var references: [String: Int] = [:]
        for line in table.rules { references[IptablesRule(saved: line).target, default: 0] += 1 }
        var blocks: [String] = []
        for chain in table.chains where only == nil || only == chain.name {
            var out = "Chain \(chain.name)"
            if chain.policy != "-" {
                out += verbose ? " (policy \(chain.policy) 0 packets, 0 bytes)\n" : " (policy \(chain.policy))\n"
            } else {
                out += " (\(references[chain.name] ?? 0) references)\n"
            }
            out += header()
            for (index, entry) in (rules[chain.name] ?? []).enumerated() { out += row(entry.rule, number: index + 1) }
            blocks.append(out)
        }
        return blocks.joined(separator: "\n")
    }

    /// `-S [CHAIN]`: policies and chain declarations, then the rules as iptables-save writes them.
    func save(chain only: String?) -> String {
        var out = ""
        for chain in table.chains where only == nil || only == chain.name {
            out += chain.policy != "-" ? "-P \(chain.name) \(chain.policy)\n" : "-N \(chain.name)\n"
        }
        for line in table.rules where only == nil || IptablesRule(saved: line).chain == only { out += line + "\n" }
        return out
    }

    private func header() -> String {
        var out = lineNumbers ? pad("num", 4) + " " : ""
        if verbose { out += leftPad("pkts", exact ? 8 : 5) + " " + leftPad("bytes", exact ? 10 : 5) + " " }
        out += pad("target", 9) + " " + " prot " + "opt"
        if verbose { out += " " + pad("in", 6) + " " + pad("out", 6) + " " }
        out += " " + pad("source", 19) + " " + " " + pad("destination", 19) + " " + "\n"
        return out
    }

    private func row(_ rule: IptablesRule, number: Int) -> String {
        var out = lineNumbers ? pad(String(number), 4) + " " : ""
        if verbose { out += leftPad("0", exact ? 8 : 5) + " " + leftPad("0", exact ? 10 : 5) + " " }
        out += pad(rule.target, 9) + " " + " " + pad(rule.protocolName, 5) + (ipv6 ? "   " : "-- ")
        if verbose {
            let any = numeric ? "*" : "any"
            out += " " + pad(any, 6) + " " + pad(any, 6) + " "
        }
        out += (rule.sourceNegated ? "!" : " ") + pad(address(rule.source), 19) + " "
        out += (rule.destinationNegated ? "!" : " ") + pad(address(rule.destination), 19) + " "
        for match in rule.matches { out += Self.describe(match: match) }
        if let target = rule.targetModule { out += Self.describe(target: target) }
        return out + "\n"
    }

    /// An address as the column shows it: `/32` dropped, `0.0.0.0/0` as `anywhere` unless numeric.
    private func address(_ text: String) -> String {
        // A rule without -s or -d parses as IPv4's everywhere.
        if text == "0.0.0.0/0" || text == "::/0" { return numeric ? (ipv6 ? "::/0" : "0.0.0.0/0") : "anywhere" }
        let host = ipv6 ? "/128" : "/32"
        return text.hasSuffix(host) ? String(text.dropLast(host.count)) : text
    }

    /// What a match extension prints after the addresses, with its leading space.
    static func describe(match: IptablesRule.Module) -> String {
        let bang = { (negated: Bool) in negated ? "! " : "" }
        switch match.name {
        case "comment":
            return " /* \(match.value("comment")?.value ?? "") */"
        case "conntrack":
            guard let state = match.value("ctstate") else { return " conntrack" }
            return " \(bang(state.negated))ctstate \(state.value)"
        case "tcp", "udp", "sctp":
            var out = " \(match.name)"
            if let port = match.value("sport") { out += " spt:\(port.negated ? "!" : "")\(port.value)" }
            if let port = match.value("dport") { out += " dpt:\(port.negated ? "!" : "")\(port.value)" }
            return out
        case "addrtype":
            var out = " ADDRTYPE match"
            if let type = match.value("src-type") { out += " src-type \(bang(type.negated))\(type.value)" }
            if let type = match.value("dst-type") { out += " dst-type \(bang(type.negated))\(type.value)" }
            return out
        case "mark":
            guard let mark = match.value("mark") else { return " mark match" }
            return " mark match \(bang(mark.negated))\(mark.value)"
        case "statistic":
            var out = " statistic mode \(match.value("mode")?.value ?? "random")"
            if let probability = match.value("probability") { out += " probability \(probability.value)" }
            return out
        default:
            return " \(match.name)"
        }
    }

    /// What a target extension prints after the matches; plain verdicts and chains print nothing.
    static func describe(target: IptablesRule.Module) -> String {
        switch target.name {
        case "REJECT":
            return " reject-with \(target.value("reject-with")?.value ?? "icmp-port-unreachable")"
        case "DNAT":
            return target.value("to-destination").map { " to:\($0.value)" } ?? ""
        case "MASQUERADE":
            return target.value("random-fully") != nil ? " random-fully" : ""
        case "MARK":
            guard let xmark = target.value("set-xmark")?.value else { return "" }
            let parts = xmark.split(separator: "/").map { UInt32($0.dropFirst(2), radix: 16) ?? 0 }
            let mark = parts.first ?? 0
            let mask = parts.count > 1 ? parts[1] : 0xFFFF_FFFF
            if mark == 0 { return " MARK and 0x" + String(~mask, radix: 16) }
            if mark == mask { return " MARK or 0x" + String(mark, radix: 16) }
            if mask == 0 { return " MARK xor 0x" + String(mark, radix: 16) }
            if mask == 0xFFFF_FFFF { return " MARK set 0x" + String(mark, radix: 16) }
            return " MARK xset 0x" + String(mark, radix: 16) + "/0x" + String(mask, radix: 16)
        default:
            return ""
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
