import KubeAPI
import Testing

@testable import Cluster

@Suite("kube-proxy's rules per mode, named and laid out as kube-proxy 1.32 writes them")
struct ProxyRulesTests {
    private func endpoint(_ ip: String, _ port: Int, on node: String = "n1") -> ProxyEndpoint {
        ProxyEndpoint(ip: ip, port: port, nodeName: node)
    }

    private func port(
        _ namespace: String, _ name: String, _ portName: String, _ proto: String = "tcp", ip: String, port: Int,
        nodePort: Int = 0, endpoints: [ProxyEndpoint]
    ) -> ProxyServicePort {
        ProxyServicePort(
            namespace: namespace, name: name, portName: portName, proto: proto, clusterIP: ip, port: port, nodePort: nodePort,
            externalPolicyLocal: false, internalPolicyLocal: false, sessionAffinityClientIP: false, affinityTimeout: 10800,
            endpoints: endpoints)
    }

    private func node(_ mode: String, _ ports: [ProxyServicePort]) -> ProxyNode {
        ProxyNode(name: "n1", ip: "172.22.0.2", configuration: KubeProxyConfiguration(mode: mode, clusterCIDR: "10.244.0.0/21"),
            serviceCIDR: "10.98.0.0/24", ports: ports)
    }

    @Test("SHA-256 and base32 agree with the published test vectors")
    func digest() {
        let hex = SHA256.digest("abc").map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.digest(String(repeating: "a", count: 1000)).count == 32)
        #expect(SHA256.base32(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }

    @Test("chain names hash the Service port as kube-proxy does in each mode")
    func chainNames() {
        let kubernetes = port("default", "kubernetes", "https", ip: "10.98.0.1", port: 443, endpoints: [])
        #expect("service-" + kubernetes.chainBase == "service-2QRHZV4L-default/kubernetes/tcp/https")
        #expect("KUBE-SVC-" + ProxyServicePort.iptablesHash(kubernetes.nameString + "tcp") == "KUBE-SVC-NPX46M4PTMTKRN6Y")
        let dnsTCP = port("kube-system", "kube-dns", "dns-tcp", ip: "10.98.0.10", port: 53, endpoints: [])
        #expect("KUBE-SVC-" + ProxyServicePort.iptablesHash(dnsTCP.nameString + "tcp") == "KUBE-SVC-ERIFXISQEP7F7OF4")
        #expect(port("default", "web", "", ip: "10.98.0.5", port: 80, endpoints: []).nameString == "default/web")
    }

    @Test("nftables: a Service with endpoints gets a service chain, endpoint chains and a service-ips element")
    func nftablesService() {
        let web = port("default", "web", "", ip: "10.98.0.5", port: 80, endpoints: [endpoint("10.244.1.5", 80), endpoint("10.244.1.6", 80)])
        let rules = NFTablesRuleset(node: node("nftables", [web]))
        let text = rules.text
        #expect(text.hasPrefix("table ip kube-proxy {\n\tcomment \"rules for kube-proxy\"\n\tset cluster-ips {\n"))
        #expect(text.contains("\t\telements = { 10.98.0.5 . tcp . 80 : goto service-" + web.chainBase + " }\n"))
        #expect(text.contains("\t\tip daddr 10.98.0.5 tcp dport 80 ip saddr != 10.244.0.0/21 jump mark-for-masquerade\n"))
        #expect(text.contains("\t\tnumgen random mod 2 vmap { 0 : goto endpoint-"))
        #expect(text.contains("\t\tmeta l4proto tcp dnat to 10.244.1.6:80\n"))
        #expect(text.contains("\t\tmeta mark set meta mark | 0x00004000\n"))
        #expect(rules.lookup(ip: "10.98.0.5", proto: "tcp", port: 80).endpoints.count == 2)
        #expect(!rules.lookup(ip: "10.98.0.5", proto: "udp", port: 80).matched)
    }

    @Test("nftables: without endpoints a Service and its NodePort are rejected, with no chain of their own")
    func nftablesNoEndpoints() {
        let web = port("default", "web", "http", ip: "10.98.0.5", port: 80, nodePort: 30080, endpoints: [])
        let rules = NFTablesRuleset(node: node("nftables", [web]))
        #expect(rules.text.contains("elements = { 10.98.0.5 . tcp . 80 comment \"default/web:http\" : goto reject-chain }"))
        #expect(rules.text.contains("elements = { tcp . 30080 comment \"default/web:http\" : goto reject-chain }"))
        #expect(!rules.text.contains("chain service-" + web.chainBase))
        #expect(rules.lookup(ip: "10.98.0.5", proto: "tcp", port: 80) == ProxyLookup(endpoints: [], rulesVisited: 2, matched: true))
    }

