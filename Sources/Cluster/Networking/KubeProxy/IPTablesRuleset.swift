/// The iptables rules on a node, as `iptables-save` prints them: the kubelet's chains in every
/// mode and, in iptables mode, kube-proxy 1.32's chains (KUBE-SERVICES, KUBE-SVC-, KUBE-SEP-,
/// KUBE-NODEPORTS, KUBE-MARK-MASQ, ...). The CNI's own chains are not modelled. The IPv6 rules
/// (`ip6tables-save`) are built the same way: the kubelet's chains without its IPv4-only
/// KUBE-FIREWALL and, in iptables mode, the base chains of kube-proxy's IPv6 proxier, which a
/// single-stack IPv4 cluster gives no Service rules.
public struct IPTablesRuleset: Sendable {
    public struct Table: Sendable {
        public var name: String
        /// Built-in chains with their policy, then user chains (policy `-`), in the order printed.
        public var chains: [(name: String, policy: String)]
        /// `-A CHAIN ...` lines, chain by chain.
        public var rules: [String]

        public init(name: String, chains: [(name: String, policy: String)], rules: [String]) {
            self.name = name
            self.chains = chains
            self.rules = rules
        }
    }

    let node: ProxyNode
    let kubeProxy: Bool
    /// Whether these are the IPv6 rules (`ip6tables`), holding only IPv6 Services.
    public let ipv6: Bool
    /// nat KUBE-SERVICES in order, as a packet walks it: each rule's address and endpoints.
    var servicesChain: [(address: ProxyAddress, endpoints: [ProxyEndpoint])] = []
    /// filter KUBE-SERVICES: the addresses rejected for having no endpoints.
    var rejected: Set<ProxyAddress> = []
    /// Every rule line in every table: what a packet may be matched against in turn.
    public private(set) var ruleCount = 0

    /// The rules on `node`, as lookups and counts; `kubeProxy` says whether kube-proxy runs in
    /// iptables mode there. The rule text (with its hashed chain names) is written when printed.
    public init(node: ProxyNode, kubeProxy: Bool, ipv6: Bool = false) {
        let node = ProxyNode(name: node.name, ip: node.ip, configuration: node.configuration, serviceCIDR: node.serviceCIDR,
            ports: node.ports.filter { $0.clusterIP.contains(":") == ipv6 })
        self.node = node
        self.kubeProxy = kubeProxy
        self.ipv6 = ipv6
        let fixed = Self.build(node: ProxyNode(name: node.name, ip: node.ip, configuration: node.configuration,
            serviceCIDR: node.serviceCIDR, ports: []), kubeProxy: kubeProxy, ipv6: ipv6)
        ruleCount = fixed.tables.reduce(0) { $0 + $1.rules.count }
        guard kubeProxy else { return }
        for port in node.ports {
            let policy = node.policy(of: port)
            let address = ProxyAddress(ip: port.clusterIP, proto: port.proto, port: port.port)
            guard policy.hasEndpoints else {
                rejected.insert(address)
                ruleCount += port.nodePort != 0 ? 2 : 1
                continue
            }
            servicesChain.append((address, policy.cluster))
            ruleCount += 1 + (node.configuration.clusterCIDR.isEmpty ? 0 : 1) + policy.cluster.count * 3
            if port.nodePort != 0 { ruleCount += 3 }
        }
    }

    /// The tables as iptables-save prints them.
    public var tables: [Table] { Self.build(node: node, kubeProxy: kubeProxy, ipv6: ipv6).tables }

