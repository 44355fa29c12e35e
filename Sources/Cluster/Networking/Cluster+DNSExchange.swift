import KubeAPI

/// One DNS query sent from a pod (over UDP, or TCP when asked) and what comes back to it: nothing when NetworkPolicy
/// drops the packet or no server listens there, else the server's reply with the parts of the
/// message a lookup tool shows besides the records.
public struct DNSExchange: Equatable, Sendable {
    public var reply: DNSReply
    /// The EDNS UDP payload size the reply's OPT record announces.
    public var udpSize: Int
    /// Whether the reply hands back the client's cookie: CoreDNS echoes the OPT options it was sent.
    public var echoesCookie: Bool
    /// Whether the server compresses names. CoreDNS packs a reply that fits uncompressed (as
    /// miekg/dns's Truncate leaves it); public resolvers always compress.
    public var compressed: Bool
    /// How long the answer took, in milliseconds (simulation figures from `catalog/dns.yaml`).
    public var milliseconds: Int

    public init(reply: DNSReply, udpSize: Int, echoesCookie: Bool, compressed: Bool, milliseconds: Int) {
        self.reply = reply
        self.udpSize = udpSize
        self.echoesCookie = echoesCookie
        self.compressed = compressed
        self.milliseconds = milliseconds
    }
}

extension Cluster {
    /// Sends one question from `pod` to the name server at `server`, port 53 over `proto`; nil
    /// when nothing comes back.
    public func dnsExchange(from pod: KubeObject, server: String, name: String, type: DNSType, proto: String = "UDP") -> DNSExchange? {
        guard dnsAllowed(from: pod, to: server, proto: proto), let kind = dnsServer(at: server, proto: proto) else { return nil }
        let upstream = settings.upstreamDNS
        switch kind {
        case .coreDNS:
            let reply = coreDNSReply(name, type)
            let forwarded = !reply.authoritative
            return DNSExchange(
                reply: reply, udpSize: 1232, echoesCookie: true, compressed: false,
                milliseconds: forwarded ? upstream.queryMilliseconds["forwarded"] ?? 1 : 0)
        case .upstream:
            return DNSExchange(
                reply: upstream.reply(DNSName.normalized(name), type), udpSize: upstream.ednsUDPSize[server] ?? 1232,
                echoesCookie: false, compressed: true, milliseconds: upstream.queryMilliseconds[server] ?? 10)
        }
    }

    /// Whether a query from `pod` to `server` is rejected rather than lost: a Service ClusterIP
    /// with port 53 for `proto` but no ready endpoint, which kube-proxy rejects (ICMP port
    /// unreachable, a TCP reset), when the pod's own egress policy lets the packet out.
    public func dnsRefused(from pod: KubeObject, server: String, proto: String = "UDP") -> Bool {
        guard let service = list(.services).first(where: { $0[path: "spec.clusterIP"].string == server }) else { return false }
        let servesDNS = service[path: "spec.ports"].array.contains { $0["port"].int == 53 && ($0["protocol"].string ?? "TCP") == proto }
        guard servesDNS, readyEndpoints(of: service).isEmpty else { return false }
        guard case .pod(let sender) = NetworkOrigin.pod(pod).withinCluster(self) else { return true }
        let evaluator = NetworkPolicyEvaluator(policies: list(.networkPolicies), namespaces: list(.namespaces))
        return evaluator.allows(.egress, local: sender, remote: .init(ip: server, pod: nil), port: 53, proto: proto)
    }

    /// The reverse name a PTR query asks for an IPv4 address (`10.0.98.10.in-addr.arpa`).
    public static func reverseName(of address: String) -> String? { DNSName.reverse(of: address) }
}
