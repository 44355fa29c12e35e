/// What one node's kube-proxy builds its rules from: the node, its configuration and every
/// Service port with its endpoints.
public struct ProxyNode: Sendable {
    public var name: String
    public var ip: String
    public var configuration: KubeProxyConfiguration
    public var serviceCIDR: String
    public var ports: [ProxyServicePort]

    public init(name: String, ip: String, configuration: KubeProxyConfiguration, serviceCIDR: String, ports: [ProxyServicePort]) {
        self.name = name
        self.ip = ip
        self.configuration = configuration
        self.serviceCIDR = serviceCIDR
        self.ports = ports
    }

    /// How one Service port's endpoints split by traffic policy on this node (kube-proxy's
    /// CategorizeEndpoints, for ClusterIP and NodePort Services).
    struct Policy {
        var cluster: [ProxyEndpoint]
        var local: [ProxyEndpoint]
        var usesCluster: Bool
        var usesLocal: Bool
        var hasEndpoints: Bool
        var hasInternal: Bool
        var hasExternal: Bool
        var externallyAccessible: Bool

        /// How many endpoints this node's rules name (the local ones are among the cluster's).
        var reachableCount: Int { usesCluster ? cluster.count : usesLocal ? local.count : 0 }

        /// The endpoints this node's rules name, each once, in order.
        var reachable: [ProxyEndpoint] {
            var seen: Set<String> = []
            return ((usesCluster ? cluster : []) + (usesLocal ? local : [])).filter { seen.insert($0.address).inserted }
        }
    }

    func policy(of port: ProxyServicePort) -> Policy {
        let externallyAccessible = port.nodePort != 0
        let local = port.endpoints.filter { $0.nodeName == name }
        let hasEndpoints = !port.endpoints.isEmpty
        let usesClusterEndpoints = !port.internalPolicyLocal || (externallyAccessible && !port.externalPolicyLocal)
        let usesLocalEndpoints = port.internalPolicyLocal || (externallyAccessible && port.externalPolicyLocal)
        return Policy(
            cluster: port.endpoints, local: local,
            usesCluster: hasEndpoints && usesClusterEndpoints, usesLocal: !local.isEmpty && usesLocalEndpoints,
            hasEndpoints: hasEndpoints,
            hasInternal: hasEndpoints && (!port.internalPolicyLocal || !local.isEmpty),
            hasExternal: hasEndpoints && (!port.externalPolicyLocal || !local.isEmpty),
            externallyAccessible: externallyAccessible)
    }

    /// The masquerade mark as kube-proxy's iptables rules write it (`0x4000`).
    var markHex: String { "0x" + String(configuration.masqueradeMark, radix: 16) }
}

extension ProxyServicePort {
    /// The first 16 characters of base32(sha256(text)), kube-proxy's iptables chain hash.
    static func iptablesHash(_ text: String) -> String { String(SHA256.base32(SHA256.digest(text)).prefix(16)) }
}
