/// Where a packet to a Service address goes under one mode's rules, and what it cost to find:
/// how many rules it was matched against (iptables walks KUBE-SERVICES one rule at a time;
/// nftables and IPVS look the address up in a hashed map).
public struct ProxyLookup: Sendable, Equatable {
    /// The endpoints the packet may be sent to; empty when the Service has none (rejected).
    public var endpoints: [ProxyEndpoint]
    /// Rules or table entries evaluated before the verdict.
    public var rulesVisited: Int
    /// Whether any rule matched the destination at all.
    public var matched: Bool

    public init(endpoints: [ProxyEndpoint], rulesVisited: Int, matched: Bool) {
        self.endpoints = endpoints
        self.rulesVisited = rulesVisited
        self.matched = matched
    }
}

/// A Service address as the rules key it: `ip`, protocol in lower case, port.
struct ProxyAddress: Hashable, Sendable {
    var ip: String
    var proto: String
    var port: Int
}