    @Test("nftables: the ip6 table has the same chains over ip6 addresses, only IPv6 Services, and no IPv4 node IP")
    func nftablesIPv6() {
        let web = port("default", "web", "", ip: "10.98.0.5", port: 80, endpoints: [endpoint("10.244.1.5", 80)])
        let v4 = NFTablesRuleset(node: node("nftables", [web]))
        let v6 = NFTablesRuleset(node: node("nftables", [web]), family: .ip6)
        #expect(v6.text.hasPrefix("table ip6 kube-proxy {\n\tcomment \"rules for kube-proxy\"\n\tset cluster-ips {\n\t\ttype ipv6_addr\n"))
        #expect(v6.text.contains("\tset nodeport-ips {\n\t\ttype ipv6_addr\n\t\tcomment \"IPs that accept NodePort traffic\"\n\t}\n"))
        #expect(v6.text.contains("\t\tip6 daddr @cluster-ips reject comment \"Reject traffic to invalid ports of ClusterIPs\"\n"))
        #expect(!v6.text.contains("10.98.0.5") && !v6.text.contains("ip daddr"))
        #expect(v6.text.split(separator: "\n").filter { $0.hasPrefix("\tchain ") }.count == 16)
        #expect(v4.text.contains("elements = { 172.22.0.2 }"))
        #expect(!v6.lookup(ip: "10.98.0.5", proto: "tcp", port: 80).matched)
    }

    @Test("nftables: one chain, set or map listed alone, in its table's header without the table comment")
    func nftablesListOne() {
        let rules = NFTablesRuleset(node: node("nftables", []))
        #expect(rules.text(chain: "mark-for-masquerade") == "table ip kube-proxy {\n\tchain mark-for-masquerade {\n\t\tmeta mark set meta mark | 0x00004000\n\t}\n}\n")
        #expect(rules.text("set", named: "nodeport-ips")?.hasSuffix("\t\telements = { 172.22.0.2 }\n\t}\n}\n") == true)
        #expect(rules.text("set", named: "service-ips") == nil)
        #expect(rules.text(chain: "nope") == nil)
    }

    @Test("nftables: long sets wrap eight addresses a line, maps one element a line")
    func wrapping() {
        let ports = (1...9).map { port("default", "s\($0)", "", ip: "10.98.0.\($0)", port: 80, endpoints: [endpoint("10.244.1.\($0)", 80)]) }
        let text = NFTablesRuleset(node: node("nftables", ports)).text
        #expect(text.contains("elements = { 10.98.0.1, 10.98.0.2, 10.98.0.3, 10.98.0.4, 10.98.0.5, 10.98.0.6, 10.98.0.7, 10.98.0.8,\n\t\t\t     10.98.0.9 }"))
        #expect(text.contains(" : goto service-" + ports[0].chainBase + ",\n\t\t\t     10.98.0.2 . tcp . 80"))
    }

    @Test("iptables: statistic probabilities split traffic evenly, printed as iptables-save does")
    func iptablesProbabilities() {
        #expect(IPTablesRuleset.probability(2) == "0.50000000000")
        #expect(IPTablesRuleset.probability(3) == "0.33333333349")
        #expect(IPTablesRuleset.probability(4) == "0.25000000000")
        let web = port("default", "web", "", ip: "10.98.0.5", port: 80,
            endpoints: [endpoint("10.244.1.5", 80), endpoint("10.244.1.6", 80), endpoint("10.244.1.7", 80)])
        let nat = IPTablesRuleset(node: node("iptables", [web]), kubeProxy: true).tables[2]
        let svc = nat.rules.filter { $0.hasPrefix("-A KUBE-SVC-") }
        #expect(svc.count == 4)
        #expect(svc[1].contains("--comment \"default/web -> 10.244.1.5:80\" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-"))
        #expect(svc[3].hasSuffix("-j " + "KUBE-SEP-" + ProxyServicePort.iptablesHash("default/webtcp10.244.1.7:80")))
        #expect(nat.rules.last == "-A KUBE-SVC-" + ProxyServicePort.iptablesHash("default/webtcp") + " -m comment --comment \"default/web -> 10.244.1.7:80\" -j KUBE-SEP-" + ProxyServicePort.iptablesHash("default/webtcp10.244.1.7:80"))
    }

    @Test("iptables: a lookup walks KUBE-SERVICES rule by rule, so its cost grows with the Services")
    func iptablesStorm() {
        let ports = (0..<200).map { port("default", "s\($0)", "", ip: "10.98.\($0 / 250).\($0 % 250)", port: 80, endpoints: [endpoint("10.244.1.1", 80)]) }
        let first = IPTablesRuleset(node: node("iptables", ports), kubeProxy: true).lookup(ip: "10.98.0.0", proto: "tcp", port: 80)
        let last = IPTablesRuleset(node: node("iptables", ports), kubeProxy: true).lookup(ip: "10.98.0.199", proto: "tcp", port: 80)
        #expect(last.rulesVisited - first.rulesVisited == 199)
        #expect(NFTablesRuleset(node: node("nftables", ports)).lookup(ip: "10.98.0.199", proto: "tcp", port: 80).rulesVisited == 3)
        #expect(IPVSTable(node: node("ipvs", ports)).lookup(ip: "10.98.0.199", proto: "tcp", port: 80).rulesVisited == 1)
    }

