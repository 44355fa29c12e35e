import KubeAPI
import Testing

@testable import Cluster

@Suite("A pod resolves names through its resolv.conf: search list, ndots, name servers")
struct PodDNSTests {
    private let clusterConf = ResolvConf(
        "search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman\nnameserver 10.98.0.10\noptions ndots:5\n")

    @Test("resolv.conf is read as the C libraries read it")
    func parse() {
        #expect(clusterConf.nameservers == ["10.98.0.10"])
        #expect(clusterConf.search == ["default.svc.tk8s.k8s", "svc.tk8s.k8s", "tk8s.k8s", "dns.podman"])
        #expect(clusterConf.ndots == 5)
        let other = ResolvConf("domain a.example\nsearch b.example\nnameserver 1.1.1.1\nnameserver 2.2.2.2\nnameserver 3.3.3.3\nnameserver 4.4.4.4\n")
        #expect(other.search == ["b.example"] && other.ndots == 1 && other.nameservers.count == 3)
    }

    @Test("fewer dots than ndots: search domains first, the name last; enough dots: the name first (glibc) or only (musl)")
    func order() {
        #expect(clusterConf.candidates(for: "web") == [
            "web.default.svc.tk8s.k8s", "web.svc.tk8s.k8s", "web.tk8s.k8s", "web.dns.podman", "web",
        ])
        #expect(clusterConf.candidates(for: "web.default").first == "web.default.default.svc.tk8s.k8s")
        let long = "web.default.svc.tk8s.k8s.x"
        #expect(clusterConf.candidates(for: long).first == long && clusterConf.candidates(for: long).count == 5)
        #expect(clusterConf.candidates(for: long, library: .musl) == [long])
        #expect(clusterConf.candidates(for: "web.default.svc.tk8s.k8s.") == ["web.default.svc.tk8s.k8s"])
    }

    @Test("a ClusterFirst pod finds Services by short name through the search list")
    func clusterFirst() throws {
        let cluster = try WorldFixture.tk8s()
        let pod = try cluster.get(.pods, namespace: "default", name: "goweb")
        #expect(cluster.resolve("kubernetes", from: pod) == .addresses(name: "kubernetes.default.svc.tk8s.k8s", ["10.98.0.1"]))
        #expect(cluster.resolve("kube-dns.kube-system", from: pod) == .addresses(name: "kube-dns.kube-system.svc.tk8s.k8s", ["10.98.0.10"]))
        #expect(cluster.resolve("nothing", from: pod) == .notFound)
        #expect(cluster.resolve("dns.google", from: pod) == .addresses(name: "dns.google", ["8.8.8.8", "8.8.4.4"]))
    }

    @Test("a pod pointed at 8.8.8.8 cannot resolve cluster names; with CoreDNS gone lookups time out")
    func wrongServerAndOutage() throws {
        let cluster = try WorldFixture.tk8s()
        let google = KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p", "namespace": "default"],
            "spec": ["dnsPolicy": "None", "dnsConfig": ["nameservers": ["8.8.8.8"]]],
        ])
        #expect(cluster.resolve("kubernetes.default.svc.tk8s.k8s", from: google) == .notFound)
        #expect(cluster.resolve("www.github.com", from: google) == .addresses(name: "github.com", ["20.27.177.113"]))
        let pod = try cluster.get(.pods, namespace: "default", name: "goweb")
        try CoreDNSScaling.scaleToZero(cluster)
        #expect(cluster.resolve("kubernetes", from: pod) == .timedOut)
    }

    @Test("dnsPolicy Default uses the node's resolver, which knows only outside names")
    func defaultPolicy() throws {
        let cluster = try WorldFixture.tk8s()
        let pod = KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p", "namespace": "default"],
            "spec": ["dnsPolicy": "Default"],
        ])
        #expect(cluster.resolve("kubernetes.default.svc.tk8s.k8s", from: pod) == .notFound)
        #expect(cluster.resolve("github.com", from: pod) == .addresses(name: "github.com", ["20.27.177.113"]))
    }
}