    static func build(node: ProxyNode, kubeProxy: Bool, ipv6: Bool) -> (tables: [Table], services: Int) {
        var mangle = Builder(builtins: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"])
        var filter = Builder(builtins: ["INPUT", "FORWARD", "OUTPUT"])
        var nat = Builder(builtins: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"])
        mangle.declare("KUBE-IPTABLES-HINT")
        mangle.declare("KUBE-KUBELET-CANARY")
        nat.declare("KUBE-KUBELET-CANARY")
        if !ipv6 { filter.declare("KUBE-FIREWALL") }
        filter.declare("KUBE-KUBELET-CANARY")
        if kubeProxy {
            for table in [0, 1, 2] {
                switch table {
                case 0: mangle.declare("KUBE-PROXY-CANARY")
                case 1: filter.declare("KUBE-PROXY-CANARY")
                default: nat.declare("KUBE-PROXY-CANARY")
                }
            }
            _ = Self.addKubeProxy(node: node, filter: &filter, nat: &nat, ipv6: ipv6)
        }
        // The kubelet's martian-packet guard is for IPv4 only (route_localnet).
        if !ipv6 {
            filter.add("INPUT", "-j KUBE-FIREWALL")
            filter.add("OUTPUT", "-j KUBE-FIREWALL")
            filter.add("KUBE-FIREWALL",
                "! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment \"block incoming localnet connections\" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP")
        }
        return ([mangle.table("mangle"), filter.table("filter"), nat.table("nat")], node.ports.count)
    }

    /// Adds kube-proxy's chains and rules; returns nat KUBE-SERVICES' targets in order and the
    /// addresses filter KUBE-SERVICES rejects.
    static func addKubeProxy(node: ProxyNode, filter: inout Builder, nat: inout Builder, ipv6: Bool = false)
        -> ([(address: ProxyAddress, endpoints: [ProxyEndpoint])], Set<ProxyAddress>)
    {
        var services: [(address: ProxyAddress, endpoints: [ProxyEndpoint])] = []
        var rejected: Set<ProxyAddress> = []
        let mark = node.markHex
        let host = ipv6 ? "/128" : "/32"
        let unreachable = ipv6 ? "icmp6-port-unreachable" : "icmp-port-unreachable"
        let cidr = node.configuration.clusterCIDR
        for chain in ["KUBE-EXTERNAL-SERVICES", "KUBE-FORWARD", "KUBE-NODEPORTS", "KUBE-PROXY-FIREWALL", "KUBE-SERVICES"] {
            filter.declare(chain)
        }
        for chain in ["KUBE-MARK-MASQ", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-SERVICES"] { nat.declare(chain) }
        let firewall = "-m conntrack --ctstate NEW -m comment --comment \"kubernetes load balancer firewall\" -j KUBE-PROXY-FIREWALL"
        filter.add("INPUT", firewall)
        filter.add("INPUT", "-m comment --comment \"kubernetes health check service ports\" -j KUBE-NODEPORTS")
        filter.add("INPUT", "-m conntrack --ctstate NEW -m comment --comment \"kubernetes externally-visible service portals\" -j KUBE-EXTERNAL-SERVICES")
        filter.add("FORWARD", firewall)
        filter.add("FORWARD", "-m comment --comment \"kubernetes forwarding rules\" -j KUBE-FORWARD")
        filter.add("FORWARD", "-m conntrack --ctstate NEW -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES")
        filter.add("FORWARD", "-m conntrack --ctstate NEW -m comment --comment \"kubernetes externally-visible service portals\" -j KUBE-EXTERNAL-SERVICES")
        filter.add("OUTPUT", firewall)
        filter.add("OUTPUT", "-m conntrack --ctstate NEW -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES")
        filter.add("KUBE-FORWARD", "-m conntrack --ctstate INVALID -j DROP")
        filter.add("KUBE-FORWARD", "-m comment --comment \"kubernetes forwarding rules\" -m mark --mark \(mark)/\(mark) -j ACCEPT")
        filter.add("KUBE-FORWARD", "-m comment --comment \"kubernetes forwarding conntrack rule\" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT")
        nat.add("PREROUTING", "-m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES")
        nat.add("OUTPUT", "-m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES")
        nat.add("POSTROUTING", "-m comment --comment \"kubernetes postrouting rules\" -j KUBE-POSTROUTING")
        nat.add("KUBE-MARK-MASQ", "-j MARK --set-xmark \(mark)/\(mark)")
        nat.add("KUBE-POSTROUTING", "-m mark ! --mark \(mark)/\(mark) -j RETURN")
        nat.add("KUBE-POSTROUTING", "-j MARK --set-xmark \(mark)/0x0")
        nat.add("KUBE-POSTROUTING", "-m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE --random-fully")
        for port in node.ports {
            let policy = node.policy(of: port)
            let name = port.nameString
            let p = port.proto
            let svcChain = "KUBE-SVC-" + ProxyServicePort.iptablesHash(name + p)
            let extChain = "KUBE-EXT-" + ProxyServicePort.iptablesHash(name + p)
            let clusterIP = "-d \(port.clusterIP)\(host) -p \(p) -m comment --comment \(quoted(name + " cluster IP")) -m \(p) --dport \(port.port)"
            let address = ProxyAddress(ip: port.clusterIP, proto: p, port: port.port)
            guard policy.hasEndpoints else {
                rejected.insert(address)
                filter.add("KUBE-SERVICES", "-d \(port.clusterIP)\(host) -p \(p) -m comment --comment \(quoted(name + " has no endpoints")) -m \(p) --dport \(port.port) -j REJECT --reject-with \(unreachable)")
                if port.nodePort != 0 {
                    filter.add("KUBE-EXTERNAL-SERVICES", "-p \(p) -m comment --comment \(quoted(name + " has no endpoints")) -m addrtype --dst-type LOCAL -m \(p) --dport \(port.nodePort) -j REJECT --reject-with \(unreachable)")
                }
                continue
            }
            nat.declare(svcChain)
            services.append((address, policy.cluster))
            nat.add("KUBE-SERVICES", "\(clusterIP) -j \(svcChain)")
            if !cidr.isEmpty { nat.add(svcChain, "! -s \(cidr) \(clusterIP) -j KUBE-MARK-MASQ") }
            let endpoints = policy.cluster
            for (index, endpoint) in endpoints.enumerated() {
                let sepChain = "KUBE-SEP-" + ProxyServicePort.iptablesHash(name + p + endpoint.address)
                nat.declare(sepChain)
                let pick = index < endpoints.count - 1 ? " -m statistic --mode random --probability \(probability(endpoints.count - index))" : ""
                nat.add(svcChain, "-m comment --comment \(quoted(name + " -> " + endpoint.address))\(pick) -j \(sepChain)")
                nat.add(sepChain, "-s \(endpoint.ip)\(host) -m comment --comment \(quoted(name)) -j KUBE-MARK-MASQ")
                nat.add(sepChain, "-p \(p) -m comment --comment \(quoted(name)) -m \(p) -j DNAT --to-destination \(endpoint.address)")
            }
            if port.nodePort != 0 {
                nat.declare(extChain)
                nat.add("KUBE-NODEPORTS", "-p \(p) -m comment --comment \(quoted(name)) -m \(p) --dport \(port.nodePort) -j \(extChain)")
                nat.add(extChain, "-m comment --comment \(quoted("masquerade traffic for " + name + " external destinations")) -j KUBE-MARK-MASQ")
                nat.add(extChain, "-j \(svcChain)")
            }
        }
        // NodePorts on ::1 never work, so the IPv6 proxier leaves the loopback address out.
        nat.add("KUBE-SERVICES", (ipv6 ? "! -d ::1/128 " : "") + "-m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS")
        return (services, rejected)
    }

    /// A new connection to `ip:port`: filter KUBE-SERVICES (one hashed set of rejected
    /// addresses here, a rule each in the kernel), then nat KUBE-SERVICES rule by rule until
    /// one matches, then the KUBE-SVC chain's masquerade rule and its statistic rules.
    public func lookup(ip: String, proto: String, port: Int) -> ProxyLookup {
        let address = ProxyAddress(ip: ip, proto: proto, port: port)
        let filterRules = rejected.count
        if rejected.contains(address) { return ProxyLookup(endpoints: [], rulesVisited: filterRules, matched: true) }
        var visited = filterRules
        for entry in servicesChain {
            visited += 1
            if entry.address == address {
                // The masquerade check, then on average half the statistic rules, then the SEP chain's two.
                return ProxyLookup(endpoints: entry.endpoints, rulesVisited: visited + 1 + (entry.endpoints.count + 1) / 2 + 2, matched: true)
            }
        }
        return ProxyLookup(endpoints: [], rulesVisited: visited + 1, matched: false)
    }

    /// 1/n as the statistic match stores it (31 bits) and iptables-save prints it (`%.11f`).
    static func probability(_ n: Int) -> String {
        let stored = (Double(0x8000_0000) / Double(n)).rounded()
        let value = stored / Double(0x8000_0000)
        let scaled = Int((value * 1e11).rounded())
        let fraction = String(scaled % 100_000_000_000)
        return "\(scaled / 100_000_000_000)." + String(repeating: "0", count: 11 - fraction.count) + fraction
    }

    /// A comment as iptables-save writes it: bare unless it holds a space or a quote.
    static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" }) ? "\"\(text)\"" : text
    }

    /// Collects one table's chains and rules; rules print grouped by chain, in chain order.
    struct Builder {
        var order: [String]
        var builtins: Set<String>
        var rulesByChain: [String: [String]] = [:]

        init(builtins: [String]) {
            order = builtins
            self.builtins = Set(builtins)
        }

        mutating func declare(_ chain: String) {
            if rulesByChain[chain] == nil, !builtins.contains(chain) {
                order.append(chain)
                rulesByChain[chain] = []
            }
        }

        mutating func add(_ chain: String, _ rule: String) { rulesByChain[chain, default: []].append("-A \(chain) \(rule)") }

        func table(_ name: String) -> Table {
            let user = order.filter { !builtins.contains($0) }.sorted()
            let chains = order.filter(builtins.contains) + user
            return Table(
                name: name, chains: chains.map { ($0, builtins.contains($0) ? "ACCEPT" : "-") },
                rules: chains.flatMap { rulesByChain[$0] ?? [] })
        }
    }
}
