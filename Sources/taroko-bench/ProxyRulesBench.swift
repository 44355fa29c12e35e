import Cluster
import Foundation

/// kube-proxy at scale: for each mode, the time to build all three nodes' rules from 10,000
/// Services with 50,000 endpoints and to look one Service up, and how the rule count and the
/// rules a lookup walks grow with the number of Services (the notes' "iptables storm").
func benchProxyRules(services: Int, endpointsPerService: Int) {
    let nodes = ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"]
    let ips = ["172.22.0.1", "172.22.0.2", "172.22.0.3"]
    for count in [100, 1_000, services] {
        let ports = syntheticServicePorts(count, endpointsPerService: endpointsPerService, nodes: nodes)
        let inputs = nodes.indices.map { index in
            ProxyNode(name: nodes[index], ip: ips[index], configuration: KubeProxyConfiguration(mode: "", clusterCIDR: "10.244.0.0/16"),
                serviceCIDR: "10.96.0.0/12", ports: ports)
        }
        let last = ports[ports.count - 1]
        report("kube-proxy with \(count) Services and \(count * endpointsPerService) endpoints, on \(nodes.count) nodes:")
        var nft: [NFTablesRuleset] = []
        let nftBuild = ContinuousClock().measure { nft = inputs.map { NFTablesRuleset(node: $0) } }
        var nftLookup = ProxyLookup(endpoints: [], rulesVisited: 0, matched: false)
        let nftTime = ContinuousClock().measure { nftLookup = nft[0].lookup(ip: last.clusterIP, proto: last.proto, port: last.port) }
        report(String(format: "    nftables: built in %.1f ms; %d rules and %d map or set elements a node; lookup of the last Service %.3f ms, %d rules walked (budget 100 ms)",
            milliseconds(nftBuild), nft[0].ruleCount, nft[0].elementCount, milliseconds(nftTime), nftLookup.rulesVisited))
        var iptables: [IPTablesRuleset] = []
        let iptBuild = ContinuousClock().measure { iptables = inputs.map { IPTablesRuleset(node: $0, kubeProxy: true) } }
        var iptLookup = ProxyLookup(endpoints: [], rulesVisited: 0, matched: false)
        let iptTime = ContinuousClock().measure { iptLookup = iptables[0].lookup(ip: last.clusterIP, proto: last.proto, port: last.port) }
        report(String(format: "    iptables: built in %.1f ms; %d rules a node; lookup of the last Service %.3f ms, %d rules walked (budget 100 ms)",
            milliseconds(iptBuild), iptables[0].ruleCount, milliseconds(iptTime), iptLookup.rulesVisited))
        var ipvs: [IPVSTable] = []
        let ipvsBuild = ContinuousClock().measure { ipvs = inputs.map { IPVSTable(node: $0) } }
        var ipvsLookup = ProxyLookup(endpoints: [], rulesVisited: 0, matched: false)
        let ipvsTime = ContinuousClock().measure { ipvsLookup = ipvs[0].lookup(ip: last.clusterIP, proto: last.proto, port: last.port) }
        report(String(format: "    ipvs:     built in %.1f ms; %d virtual and real servers a node; lookup of the last Service %.3f ms, %d entries walked (budget 100 ms)",
            milliseconds(ipvsBuild), ipvs[0].entryCount, milliseconds(ipvsTime), ipvsLookup.rulesVisited))
    }
}

/// `count` Services of one port each in namespaces of 100, each with endpoints spread over the nodes.
func syntheticServicePorts(_ count: Int, endpointsPerService: Int, nodes: [String]) -> [ProxyServicePort] {
    var endpointIndex = 0
    return (0..<count).map { index in
        let endpoints = (0..<endpointsPerService).map { _ -> ProxyEndpoint in
            defer { endpointIndex += 1 }
            return ProxyEndpoint(ip: "10.\(244 + endpointIndex / 65_536).\(endpointIndex / 256 % 256).\(endpointIndex % 256)", port: 8080,
                nodeName: nodes[endpointIndex % nodes.count])
        }
        return ProxyServicePort(
            namespace: "team-\(index / 100)", name: "svc-\(index)", portName: "http", proto: "tcp",
            clusterIP: "10.\(96 + index / 65_536).\(index / 256 % 256).\(index % 256)", port: 80, nodePort: 0,
            externalPolicyLocal: false, internalPolicyLocal: false, sessionAffinityClientIP: false, affinityTimeout: 10800,
            endpoints: endpoints.sorted { $0.address < $1.address })
    }
}
