/// The `table ip kube-proxy` (or `ip6`) kube-proxy 1.32 writes in nftables mode, as `nft list
/// table` prints it: sets and maps first, then chains, each in the order kube-proxy created them.
/// kube-proxy assumes nftables can do both families, so it runs a proxier for each and the IPv6
/// table exists on an IPv4-only cluster too, holding only that family's Services.
public struct NFTablesRuleset: Sendable {
    /// The address family of one table: `ip` or `ip6`.
    public enum Family: String, Sendable, CaseIterable {
        case ip, ip6

        /// Whether `address` (an IP or CIDR) is of this family.
        func holds(_ address: String) -> Bool { address.contains(":") == (self == .ip6) }

        var addressType: String { self == .ip ? "ipv4_addr" : "ipv6_addr" }
    }

    struct Container {
        var keyword: String
        var name: String
        var type: String
        var comment: String
        var elements: [String]
        /// Plain address sets print eight elements a line; concatenated keys one a line.
        var perLine: Int
    }

    struct Chain {
        var name: String
        var header: String?
        var comment: String?
        var rules: [String]
    }

    let node: ProxyNode
    public let family: Family
    /// The service-ips and no-endpoint-services maps as lookups: address to endpoints.
    var serviceIPs: [ProxyAddress: [ProxyEndpoint]] = [:]
    /// Rules in all chains, and elements in all sets and maps: what the kernel walks or looks up.
    public private(set) var ruleCount = 0
    public private(set) var elementCount = 0

    /// The rules for `node`, as lookups and counts; the text (with its hashed chain names) is
    /// written only when printed, so that building stays cheap at thousands of Services.
    public init(node: ProxyNode, family: Family = .ip) {
        var node = node
        node.ports = node.ports.filter { family.holds($0.clusterIP) }
        self.node = node
        self.family = family
        let fixed = Self.build(node: ProxyNode(name: node.name, ip: node.ip, configuration: node.configuration,
            serviceCIDR: node.serviceCIDR, ports: []), family: family)
        ruleCount = fixed.chains.reduce(0) { $0 + $1.rules.count }
        elementCount = 1
        var clusterIPs: Set<String> = []
        for port in node.ports {
            let policy = node.policy(of: port)
            clusterIPs.insert(port.clusterIP)
            serviceIPs[ProxyAddress(ip: port.clusterIP, proto: port.proto, port: port.port)] =
                policy.hasInternal ? (port.internalPolicyLocal ? policy.local : policy.cluster) : []
            elementCount += 1
            if port.nodePort != 0 { elementCount += (policy.hasEndpoints ? 1 : 0) + (policy.hasExternal ? 0 : 1) }
            ruleCount += policy.reachableCount * 2
            if policy.usesCluster { ruleCount += (!port.internalPolicyLocal && policy.hasInternal ? 1 : 0) + 1 }
            if policy.usesLocal { ruleCount += (port.internalPolicyLocal && policy.hasInternal ? 1 : 0) + 1 }
            if policy.hasEndpoints && policy.externallyAccessible {
                ruleCount += (port.externalPolicyLocal ? 3 : 1) + (policy.hasExternal ? 1 : 0)
            }
        }
        elementCount += clusterIPs.count
    }

