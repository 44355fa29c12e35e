import Cluster
import Testing
@testable import Kubectl

@Suite struct APIProxyTests {
    private func started(_ arguments: String...) throws -> (KubectlHarness, APIProxy) {
        let harness = try KubectlHarness()
        let result = harness.run(["proxy"] + arguments)
        #expect(result.code == 0, "\(result.err)")
        return (harness, try #require(harness.kubectl.portForwards.proxies.last))
    }

    @Test func itSaysWhereItServes() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("proxy").out == "Starting to serve on 127.0.0.1:8001\n")
        #expect(harness.run("proxy", "--port=0", "--address=0.0.0.0").out == "Starting to serve on [::]:40000\n")
        #expect(harness.run("proxy", "-u", "/tmp/k.sock").out == "Starting to serve on /tmp/k.sock\n")
        #expect(harness.kubectl.portForwards.proxy(address: "localhost", port: 8001) != nil)
    }

    @Test func listeningErrorsAreGoNetErrors() throws {
        let harness = try KubectlHarness()
        _ = harness.run("proxy")
        #expect(harness.run("proxy").err == "error: listen tcp 127.0.0.1:8001: bind: address already in use\n")
        #expect(harness.run("proxy", "-p", "443").err == "error: listen tcp 127.0.0.1:443: bind: permission denied\n")
        #expect(harness.run("proxy", "-p", "70000").err == "error: listen tcp: address 70000: invalid port\n")
        #expect(harness.run("proxy", "-u", "/s", "-p", "9").err == "error: cannot set --unix-socket and --port at the same time\n")
    }

    @Test func aBadPatternIsFatal() throws {
        let harness = try KubectlHarness()
        let result = harness.run("proxy", "--reject-methods=(")
        #expect(result.code == 255)
        #expect(result.err.hasSuffix("proxy_server.go:83] Error compiling re: error parsing regexp: missing closing ): `(`\n"))
    }

    @Test func curlGetsIndentedJSONWithoutAClosingNewline() throws {
        let (_, proxy) = try started()
        let answer = proxy.respond(method: "GET", target: "/api/v1/namespaces/default/services/kubernetes", host: "localhost:8001", userAgent: "curl/8.12.1")
        #expect(answer.response.status == 200)
        #expect(answer.response.body.hasPrefix("{\n  \"kind\": \"Service\",\n  \"apiVersion\": \"v1\",\n"))
        #expect(answer.response.body.hasSuffix("}"))
        let compact = proxy.respond(method: "GET", target: "/api/v1/namespaces/default/services/kubernetes", host: "localhost", userAgent: "Go-http-client/1.1")
        #expect(compact.response.body.hasPrefix("{\"kind\":\"Service\",\"apiVersion\":\"v1\","))
        #expect(compact.response.body.hasSuffix("}\n"))
    }

    @Test func headersArriveSortedWithTheApiserversOwn() throws {
        let (_, proxy) = try started()
        let answer = proxy.respond(method: "GET", target: "/version", host: "localhost:8001", userAgent: "curl/8.12.1").response
        let names = answer.headers.map { String($0.prefix { $0 != ":" }) }
        #expect(names == [
            "Audit-Id", "Cache-Control", "Content-Length", "Content-Type", "Date", "X-Kubernetes-Pf-Flowschema-Uid",
            "X-Kubernetes-Pf-Prioritylevel-Uid",
        ])
        #expect(answer.headers.contains("Cache-Control: no-cache, private"))
    }

    @Test func aLongBodyComesChunked() throws {
        let (_, proxy) = try started()
        let answer = proxy.respond(method: "GET", target: "/api/v1/pods", host: "localhost:8001", userAgent: "curl/8.12.1").response
        #expect(answer.headers.last == "Transfer-Encoding: chunked")
        #expect(!answer.headers.contains { $0.hasPrefix("Content-Length") })
    }

    @Test func failuresAreStatusObjects() throws {
        let (_, proxy) = try started()
        let answer = proxy.respond(method: "GET", target: "/apis/apps/v1/namespaces/default/deployments/none?pretty=0", host: "localhost", userAgent: "curl/8.12.1").response
        #expect(answer.status == 404)
        #expect(answer.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"none\" not found","reason":"NotFound","details":{"name":"none","group":"apps","kind":"deployments"},"code":404}"# + "\n")
    }

    @Test func thePrefixIsCutBeforeTheFilterLooks() throws {
        let (_, proxy) = try started("--api-prefix=/k8s")
        #expect(proxy.respond(method: "GET", target: "/k8s/version", host: "localhost", userAgent: "curl").response.status == 200)
        #expect(proxy.respond(method: "GET", target: "/k8s/api/v1/namespaces/default/pods/goweb/exec", host: "localhost", userAgent: "curl").response.status == 403)
        let outside = proxy.respond(method: "GET", target: "/version", host: "localhost", userAgent: "curl").response
        #expect(outside.status == 404 && outside.body == "404 page not found\n")
    }

    @Test func aDownApiserverIsA500AndALogLine() throws {
        let (harness, proxy) = try started()
        harness.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        let answer = proxy.respond(method: "GET", target: "/version", host: "localhost", userAgent: "curl")
        #expect(answer.response.status == 500)
        #expect(answer.response.body == "dial tcp 172.22.0.1:6443: connect: connection refused\n")
        #expect(answer.log?.contains("proxy_server.go:147] Error while proxying request: dial tcp 172.22.0.1:6443") == true)
    }
}
