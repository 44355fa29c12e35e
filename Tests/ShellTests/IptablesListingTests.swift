import Cluster
import Testing

@testable import Shell

@Suite("iptables -L and -S over saved rules, as iptables-nft 1.8.9 lays them out")
struct IptablesListingTests {
    private let table = IPTablesRuleset.Table(
        name: "nat",
        chains: [("OUTPUT", "ACCEPT"), ("KUBE-MARK-MASQ", "-"), ("KUBE-SVC-X", "-")],
        rules: [
            "-A OUTPUT -m comment --comment \"kubernetes service portals\" -j KUBE-SVC-X",
            "-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000",
            "-A KUBE-SVC-X ! -s 10.244.0.0/21 -d 10.98.0.10/32 -p udp -m comment --comment \"kube-system/kube-dns:dns cluster IP\" -m udp --dport 53 -j KUBE-MARK-MASQ",
            "-A KUBE-SVC-X -p tcp -m comment --comment a/b -m tcp -j DNAT --to-destination 10.244.1.5:80",
        ])

    @Test("a saved rule splits into addresses, protocol, matches with their options, and the target")
    func parse() {
        let rule = IptablesRule(saved: table.rules[2])
        #expect(rule.chain == "KUBE-SVC-X" && rule.target == "KUBE-MARK-MASQ" && rule.protocolName == "udp")
        #expect(rule.source == "10.244.0.0/21" && rule.sourceNegated && !rule.destinationNegated)
        #expect(rule.matches.map(\.name) == ["comment", "udp"])
        #expect(rule.matches[0].value("comment")?.value == "kube-system/kube-dns:dns cluster IP")
        #expect(IptablesRule(saved: "-A X -m mark ! --mark 0x4000/0x4000 -j RETURN").matches[0].value("mark")?.negated == true)
    }

    @Test("-L: policy or references, fixed columns, anywhere without -n, /32 dropped, extensions after")
    func list() {
        let text = IptablesListing(table: table).list(chain: nil)
        #expect(text.hasPrefix("Chain OUTPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n"
            + "KUBE-SVC-X  all  --  anywhere             anywhere             /* kubernetes service portals */\n\nChain KUBE-MARK-MASQ (1 references)\n"))
        #expect(text.contains("MARK       all  --  anywhere             anywhere             MARK or 0x4000\n"))
        #expect(text.contains("KUBE-MARK-MASQ  udp  -- !10.244.0.0/21        10.98.0.10           /* kube-system/kube-dns:dns cluster IP */ udp dpt:53\n"))
        #expect(text.hasSuffix("DNAT       tcp  --  anywhere             anywhere             /* a/b */ tcp to:10.244.1.5:80\n"))
    }

    @Test("-n -v --line-numbers: numbers, counters and interfaces; -x widens the counters")
    func listVerbose() {
        let text = IptablesListing(table: table, numeric: true, verbose: true, lineNumbers: true).list(chain: "KUBE-MARK-MASQ")
        #expect(text == "Chain KUBE-MARK-MASQ (1 references)\n"
            + "num   pkts bytes target     prot opt in     out     source               destination         \n"
            + "1        0     0 MARK       all  --  *      *       0.0.0.0/0            0.0.0.0/0            MARK or 0x4000\n")
        let exact = IptablesListing(table: table, verbose: true, exact: true).list(chain: "OUTPUT")
        #expect(exact.hasPrefix("Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)\n    pkts      bytes target"))
    }

    @Test("-S: policies, then new chains, then the rules as saved; one chain alone")
    func rules() {
        let listing = IptablesListing(table: table)
        #expect(listing.save(chain: nil).hasPrefix("-P OUTPUT ACCEPT\n-N KUBE-MARK-MASQ\n-N KUBE-SVC-X\n-A OUTPUT "))
        #expect(listing.save(chain: "KUBE-MARK-MASQ") == "-N KUBE-MARK-MASQ\n-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000\n")
    }

    @Test("MARK targets print as the extension names the operation")
    func markTargets() throws {
        func mark(_ value: String) throws -> String {
            IptablesListing.describe(target: try #require(IptablesRule(saved: "-A X -j MARK --set-xmark \(value)").targetModule))
        }
        #expect(try mark("0x4000/0x0") == " MARK xor 0x4000")
        #expect(try mark("0x4000/0xffffffff") == " MARK set 0x4000")
        #expect(try mark("0x0/0x4000") == " MARK and 0xffffbfff")
    }
}

@Suite("ip6tables -L: no fragment flag in the opt column, ::/0 as anywhere, /128 dropped")
struct Ip6tablesListingTests {
    @Test("an IPv6 rule lays out as ip6tables prints it")
    func list() {
        let table = IPTablesRuleset.Table(
            name: "nat", chains: [("KUBE-SERVICES", "-")],
            rules: ["-A KUBE-SERVICES ! -d ::1/128 -m comment --comment x -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS"])
        let text = IptablesListing(table: table, ipv6: true).list(chain: nil)
        #expect(text.hasSuffix("KUBE-NODEPORTS  all      anywhere            !::1                  /* x */ ADDRTYPE match dst-type LOCAL\n"))
        #expect(IptablesListing(table: table, ipv6: true, numeric: true).list(chain: nil).contains("all      ::/0"))
    }
}
