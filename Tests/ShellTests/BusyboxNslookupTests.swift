import Cluster
import Testing

@testable import Shell

@Suite("busybox nslookup asks and prints as busybox 1.36 does")
struct BusyboxNslookupTests {
    private let search = ["default.svc.tk8s.k8s", "svc.tk8s.k8s", "tk8s.k8s", "dns.podman"]

    @Test("a name without a dot goes under every search domain, A queries before AAAA; ndots is not read")
    func queryOrder() {
        let queries = BusyboxNslookup.queries(for: "web", types: [], search: search)
        #expect(queries.map(\.name) == (search + search).map { "web.\($0)" })
        #expect(queries.map(\.type) == Array(repeating: "a", count: 4) + Array(repeating: "aaaa", count: 4))
        #expect(BusyboxNslookup.queries(for: "web.default", types: [], search: search).map(\.name) == ["web.default", "web.default"])
        #expect(BusyboxNslookup.queries(for: "10.98.0.10", types: [], search: search).map(\.name) == ["10.0.98.10.in-addr.arpa"])
        #expect(BusyboxNslookup.queries(for: "x.y", types: ["srv", "a"], search: search).map(\.type) == ["a", "srv"])
    }

    @Test("replies print as the records, NXDOMAIN as busybox words it, forwarded ones marked")
    func format() {
        let answer = DNSReply(code: .noError, authoritative: true, answers: [.a(name: "kubernetes.default.svc.tk8s.k8s", address: "10.98.0.1")])
        #expect(BusyboxNslookup.format(answer, for: "kubernetes") == "Name:\tkubernetes.default.svc.tk8s.k8s\nAddress: 10.98.0.1\n\n")
        #expect(BusyboxNslookup.format(DNSReply(code: .noError, authoritative: true), for: "x") == "\n")
        #expect(BusyboxNslookup.format(DNSReply(code: .nxDomain, authoritative: true), for: "x.y") == "** server can't find x.y: NXDOMAIN\n\n")
        let forwarded = DNSReply(code: .noError, authoritative: false, answers: [.cname(name: "www.github.com", target: "github.com")])
        #expect(BusyboxNslookup.format(forwarded, for: "www.github.com") == "Non-authoritative answer:\nwww.github.com\tcanonical name = github.com\n\n")
        let srv = DNSReply(code: .noError, authoritative: true, answers: [.srv(name: "_a._tcp.s", priority: 0, weight: 50, port: 80, target: "w-0.s")])
        #expect(BusyboxNslookup.format(srv, for: "_a._tcp.s") == "_a._tcp.s\tservice = 0 50 80 w-0.s\n\n")
    }
}
