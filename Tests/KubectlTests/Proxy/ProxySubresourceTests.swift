import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// The pods' and Services' `proxy` subresource: which requests it takes, where it sends them,
/// and the Statuses it answers with when it cannot.
@Suite struct ProxySubresourceTests {
    /// Two running nginx pods behind a Service `web` on port 80.
    private func lab() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx", "--replicas=2", "--port=80")
        _ = lab.run("expose", "deployment", "web", "--port=80")
        lab.cluster.advance(seconds: 60)
        return lab
    }

    private func pods(_ lab: KubectlHarness) -> [KubeObject] {
        lab.cluster.list(.pods, namespace: "default").filter { $0.labels["app"] == "web" }
    }

    @Test func itReadsTheIdAndThePathAfterProxy() throws {
        let request = try #require(ProxySubresource(path: "/api/v1/namespaces/default/pods/http:web:80/proxy/a//b/"))
        #expect([request.resource, request.namespace, request.id, request.subpath] == ["pods", "default", "http:web:80", "/a//b/"])
        #expect(ProxySubresource(path: "/api/v1/namespaces/default/services/web/proxy")?.subpath == "")
        #expect(ProxySubresource(path: "/api/v1/namespaces/default/services/web/proxy/")?.subpath == "/")
        #expect(ProxySubresource(path: "/api/v1/namespaces/default/pods/web") == nil)
        #expect(ProxySubresource(path: "/api/v1/namespaces/default/configmaps/web/proxy/") == nil)
        #expect(ProxySubresource.split("https:web:443")! == ("https", "web", "443"))
        #expect(ProxySubresource.split("web:")! == ("", "web", ""))
        #expect(ProxySubresource.split("ftp:web:21") == nil)
        #expect(ProxySubresource.split(":80") == nil)
        #expect(ProxySubresource.split("a:b:c:d") == nil)
    }

    @Test func aPodIsReachedOnItsFirstDeclaredPortUnlessTheIdNamesOne() throws {
        let lab = try lab()
        let pod = try #require(pods(lab).first)
        let ip = try #require(pod[path: "status.podIP"].string)
        #expect(try ProxyLocation.pod(pod.name, namespace: "default", in: lab.cluster) == ProxyLocation(scheme: "http", ip: ip, port: "80"))
        #expect(try ProxyLocation.pod("https:\(pod.name):8443", namespace: "default", in: lab.cluster).authority == "\(ip):8443")
        #expect(throws: APIStatus(error: .notFound(.pods, "nope"), name: "nope", resource: "pods")) {
            try ProxyLocation.pod("nope", namespace: "default", in: lab.cluster)
        }
        #expect(throws: APIStatus.bare("BadRequest", "invalid pod request \"a:b:c:d\"", code: 400)) {
            try ProxyLocation.pod("a:b:c:d", namespace: "default", in: lab.cluster)
        }
    }

    @Test func aPodWithoutAnAddressIsRefused() throws {
        let lab = try KubectlHarness()
        // No node has the label, so the pod is never scheduled and never gets an address.
        #expect(lab.run("run", "early", "--image=nginx", #"--overrides={"spec":{"nodeSelector":{"disk":"none"}}}"#).code == 0)
        #expect(throws: APIStatus.bare("BadRequest", "address not allowed", code: 400)) {
            try ProxyLocation.pod("early", namespace: "default", in: lab.cluster)
        }
    }

    @Test func aServicePicksOneOfItsReadyPodsByItsPortsName() throws {
        let lab = try lab()
        let ips = Set(pods(lab).compactMap { $0[path: "status.podIP"].string })
        for id in ["web", "web:80", "http:web:80"] {
            let location = try ProxyLocation.service(id, namespace: "default", in: lab.cluster)
            #expect(ips.contains(location.ip) && location.port == "80")
        }
        #expect(throws: APIStatus.bare("ServiceUnavailable", "no service port 81 found for service \"web\"", code: 503)) {
            try ProxyLocation.service("web:81", namespace: "default", in: lab.cluster)
        }
        #expect(throws: APIStatus.bare("ServiceUnavailable", "no endpoints available for service \"web:http\"", code: 503)) {
            try ProxyLocation.service("web:http", namespace: "default", in: lab.cluster)
        }
        #expect(throws: APIStatus(error: .notFound(.endpoints, "nope"), name: "nope", resource: "endpoints")) {
            try ProxyLocation.service("nope", namespace: "default", in: lab.cluster)
        }
    }

    @Test func aServiceWithoutEndpointsIsUnavailable() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "service", "clusterip", "lonely", "--tcp=80:80")
        lab.cluster.advance(seconds: 1)
        #expect(throws: APIStatus.bare("ServiceUnavailable", "no endpoints available for service \"lonely\"", code: 503)) {
            try ProxyLocation.service("lonely", namespace: "default", in: lab.cluster)
        }
    }

    @Test func theServerAnswersThroughTheProxy() throws {
        let lab = try lab()
        let pod = try #require(pods(lab).first)
        let base = "/api/v1/namespaces/default/pods/\(pod.name)"
        guard case .response(let page, true) = lab.proxyAnswer(base + "/proxy/") else { Issue.record("no page"); return }
        #expect(page.status == 200 && page.body.contains("Welcome to nginx!"))
        #expect(!page.headers.contains { $0.hasPrefix("Connection:") })
        #expect(lab.proxyAnswer(base + "/proxy") == .redirect(base + "/proxy/"))
        #expect(lab.proxyAnswer(base + ":http/proxy/") == .panicked)
        let ip = pod[path: "status.podIP"].string ?? ""
        let refused = "error trying to reach service: dial tcp \(ip):8080: connect: connection refused"
        #expect(lab.proxyAnswer(base + ":8080/proxy/") == .failure(.bare("ServiceUnavailable", refused, code: 503)))
        let invalid = "error trying to reach service: dial tcp: address 99999: invalid port"
        #expect(lab.proxyAnswer(base + ":99999/proxy/") == .failure(.bare("ServiceUnavailable", invalid, code: 503)))
        guard case .response(let missing, _) = lab.proxyAnswer("/api/v1/namespaces/default/services/web/proxy/nope") else { Issue.record(); return }
        #expect(missing.status == 404)
    }

    @Test func aPolicyThatDropsTheApiserversTrafficTimesTheDialOut() throws {
        let lab = try lab()
        try lab.cluster.create(
            KubeObject([
                "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                "metadata": ["name": "deny", "namespace": "default"],
                "spec": ["podSelector": ["matchLabels": ["app": "web"]], "policyTypes": ["Ingress"]],
            ]))
        // The apiserver runs on the control-plane node, where no web pod runs.
        let pod = try #require(pods(lab).first)
        let started = lab.cluster.now
        let timeout = "error trying to reach service: dial tcp \(pod[path: "status.podIP"].string ?? ""):80: i/o timeout"
        #expect(lab.proxyAnswer("/api/v1/namespaces/default/pods/\(pod.name)/proxy/") == .failure(.bare("ServiceUnavailable", timeout, code: 503)))
        #expect(lab.cluster.now.milliseconds(since: started) == 30_000)
    }

    @Test func rbacDecidesOnTheProxySubresource() throws {
        let lab = try lab()
        _ = lab.run("create", "rolebinding", "jane-view", "--clusterrole=view", "--user=jane")
        let jane = UserInfo.impersonated("jane", groups: [])
        let message = "services \"web:80\" is forbidden: User \"jane\" cannot get resource \"services/proxy\" in API group \"\" in the namespace \"default\""
        #expect(
            lab.proxyAnswer("/api/v1/namespaces/default/services/web:80/proxy/", user: jane)
                == .failure(APIStatus(error: APIError(reason: "Forbidden", message: message, code: 403), name: "web:80", resource: "services")))
        _ = lab.run("create", "rolebinding", "jane-edit", "--clusterrole=edit", "--user=jane")
        guard case .response(let page, _) = lab.proxyAnswer("/api/v1/namespaces/default/services/web:80/proxy/", user: jane) else {
            Issue.record("refused")
            return
        }
        #expect(page.status == 200)
    }

    @Test func getRawPrintsTheBodyOrTheErrorKubectlMakesOfIt() throws {
        let lab = try lab()
        let pod = try #require(pods(lab).first)
        let page = lab.run("get", "--raw", "/api/v1/namespaces/default/pods/\(pod.name)/proxy")
        #expect(page.code == 0 && page.out.hasPrefix("<!DOCTYPE html>"))
        #expect(lab.run("get", "--raw", "/api/v1/namespaces/default/pods/nope/proxy/").err == "Error from server (NotFound): pods \"nope\" not found\n")
        #expect(lab.run("get", "--raw", "/api/v1/namespaces/default/services/web/proxy/x").err
            == "Error from server (NotFound): the server could not find the requested resource\n")
        #expect(lab.run("get", "--raw", "/api/v1/namespaces/default/pods/\(pod.name):dns/proxy/").err
            == "Unable to connect to the server: stream error: stream ID 1; INTERNAL_ERROR; received from peer\n")
    }

    @Test func aNamedPodPortResetsTheStreamKubectlProxyHasOpen() throws {
        let lab = try lab()
        _ = lab.run("proxy")
        let proxy = try #require(lab.kubectl.portForwards.proxies.last)
        let pod = try #require(pods(lab).first)
        func get(_ path: String) -> (response: HTTPResponse, log: String?) {
            proxy.respond(method: "GET", target: path, host: "localhost:8001", userAgent: "curl/8.5.0")
        }
        #expect(get("/api/v1/namespaces/default/pods/\(pod.name)/proxy/").response.status == 200)
        let reset = get("/api/v1/namespaces/default/pods/\(pod.name):http/proxy/")
        #expect(reset.response.status == 500)
        #expect(reset.response.body == "stream error: stream ID 3; INTERNAL_ERROR; received from peer\n")
        #expect(reset.log?.hasSuffix("proxy_server.go:147] Error while proxying request: stream error: stream ID 3; INTERNAL_ERROR; received from peer") == true)
        lab.cluster.advance(seconds: 91)
        #expect(get("/api/v1/namespaces/default/pods/\(pod.name):http/proxy/").response.body.contains("stream ID 1;"))
    }
}
