import Testing

@testable import Cluster

@Suite("reply sizes on the wire, as dig's MSG SIZE reports them")
struct DNSWireSizeTests {
    @Test("CoreDNS's uncompressed A reply with the echoed cookie: 129 bytes for kubernetes.default in cluster.local")
    func coreDNS() {
        let name = "kubernetes.default.svc.cluster.local"
        let reply = DNSReply(code: .noError, authoritative: true, answers: [.a(name: name, address: "10.96.0.1")])
        #expect(DNSWireSize.reply(to: name, reply, compressed: false, cookieBytes: 8) == 129)
        // The same reply with names compressed points the answer's owner at the question.
        #expect(DNSWireSize.reply(to: name, reply, compressed: true, cookieBytes: 8) == 129 - 36)
    }

    @Test("a public resolver's compressed reply without a cookie: google.com A is 55 bytes")
    func publicResolver() {
        let reply = DNSReply(code: .noError, authoritative: false, answers: [.a(name: "google.com", address: "142.250.196.206")])
        #expect(DNSWireSize.reply(to: "google.com", reply, compressed: true, cookieBytes: 0) == 55)
    }

    @Test("names inside CNAME, SOA and SRV data: compressed but for the SRV target")
    func rdataNames() {
        let alias = DNSReply(code: .noError, authoritative: false, answers: [
            .cname(name: "www.github.com", target: "github.com"), .a(name: "github.com", address: "20.27.177.113"),
        ])
        // 12 + (16 + 4) + (2 + 10 + 2) + (2 + 10 + 4) + 11
        #expect(DNSWireSize.reply(to: "www.github.com", alias, compressed: true, cookieBytes: 0) == 73)
        var negative = DNSReply(code: .nxDomain, authoritative: true)
        negative.authority = [.soa(name: "tk8s.k8s", primary: "ns.dns.tk8s.k8s", mailbox: "hostmaster.tk8s.k8s", serial: 1, refresh: 7200, retry: 1800, expire: 86400, minimum: 30)]
        // 12 + (12 + 4) + (10 + 10 + 17 + 21 + 20) + 23
        #expect(DNSWireSize.reply(to: "x.tk8s.k8s", negative, compressed: false, cookieBytes: 8) == 129)
        let srv = DNSReply(code: .noError, authoritative: true, answers: [.srv(name: "_a._tcp.s.t", priority: 0, weight: 100, port: 80, target: "s.t")])
        // 12 + (13 + 4) + (2 + 10 + 6 + 5) + 11: the owner points at the question, the target is spelled out.
        #expect(DNSWireSize.reply(to: "_a._tcp.s.t", srv, compressed: true, cookieBytes: 0) == 63)
    }
}
