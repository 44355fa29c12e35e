import Cluster
import Testing

@testable import Kubectl

@Suite("kubectl get --raw of the apiserver's health endpoints")
struct HealthCheckQueryTests {
    @Test("plain ok; ?verbose lists every check and ends with the endpoint's verdict")
    func verbose() throws {
        #expect(HealthCheckQuery("").body(endpoint: "readyz", check: nil) == "ok")
        let body = try #require(HealthCheckQuery("verbose").body(endpoint: "readyz", check: nil))
        let lines = body.split(separator: "\n").map(String.init)
        #expect(lines.prefix(5) == ["[+]ping ok", "[+]log ok", "[+]etcd ok", "[+]etcd-readiness ok", "[+]informer-sync ok"])
        #expect(lines.suffix(2) == ["[+]shutdown ok", "readyz check passed"])
        #expect(body.hasSuffix("passed\n"))
        // Liveness has no readiness-only checks.
        let live = try #require(HealthCheckQuery("verbose=1").body(endpoint: "livez", check: nil))
        #expect(!live.contains("[+]informer-sync ok") && !live.contains("[+]shutdown ok") && live.hasSuffix("livez check passed\n"))
    }

    @Test("excluded checks still pass, marked; a name no check has is warned about")
    func exclude() throws {
        let body = try #require(HealthCheckQuery("verbose&exclude=etcd&exclude=nosuch").body(endpoint: "healthz", check: nil))
        #expect(body.contains("[+]etcd excluded: ok\n"))
        #expect(body.hasSuffix("warn: some health checks cannot be excluded: no matches for \"nosuch\"\nhealthz check passed\n"))
    }

    @Test("one check by path answers ok; an unknown one is not found")
    func single() {
        #expect(HealthCheckQuery("").body(endpoint: "readyz", check: "poststarthook/rbac/bootstrap-roles") == "ok")
        #expect(HealthCheckQuery("").body(endpoint: "livez", check: "shutdown") == nil)
        #expect(HealthCheckQuery("").body(endpoint: "metrics", check: nil) == nil)
    }
}
