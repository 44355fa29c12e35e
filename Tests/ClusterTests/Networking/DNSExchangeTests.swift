import KubeAPI
import Testing

@testable import Cluster

@Suite("a DNS query from a pod: through NetworkPolicy to the server, with the reply's flags, SOA and TTLs")
struct DNSExchangeTests {
    private func pod(_ cluster: Cluster) throws -> KubeObject {
        try #require(cluster.list(.pods, namespace: "kube-system").first { $0.name.hasPrefix("coredns") })
    }

    @Test("CoreDNS answers its zone authoritatively without recursion, with the Corefile's TTL and an SOA for negatives")
    func zone() throws {
        let cluster = try WorldFixture.tk8s()
        let from = try pod(cluster)
        let found = try #require(cluster.dnsExchange(from: from, server: "10.98.0.10", name: "kubernetes.default.svc.tk8s.k8s", type: .a))
        #expect(found.reply.authoritative && !found.reply.recursionAvailable && found.reply.ttl == 30)
        #expect(found.reply.authority.isEmpty && found.echoesCookie && !found.compressed && found.milliseconds == 0)
        let missing = try #require(cluster.dnsExchange(from: from, server: "10.98.0.10", name: "nope.default.svc.tk8s.k8s", type: .a))
        #expect(missing.reply.code == .nxDomain)
        guard case .soa(let zone, let primary, let mailbox, _, 7200, 1800, 86400, 30) = try #require(missing.reply.authority.first) else {
            Issue.record("no SOA")
            return
        }
        #expect(zone == "tk8s.k8s" && primary == "ns.dns.tk8s.k8s" && mailbox == "hostmaster.tk8s.k8s")
        let noAAAA = try #require(cluster.dnsExchange(from: from, server: "10.98.0.10", name: "kubernetes.default.svc.tk8s.k8s", type: .aaaa))
        #expect(noAAAA.reply.code == .noError && noAAAA.reply.answers.isEmpty && noAAAA.reply.authority.count == 1)
    }

    @Test("SRV answers carry their targets' addresses; forwarded names come back recursive with the cache's 30 s at most")
    func srvAndForwarded() throws {
        let cluster = try WorldFixture.tk8s()
        let from = try pod(cluster)
        let srv = try #require(cluster.dnsExchange(from: from, server: "10.98.0.10", name: "_dns._udp.kube-dns.kube-system.svc.tk8s.k8s", type: .srv))
        #expect(srv.reply.additional == [.a(name: "kube-dns.kube-system.svc.tk8s.k8s", address: "10.98.0.10")])
        let outside = try #require(cluster.dnsExchange(from: from, server: "10.98.0.10", name: "dns.google", type: .a))
        #expect(!outside.reply.authoritative && outside.reply.recursionAvailable && outside.reply.ttl == 30 && outside.milliseconds == 3)
        let direct = try #require(cluster.dnsExchange(from: from, server: "8.8.8.8", name: "dns.google", type: .a))
        #expect(direct.reply.ttl == 300 && direct.udpSize == 512 && !direct.echoesCookie && direct.compressed && direct.milliseconds == 12)
    }

    @Test("a policy without DNS egress, or no CoreDNS running, leaves the query unanswered; no endpoints means refused")
    func unanswered() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "probe", "namespace": "default"],
            "spec": ["containers": [["name": "c", "image": "busybox", "command": ["sleep", "3600"]]]],
        ]))
        cluster.advance(seconds: 20)
        let probe = try #require(cluster.lookup(.pods, "default", "probe"))
        #expect(cluster.dnsExchange(from: probe, server: "10.98.0.10", name: "kubernetes.default.svc.tk8s.k8s", type: .a) != nil)
        _ = try cluster.create(KubeObject([
            "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": ["name": "deny", "namespace": "default"],
            "spec": ["podSelector": [:], "policyTypes": ["Egress"]],
        ]))
        #expect(cluster.dnsExchange(from: probe, server: "10.98.0.10", name: "kubernetes.default.svc.tk8s.k8s", type: .a) == nil)
        #expect(cluster.dnsExchange(from: probe, server: "8.8.8.8", name: "dns.google", type: .a) == nil)
        #expect(!cluster.dnsRefused(from: probe, server: "10.98.0.10"))
        let system = try pod(cluster)
        try CoreDNSScaling.scaleToZero(cluster)
        #expect(cluster.dnsExchange(from: system, server: "10.98.0.10", name: "kubernetes.default.svc.tk8s.k8s", type: .a) == nil)
        // kube-proxy rejects what is sent to a ClusterIP without endpoints, unless the sender's policy drops it first.
        #expect(cluster.dnsRefused(from: system, server: "10.98.0.10"))
        #expect(!cluster.dnsRefused(from: probe, server: "10.98.0.10"))
        #expect(!cluster.dnsRefused(from: system, server: "192.0.2.1"))
    }

    @Test("a policy allowing DNS over UDP only lets UDP queries through and drops TCP ones")
    func udpOnly() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "probe", "namespace": "default"],
            "spec": ["containers": [["name": "c", "image": "busybox", "command": ["sleep", "3600"]]]],
        ]))
        _ = try cluster.create(KubeObject([
            "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": ["name": "dns", "namespace": "default"],
            "spec": ["podSelector": [:], "policyTypes": ["Egress"], "egress": [["ports": [["protocol": "UDP", "port": 53]]]]],
        ]))
        cluster.advance(seconds: 20)
        let probe = try #require(cluster.lookup(.pods, "default", "probe"))
        let name = "kubernetes.default.svc.tk8s.k8s"
        #expect(cluster.dnsExchange(from: probe, server: "10.98.0.10", name: name, type: .a, proto: "UDP") != nil)
        #expect(cluster.dnsExchange(from: probe, server: "10.98.0.10", name: name, type: .a, proto: "TCP") == nil)
        #expect(!cluster.dnsRefused(from: probe, server: "10.98.0.10", proto: "TCP"))
    }
}
