import Testing

@testable import Kubectl

@Suite("kubectl create ingress reads rules as kubectl 1.32 does")
struct CreateIngressTests {
    @Test("the rule pattern: host, a path from /, service:port, an optional ,tls[=secret]")
    func rulePattern() {
        for rule in ["foo.com/bar=svc1:8080,tls=my-cert", "/path=svc:port", "*.a.com/x*=s:80,tls", "a/=s-1:web,tls="] {
            #expect(CreateIngress.isValid(rule), "\(rule)")
        }
        for rule in ["bad", "foo.com=svc:80", "a.com/=svc", "a.com/=s:80,ssl", "a.com/=s:80,tls=a.b", "a b/=s:80"] {
            #expect(!CreateIngress.isValid(rule), "\(rule)")
        }
    }

    @Test("a client dry run prints the Ingress: one rule per host, Prefix for a trailing *")
    func dryRun() throws {
        let harness = try KubectlHarness()
        let result = harness.run(
            "create", "ingress", "web", "--rule=a.com/*=web:80", "--rule=a.com/api=api:http,tls=cert",
            "--dry-run=client", "-o", "jsonpath={.spec.rules[0].http.paths[*].pathType} {.spec.tls[0].secretName}")
        #expect(result.out == "Prefix Exact cert")
        #expect(harness.run("create", "ingress", "web").err.hasPrefix("error: not enough information provided"))
    }
}