    /// Every set, map and chain with its elements and rules, in kube-proxy's order.
    static func build(node: ProxyNode, family: Family = .ip) -> (containers: [Container], chains: [Chain]) {
        let mark = nftMark(node.configuration.masqueradeMark)
        let ip = family.rawValue
        let addr = family.addressType
        // Local traffic is told by the cluster CIDR of the table's family; with none, nothing is local.
        let clusterCIDR = family.holds(node.configuration.clusterCIDR) ? node.configuration.clusterCIDR : ""
        let notLocal = clusterCIDR.isEmpty ? "" : " \(ip) saddr != \(clusterCIDR)"
        var clusterIPs: [String] = []
        var noEndpointServices: [String] = []
        var noEndpointNodePorts: [String] = []
        var serviceIPElements: [String] = []
        var serviceNodePorts: [String] = []
        var serviceChains: [Chain] = []
        for port in node.ports {
            let policy = node.policy(of: port)
            let base = port.chainBase
            let clusterChain = "service-" + base
            let localChain = "local-" + base
            let externalChain = "external-" + base
            let internalChain = port.internalPolicyLocal ? localChain : clusterChain
            let externalPolicyChain = port.externalPolicyLocal ? localChain : clusterChain
            let key = "\(port.clusterIP) . \(port.proto) . \(port.port)"
            let comment = " comment \"\(port.nameString)\""
            let noEndpointVerdict = policy.hasEndpoints ? "drop" : "goto reject-chain"
            if !clusterIPs.contains(port.clusterIP) { clusterIPs.append(port.clusterIP) }
            if policy.hasInternal {
                serviceIPElements.append("\(key) : goto \(internalChain)")
            } else {
                noEndpointServices.append("\(key)\(comment) : \(noEndpointVerdict)")
            }
            if port.nodePort != 0 {
                if policy.hasEndpoints { serviceNodePorts.append("\(port.proto) . \(port.nodePort) : goto \(externalChain)") }
                if !policy.hasExternal { noEndpointNodePorts.append("\(port.proto) . \(port.nodePort)\(comment) : \(noEndpointVerdict)") }
            }
            var chains: [Chain] = policy.reachable.map { endpoint in
                Chain(name: "endpoint-" + port.endpointChainBase(endpoint), rules: [
                    "\(ip) saddr \(endpoint.ip) jump mark-for-masquerade",
                    "meta l4proto \(port.proto) dnat to \(endpoint.address)",
                ])
            }
            let masquerade = "\(ip) daddr \(port.clusterIP) \(port.proto) dport \(port.port)\(notLocal) jump mark-for-masquerade"
            if policy.usesCluster {
                chains.append(Chain(name: clusterChain, rules: (internalChain == clusterChain && policy.hasInternal ? [masquerade] : [])
                    + [Self.loadBalance(port, policy.cluster)]))
            }
            if policy.usesLocal {
                chains.append(Chain(name: localChain, rules: (internalChain == localChain && policy.hasInternal ? [masquerade] : [])
                    + [Self.loadBalance(port, policy.local)]))
            }
            if policy.hasEndpoints && policy.externallyAccessible {
                var rules: [String]
                if port.externalPolicyLocal {
                    rules = [
                        "\(ip) saddr \(clusterCIDR) goto \(clusterChain) comment \"short-circuit pod traffic\"",
                        "fib saddr type local jump mark-for-masquerade comment \"masquerade local traffic\"",
                        "fib saddr type local goto \(clusterChain) comment \"short-circuit local traffic\"",
                    ]
                } else {
                    rules = ["jump mark-for-masquerade"]
                }
                if policy.hasExternal { rules.append("goto \(externalPolicyChain)") }
                chains.append(Chain(name: externalChain, rules: rules))
            }
            serviceChains += chains
        }
        let containers = [
            Container(keyword: "set", name: "cluster-ips", type: addr, comment: "Active ClusterIPs", elements: clusterIPs, perLine: 8),
            Container(keyword: "set", name: "nodeport-ips", type: addr, comment: "IPs that accept NodePort traffic", elements: family.holds(node.ip) ? [node.ip] : [], perLine: 8),
            Container(keyword: "map", name: "no-endpoint-services", type: addr + " . inet_proto . inet_service : verdict",
                comment: "vmap to drop or reject packets to services with no endpoints", elements: noEndpointServices, perLine: 1),
            Container(keyword: "map", name: "no-endpoint-nodeports", type: "inet_proto . inet_service : verdict",
                comment: "vmap to drop or reject packets to service nodeports with no endpoints", elements: noEndpointNodePorts, perLine: 1),
            Container(keyword: "map", name: "firewall-ips", type: addr + " . inet_proto . inet_service : verdict",
                comment: "destinations that are subject to LoadBalancerSourceRanges", elements: [], perLine: 1),
            Container(keyword: "map", name: "service-ips", type: addr + " . inet_proto . inet_service : verdict",
                comment: "ClusterIP, ExternalIP and LoadBalancer IP traffic", elements: serviceIPElements, perLine: 1),
            Container(keyword: "map", name: "service-nodeports", type: "inet_proto . inet_service : verdict",
                comment: "NodePort traffic", elements: serviceNodePorts, perLine: 1),
        ]
        func base(_ name: String, _ type: String, _ hook: String, _ priority: String, _ rules: [String]) -> Chain {
            Chain(name: name, header: "type \(type) hook \(hook) priority \(priority); policy accept;", rules: rules)
        }
        let chains = [
            base("filter-prerouting", "filter", "prerouting", "dstnat - 10", ["ct state new jump firewall-check"]),
            base("filter-input", "filter", "input", "dstnat - 10",
                ["ct state new jump nodeport-endpoints-check", "ct state new jump service-endpoints-check"]),
            base("filter-forward", "filter", "forward", "dstnat - 10",
                ["ct state new jump service-endpoints-check", "ct state new jump cluster-ips-check"]),
            base("filter-output", "filter", "output", "dstnat - 10",
                ["ct state new jump service-endpoints-check", "ct state new jump firewall-check"]),
            base("filter-output-post-dnat", "filter", "output", "dstnat + 10", ["ct state new jump cluster-ips-check"]),
            base("nat-prerouting", "nat", "prerouting", "dstnat", ["jump services"]),
            base("nat-output", "nat", "output", "dstnat", ["jump services"]),
            base("nat-postrouting", "nat", "postrouting", "srcnat", ["jump masquerading"]),
            Chain(name: "nodeport-endpoints-check", rules: ["\(ip) daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports"]),
            Chain(name: "service-endpoints-check", rules: ["\(ip) daddr . meta l4proto . th dport vmap @no-endpoint-services"]),
            Chain(name: "firewall-check", rules: ["\(ip) daddr . meta l4proto . th dport vmap @firewall-ips"]),
            Chain(name: "services", rules: [
                "\(ip) daddr . meta l4proto . th dport vmap @service-ips",
                "\(ip) daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports",
            ]),
            Chain(name: "masquerading", rules: [
                "meta mark & \(mark) == 0x00000000 return", "meta mark set meta mark ^ \(mark)", "masquerade fully-random",
            ]),
            Chain(name: "cluster-ips-check", rules: ["\(ip) daddr @cluster-ips reject comment \"Reject traffic to invalid ports of ClusterIPs\""]),
            Chain(name: "mark-for-masquerade", rules: ["meta mark set meta mark | \(mark)"]),
            Chain(name: "reject-chain", comment: "helper for @no-endpoint-services / @no-endpoint-nodeports", rules: ["reject"]),
        ] + serviceChains
        return (containers, chains)
    }

