import KubeAPI
import Testing

@testable import Cluster

@Suite("CoreDNS answers for the cluster domain as its kubernetes plugin does, and forwards the rest")
struct CoreDNSTests {
    private func service(_ name: String, _ spec: JSONValue) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "namespace": "default"], "spec": spec])
    }

    @Test("a ClusterIP Service has an authoritative A record and no AAAA")
    func clusterIP() throws {
        let cluster = try WorldFixture.tk8s()
        let a = cluster.coreDNSReply("kubernetes.default.svc.tk8s.k8s.", .a)
        #expect(a.records == DNSReply(code: .noError, authoritative: true, answers: [.a(name: "kubernetes.default.svc.tk8s.k8s", address: "10.98.0.1")]))
        #expect(cluster.coreDNSReply("KUBE-DNS.kube-system.svc.tk8s.k8s", .a).answers == [.a(name: "kube-dns.kube-system.svc.tk8s.k8s", address: "10.98.0.10")])
        #expect(cluster.coreDNSReply("kubernetes.default.svc.tk8s.k8s", .aaaa).records == DNSReply(code: .noError, authoritative: true))
    }

    @Test("absent names in the zone are NXDOMAIN; a namespace's own name has no data")
    func nxDomain() throws {
        let cluster = try WorldFixture.tk8s()
        for name in ["nothing.default.svc.tk8s.k8s", "kubernetes.nons.svc.tk8s.k8s", "kubernetes.svc.tk8s.k8s", "kubernetes.tk8s.k8s", "a.b.c.d.svc.tk8s.k8s"] {
            #expect(cluster.coreDNSReply(name, .a).records == .nxDomain(authoritative: true), "\(name)")
        }
        #expect(cluster.coreDNSReply("default.svc.tk8s.k8s", .a).records == DNSReply(code: .noError, authoritative: true))
    }

    @Test("SRV records exist for named ports only, weights sharing 100")
    func srv() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.coreDNSReply("_dns._udp.kube-dns.kube-system.svc.tk8s.k8s", .srv).answers == [
            .srv(name: "_dns._udp.kube-dns.kube-system.svc.tk8s.k8s", priority: 0, weight: 100, port: 53, target: "kube-dns.kube-system.svc.tk8s.k8s")
        ])
        #expect(cluster.coreDNSReply("_dns._tcp.kube-dns.kube-system.svc.tk8s.k8s", .srv).records == .nxDomain(authoritative: true))
        #expect(cluster.coreDNSReply("_https._tcp.kubernetes.default.svc.tk8s.k8s", .srv).answers.count == 1)
    }

    @Test("a headless Service answers with its ready endpoints, each with a name of its own")
    func headless() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(service("gw", ["clusterIP": "None", "selector": ["run": "goweb"], "ports": [["name": "http", "port": 8080]]]))
        #expect(cluster.coreDNSReply("gw.default.svc.tk8s.k8s", .a).answers == [.a(name: "gw.default.svc.tk8s.k8s", address: "10.244.0.141")])
        #expect(cluster.coreDNSReply("10-244-0-141.gw.default.svc.tk8s.k8s", .a).answers.count == 1)
        #expect(cluster.coreDNSReply("_http._tcp.gw.default.svc.tk8s.k8s", .srv).answers == [
            .srv(name: "_http._tcp.gw.default.svc.tk8s.k8s", priority: 0, weight: 100, port: 8080, target: "10-244-0-141.gw.default.svc.tk8s.k8s")
        ])
        try cluster.create(service("none", ["clusterIP": "None", "selector": ["app": "typo"], "ports": [["port": 80]]]))
        #expect(cluster.coreDNSReply("none.default.svc.tk8s.k8s", .a).records == .nxDomain(authoritative: true))
    }

    @Test("pod records spell the address; ExternalName is a CNAME followed upstream; PTR names Services")
    func podExternalNameAndReverse() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.coreDNSReply("10-244-1-5.default.pod.tk8s.k8s", .a).answers == [.a(name: "10-244-1-5.default.pod.tk8s.k8s", address: "10.244.1.5")])
        #expect(cluster.coreDNSReply("10-244-1.default.pod.tk8s.k8s", .a).records == .nxDomain(authoritative: true))
        try cluster.create(service("ext", ["type": "ExternalName", "externalName": "github.com"]))
        #expect(cluster.coreDNSReply("ext.default.svc.tk8s.k8s", .a).answers == [
            .cname(name: "ext.default.svc.tk8s.k8s", target: "github.com"), .a(name: "github.com", address: "20.27.177.113"),
        ])
        #expect(cluster.coreDNSReply("10.0.98.10.in-addr.arpa", .ptr).answers == [
            .ptr(name: "10.0.98.10.in-addr.arpa", target: "kube-dns.kube-system.svc.tk8s.k8s")
        ])
    }

    @Test("outside names come from the world's upstream table, not authoritative; others are NXDOMAIN")
    func forwarded() throws {
        let cluster = try WorldFixture.tk8s()
        let reply = cluster.coreDNSReply("dns.google", .a)
        #expect(!reply.authoritative && reply.answers.count == 2)
        #expect(cluster.coreDNSReply("no.such.example", .a).records == .nxDomain(authoritative: false))
        #expect(cluster.coreDNSReply("kubernetes.dns.podman", .a).records == .nxDomain(authoritative: false))
    }

    @Test("the kube-dns ClusterIP answers while CoreDNS has ready pods; public resolvers answer; other addresses never")
    func servers() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.dnsReply(from: "10.98.0.10", "kubernetes.default.svc.tk8s.k8s", .a)?.answers.count == 1)
        #expect(cluster.dnsReply(from: "10.244.0.13", "kubernetes.default.svc.tk8s.k8s", .a)?.answers.count == 1)
        #expect(cluster.dnsReply(from: "8.8.8.8", "kubernetes.default.svc.tk8s.k8s", .a)?.records == .nxDomain(authoritative: false))
        #expect(cluster.dnsReply(from: "10.98.0.1", "kubernetes.default.svc.tk8s.k8s", .a) == nil)
        #expect(cluster.dnsReply(from: "192.0.2.1", "dns.google", .a) == nil)
        try CoreDNSScaling.scaleToZero(cluster)
        #expect(cluster.dnsReply(from: "10.98.0.10", "kubernetes.default.svc.tk8s.k8s", .a) == nil)
        #expect(cluster.dnsReply(from: "8.8.8.8", "dns.google", .a)?.answers.count == 2)
    }
}

/// Scales the world's CoreDNS Deployment to no replicas and lets the pods go.
enum CoreDNSScaling {
    static func scaleToZero(_ cluster: Cluster) throws {
        var deployment = try cluster.get(.deployments, namespace: "kube-system", name: "coredns")
        deployment[path: "spec.replicas"] = 0
        _ = try cluster.replace(deployment)
        cluster.advance(seconds: 60)
    }
}

extension DNSReply {
    /// The reply's code, authority flag and answers, without its negative-answer SOA, TTL and flags.
    var records: DNSReply { DNSReply(code: code, authoritative: authoritative, answers: answers) }
}