    @Test("iptables: outside iptables mode only the kubelet's chains are there")
    func kubeletOnly() {
        let rules = IPTablesRuleset(node: node("nftables", []), kubeProxy: false)
        #expect(rules.tables.map(\.name) == ["mangle", "filter", "nat"])
        let allRules = rules.tables.map(\.rules).joined()
        #expect(!allRules.contains { $0.contains("KUBE-SERVICES") })
        #expect(rules.tables[1].chains.map(\.name).contains("KUBE-FIREWALL"))
    }

    @Test("ipvs: virtual servers sorted by protocol, address and port, real servers as ipvsadm pads them")
    func ipvs() {
        let dns = port("kube-system", "kube-dns", "dns", "udp", ip: "10.98.0.10", port: 53, endpoints: [endpoint("10.244.0.13", 53)])
        let web = port("default", "web", "", ip: "10.98.0.5", port: 80, nodePort: 30080, endpoints: [endpoint("10.244.1.10", 80), endpoint("10.244.1.9", 80)])
        let text = IPVSTable(node: node("ipvs", [dns, web])).text
        #expect(text == """
            IP Virtual Server version 1.2.1 (size=4096)
            Prot LocalAddress:Port Scheduler Flags
              -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
            TCP  10.98.0.5:80 rr
              -> 10.244.1.9:80                Masq    1      0          0         
              -> 10.244.1.10:80               Masq    1      0          0         
            TCP  172.22.0.2:30080 rr
              -> 10.244.1.9:80                Masq    1      0          0         
              -> 10.244.1.10:80               Masq    1      0          0         
            UDP  10.98.0.10:53 rr
              -> 10.244.0.13:53               Masq    1      0          0         

            """)
    }

    @Test("the lab's Services become ports with their ready endpoints, sorted as kube-proxy keeps them")
    func labPorts() throws {
        let cluster = try WorldFixture.tk8s()
        let ports = cluster.proxyServicePorts()
        #expect(ports.map(\.nameString) == [
            "default/kubernetes:https", "kube-system/kube-dns:dns", "kube-system/kube-dns:dns-tcp", "kube-system/kube-dns:metrics",
            "kube-system/metrics-server:https",
        ])
        #expect(ports[1].endpoints.map(\.address) == ["10.244.0.13:53", "10.244.0.14:53"])
        #expect(ports[1].proto == "udp")
        let node = try #require(cluster.proxyNode("tk8s-worker2"))
        #expect(node.ip == "172.22.0.3")
    }
}

@Suite("kube-proxy's rule counts match the rules it prints")
struct ProxyRuleCountTests {
    @Test("counts taken without writing the rules equal the written rules, in nftables and iptables mode")
    func counts() {
        let endpoints = [ProxyEndpoint(ip: "10.244.1.5", port: 80, nodeName: "n1"), ProxyEndpoint(ip: "10.244.2.5", port: 80, nodeName: "n2")]
        var ports: [ProxyServicePort] = []
        for (index, (nodePort, local, withEndpoints)) in [(0, false, true), (30080, false, true), (30081, true, true), (30082, false, false), (0, false, false)].enumerated() {
            ports.append(ProxyServicePort(
                namespace: "default", name: "s\(index)", portName: "", proto: "tcp", clusterIP: "10.98.0.\(index + 1)", port: 80,
                nodePort: nodePort, externalPolicyLocal: local, internalPolicyLocal: false, sessionAffinityClientIP: false,
                affinityTimeout: 10800, endpoints: withEndpoints ? endpoints : []))
        }
        let node = ProxyNode(name: "n1", ip: "172.22.0.2", configuration: KubeProxyConfiguration(mode: "nftables", clusterCIDR: "10.244.0.0/21"),
            serviceCIDR: "10.98.0.0/24", ports: ports)
        let nft = NFTablesRuleset(node: node)
        let built = NFTablesRuleset.build(node: node)
        #expect(nft.ruleCount == built.chains.reduce(0) { $0 + $1.rules.count })
        #expect(nft.elementCount == built.containers.reduce(0) { $0 + $1.elements.count })
        let iptables = IPTablesRuleset(node: node, kubeProxy: true)
        #expect(iptables.ruleCount == iptables.tables.reduce(0) { $0 + $1.rules.count })
    }
}
