import KubeAPI
import Testing

@testable import Cluster

@Suite("ip6tables on a single-stack IPv4 node: the kubelet's chains and kube-proxy's IPv6 proxier")
struct IP6TablesRulesTests {
    private func node(_ mode: String) -> ProxyNode {
        let web = ProxyServicePort(
            namespace: "default", name: "web", portName: "", proto: "tcp", clusterIP: "10.98.0.5", port: 80, nodePort: 30080,
            externalPolicyLocal: false, internalPolicyLocal: false, sessionAffinityClientIP: false, affinityTimeout: 10800,
            endpoints: [ProxyEndpoint(ip: "10.244.1.5", port: 80, nodeName: "n1")])
        return ProxyNode(name: "n1", ip: "172.22.0.2", configuration: KubeProxyConfiguration(mode: mode, clusterCIDR: "10.244.0.0/21"),
            serviceCIDR: "10.98.0.0/24", ports: [web])
    }

    @Test("the kubelet keeps its canaries and hint in both families, its KUBE-FIREWALL only in IPv4")
    func kubeletChains() {
        let rules = IPTablesRuleset(node: node("nftables"), kubeProxy: false, ipv6: true)
        #expect(rules.tables.map(\.name) == ["mangle", "filter", "nat"])
        #expect(rules.tables[0].chains.map(\.name).suffix(2) == ["KUBE-IPTABLES-HINT", "KUBE-KUBELET-CANARY"])
        #expect(rules.tables[1].chains.map(\.name) == ["INPUT", "FORWARD", "OUTPUT", "KUBE-KUBELET-CANARY"])
        #expect(rules.tables.allSatisfy { $0.rules.isEmpty })
    }

    @Test("in iptables mode the IPv6 proxier writes its base chains but no IPv4 Service's rules")
    func proxierBaseChains() {
        let v6 = IPTablesRuleset(node: node("iptables"), kubeProxy: true, ipv6: true)
        let nat = v6.tables[2]
        #expect(nat.chains.map(\.name).contains("KUBE-SERVICES"))
        #expect(!nat.chains.contains { $0.name.hasPrefix("KUBE-SVC-") || $0.name.hasPrefix("KUBE-EXT-") })
        #expect(nat.rules.contains(
            "-A KUBE-SERVICES ! -d ::1/128 -m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS"))
        #expect(v6.lookup(ip: "10.98.0.5", proto: "tcp", port: 80).endpoints.isEmpty)
        let v4 = IPTablesRuleset(node: node("iptables"), kubeProxy: true)
        #expect(v4.tables[2].chains.contains { $0.name.hasPrefix("KUBE-SVC-") })
        #expect(v4.tables[2].rules.contains { $0.hasPrefix("-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports;") })
    }
}
