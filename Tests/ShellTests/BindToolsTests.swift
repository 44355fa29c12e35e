import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("BIND 9.18's dig, host and nslookup in a pod with bind-tools")
struct BindToolsTests {
    private static let worldDirectory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(3)
        return path.joined(separator: "/") + "/lessons/worlds/tk8s"
    }()

    /// A lab with an agnhost pod `probe` (Alpine with bind-tools).
    private func lab() throws -> HostLab {
        let lab = HostLab(world: try World.load(directory: Self.worldDirectory))
        for line in ["kubectl run probe --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- pause", "sleep 20"] {
            _ = lab.run(line, sink: OutputBuffer())
        }
        return lab
    }

    private func run(_ lab: HostLab, _ line: String) -> (out: String, status: Int32) {
        let buffer = OutputBuffer()
        let status = lab.run(line, sink: buffer).status
        return (buffer.stdout + buffer.stderr, status)
    }

    @Test("records and questions start their fields at columns 24, 32, 40 and 48, tabs of 8")
    func columns() {
        #expect(BindText.recordLine(.a(name: "kubernetes.default.svc.tk8s.k8s", address: "10.98.0.1"), ttl: 30)
            == "kubernetes.default.svc.tk8s.k8s. 30 IN\tA\t10.98.0.1\n")
        #expect(BindText.recordLine(.a(name: "dns.google", address: "8.8.8.8"), ttl: 300) == "dns.google.\t\t300\tIN\tA\t8.8.8.8\n")
        #expect(BindText.questionLine("dns.google", type: "A") == ";dns.google.\t\t\tIN\tA\n")
        #expect(BindText.questionLine("kubernetes.default.svc.tk8s.k8s", type: "A") == ";kubernetes.default.svc.tk8s.k8s. IN\tA\n")
        #expect(BindText.rdata(.srv(name: "x", priority: 0, weight: 50, port: 80, target: "web-0.web")) == "0 50 80 web-0.web.")
    }

    @Test("the search list: short names under each domain then as they are; enough dots or a final dot, only as they are")
    func searchOrder() {
        let search = ["default.svc.tk8s.k8s", "svc.tk8s.k8s"]
        #expect(BindLookup.names(for: "web", search: search, ndots: 5, useSearch: true)
            == ["web.default.svc.tk8s.k8s", "web.svc.tk8s.k8s", "web"])
        #expect(BindLookup.names(for: "a.b.c.d.e.f", search: search, ndots: 5, useSearch: true) == ["a.b.c.d.e.f"])
        #expect(BindLookup.names(for: "web.", search: search, ndots: 5, useSearch: true) == ["web"])
        #expect(BindLookup.names(for: "web", search: search, ndots: 5, useSearch: false) == ["web"])
    }

    @Test("dig's whole reply: header, flags, OPT with the echoed cookie, sections and statistics")
    func digMessage() throws {
        var reply = DNSReply(code: .noError, authoritative: true, answers: [.a(name: "kubernetes.default.svc.tk8s.k8s", address: "10.98.0.1")])
        reply.ttl = 30
        let exchange = DNSExchange(reply: reply, udpSize: 1232, echoesCookie: true, compressed: false, milliseconds: 0)
        let message = DigMessage(
            question: "kubernetes.default.svc.tk8s.k8s", type: "A", exchange: exchange, serverName: "10.98.0.10",
            serverAddress: "10.98.0.10", id: 4242, cookie: "0011223344556677", when: "Wed Apr 23 07:25:20 UTC 2025")
        #expect(message.text(DigMessage.Display()) == """
            ;; Got answer:
            ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242
            ;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1
            ;; WARNING: recursion requested but not available

            ;; OPT PSEUDOSECTION:
            ; EDNS: version: 0, flags:; udp: 1232
            ; COOKIE: 0011223344556677 (echoed)
            ;; QUESTION SECTION:
            ;kubernetes.default.svc.tk8s.k8s. IN\tA

            ;; ANSWER SECTION:
            kubernetes.default.svc.tk8s.k8s. 30 IN\tA\t10.98.0.1

            ;; Query time: 0 msec
            ;; SERVER: 10.98.0.10#53(10.98.0.10) (UDP)
            ;; WHEN: Wed Apr 23 07:25:20 UTC 2025
            ;; MSG SIZE  rcvd: 119


            """)
        var line = try DigCommandLine(["+short", "SRV", "_http._tcp.web", "-x", "10.98.0.10"], version: "9.18.41")
        #expect(!line.printCommand && line.display.short && !line.useSearch)
        #expect(line.lookups.map(\.name) == ["_http._tcp.web", "10.0.98.10.in-addr.arpa"] && line.lookups.map(\.type) == ["SRV", "PTR"])
        #expect(message.text(line.display) == "10.98.0.1\n")
        #expect(line.apply("sea") && line.useSearch && line.apply("showsearch") && line.showSearch && !line.apply("bogus"))
        #expect(try DigCommandLine([], version: "9.18.41").lookups.map(\.type) == ["NS"])
        #expect(throws: DigCommandLine.Stop.self) { try DigCommandLine(["+bogus", "web"], version: "9.18.41") }
    }

    @Test("nslookup follows the search list and prints only the reply that ended it; NXDOMAIN fails")
    func nslookup() throws {
        let lab = try lab()
        let found = run(lab, "kubectl exec probe -- nslookup kubernetes")
        #expect(found.out == "Server:\t\t10.98.0.10\nAddress:\t10.98.0.10#53\n\nName:\tkubernetes.default.svc.tk8s.k8s\nAddress: 10.98.0.1\n\n")
        let missing = run(lab, "kubectl exec probe -- nslookup nosuch")
        #expect(missing.out.contains("** server can't find nosuch: NXDOMAIN\n\ncommand terminated with exit code 1"))
    }

    @Test("host words each record; dig +short prints only the data")
    func hostAndShort() throws {
        let lab = try lab()
        #expect(run(lab, "kubectl exec probe -- host kubernetes").out == "kubernetes.default.svc.tk8s.k8s has address 10.98.0.1\n")
        #expect(run(lab, "kubectl exec probe -- host nosuch").out == "Host nosuch not found: 3(NXDOMAIN)\ncommand terminated with exit code 1\n")
        #expect(run(lab, "kubectl exec probe -- dig +short -x 10.98.0.1").out == "kubernetes.default.svc.tk8s.k8s.\n")
    }

    @Test("with DNS egress denied every attempt times out and is reported")
    func deniedEgress() throws {
        let lab = try lab()
        let policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n"
        _ = lab.run("printf '\(policy)' | kubectl apply -f -", sink: OutputBuffer())
        let timeout = ";; communications error to 10.98.0.10#53: timed out\n"
        #expect(run(lab, "kubectl exec probe -- host kubernetes").out
            == timeout + timeout + ";; no servers could be reached\ncommand terminated with exit code 1\n")
        let dig = run(lab, "kubectl exec probe -- dig +short kubernetes.default.svc.tk8s.k8s")
        #expect(dig.out == timeout + timeout + timeout + ";; no servers could be reached\ncommand terminated with exit code 9\n")
    }
}