    /// A new connection to `ip:port`: the services chain's map lookup (one rule, one hashed
    /// lookup), then the service chain's masquerade check and its numgen vmap.
    public func lookup(ip: String, proto: String, port: Int) -> ProxyLookup {
        guard let endpoints = serviceIPs[ProxyAddress(ip: ip, proto: proto, port: port)] else {
            return ProxyLookup(endpoints: [], rulesVisited: 2, matched: false)
        }
        return ProxyLookup(endpoints: endpoints, rulesVisited: endpoints.isEmpty ? 2 : 3, matched: true)
    }

    /// The rule that picks an endpoint at random (`numgen random mod N vmap { ... }`).
    static func loadBalance(_ port: ProxyServicePort, _ endpoints: [ProxyEndpoint]) -> String {
        let targets = endpoints.enumerated().map { "\($0.offset) : goto endpoint-" + port.endpointChainBase($0.element) }
        return "numgen random mod \(endpoints.count) vmap { \(targets.joined(separator: ", ")) }"
    }

    /// The table as `nft list table ip kube-proxy` (or `ip6`) prints it.
    public var text: String {
        let (containers, chains) = Self.build(node: node, family: family)
        return render(containers, chains, tableComment: true)
    }

    /// One chain as `nft list chain FAMILY kube-proxy NAME` prints it, or nil when there is none.
    public func text(chain name: String) -> String? {
        guard let chain = Self.build(node: node, family: family).chains.first(where: { $0.name == name }) else { return nil }
        return render([], [chain], tableComment: false)
    }

    /// One set or map (`keyword`) as `nft list set|map FAMILY kube-proxy NAME` prints it, or nil.
    public func text(_ keyword: String, named name: String) -> String? {
        let containers = Self.build(node: node, family: family).containers
        guard let container = containers.first(where: { $0.keyword == keyword && $0.name == name }) else { return nil }
        return render([container], [], tableComment: false)
    }

    /// The table's header, the given sets and maps, then the given chains; a blank line between
    /// items only in a whole table.
    private func render(_ containers: [Container], _ chains: [Chain], tableComment: Bool) -> String {
        var out = "table \(family.rawValue) kube-proxy {\n"
        if tableComment { out += "\tcomment \"rules for kube-proxy\"\n" }
        var first = true
        for set in containers {
            if !first { out += "\n" }
            first = false
            out += "\t\(set.keyword) \(set.name) {\n\t\ttype \(set.type)\n\t\tcomment \"\(set.comment)\"\n"
            if !set.elements.isEmpty {
                out += "\t\telements = { "
                for (index, element) in set.elements.enumerated() {
                    if index > 0 { out += index % set.perLine == 0 ? ",\n\t\t\t     " : ", " }
                    out += element
                }
                out += " }\n"
            }
            out += "\t}\n"
        }
        for chain in chains {
            if !first { out += "\n" }
            first = false
            out += "\tchain \(chain.name) {\n"
            if let header = chain.header { out += "\t\t\(header)\n" }
            if let comment = chain.comment { out += "\t\tcomment \"\(comment)\"\n" }
            for rule in chain.rules { out += "\t\t\(rule)\n" }
            out += "\t}\n"
        }
        return out + "}\n"
    }
}

extension ProxyServicePort {
    /// `HASH-namespace/name/proto/port`, the part of an nftables chain name after its prefix.
    var chainBase: String { Self.hashAndTruncate("\(namespace)/\(name)/\(proto)/\(portName)") }

    /// `HASH-namespace/name/proto/port__ip/port`, an endpoint chain's name after its prefix.
    func endpointChainBase(_ endpoint: ProxyEndpoint) -> String {
        Self.hashAndTruncate("\(namespace)/\(name)/\(proto)/\(portName)__\(endpoint.ip)/\(endpoint.port)")
    }

    /// The first 8 characters of base32(sha256(name)), a dash and the name, cut at 240 characters.
    static func hashAndTruncate(_ name: String) -> String {
        let named = String(SHA256.base32(SHA256.digest(name)).prefix(8)) + "-" + name
        return named.count > 240 ? String(named.prefix(237)) + "..." : named
    }
}

/// A mark as nft prints it: `0x` and eight hex digits.
func nftMark(_ value: Int) -> String {
    let hex = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
}
