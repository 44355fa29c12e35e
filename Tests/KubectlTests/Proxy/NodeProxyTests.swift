import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// A node's `proxy` subresource: its kubelet's server, reached at the node's InternalIP.
@Suite struct NodeProxyTests {
    @Test func itReadsTheNodeAndThePathAfterProxy() throws {
        let request = try #require(ProxySubresource(path: "/api/v1/nodes/tk8s-worker1/proxy/stats/summary"))
        #expect([request.resource, request.namespace, request.id, request.subpath] == ["nodes", "", "tk8s-worker1", "/stats/summary"])
        #expect(ProxySubresource(path: "/api/v1/nodes/tk8s-worker1/proxy")?.subpath == "")
        #expect(ProxySubresource(path: "/api/v1/nodes/tk8s-worker1/status") == nil)
        #expect(ProxySubresource(path: "/api/v1/nodes/tk8s-worker1") == nil)
    }

    @Test func theKubeletIsReachedOnItsPortOverHTTPSAndOtherPortsAsAsked() throws {
        let lab = try KubectlHarness()
        let kubelet = try ProxyLocation.node("tk8s-worker1", in: lab.cluster)
        #expect(kubelet == ProxyLocation(scheme: "https", ip: "172.22.0.2", port: "10250", kubelet: "tk8s-worker1"))
        #expect(try ProxyLocation.node("https:tk8s-worker1:10250", in: lab.cluster) == kubelet)
        #expect(try ProxyLocation.node("tk8s-worker1:9100", in: lab.cluster) == ProxyLocation(scheme: "http", ip: "172.22.0.2", port: "9100"))
        #expect(throws: APIStatus(error: .notFound(.nodes, "nope"), name: "nope", resource: "nodes")) {
            try ProxyLocation.node("nope", in: lab.cluster)
        }
        #expect(throws: APIStatus.bare("BadRequest", "invalid node request \"a:b:c:d\"", code: 400)) {
            try ProxyLocation.node("a:b:c:d", in: lab.cluster)
        }
    }

    @Test func itAnswersWithTheKubeletsResponseOrWhyItCouldNotReachIt() throws {
        let lab = try KubectlHarness()
        guard case .response(let health, _)? = lab.proxyAnswer("/api/v1/nodes/tk8s-worker1/proxy/healthz") else {
            Issue.record("no response")
            return
        }
        #expect(health.body == "ok")
        _ = lab.cluster.stopKubeletService(on: "tk8s-worker1")
        let refused = "error trying to reach service: dial tcp 172.22.0.2:10250: connect: connection refused"
        #expect(lab.proxyAnswer("/api/v1/nodes/tk8s-worker1/proxy/healthz") == .failure(.bare("ServiceUnavailable", refused, code: 503)))
        #expect(lab.proxyAnswer("/api/v1/nodes/tk8s-worker1/proxy") == .redirect("/api/v1/nodes/tk8s-worker1/proxy/"))
    }

    @Test func itIsAuthorizedAsGetOnNodesProxy() throws {
        let lab = try KubectlHarness()
        let jane = UserInfo(name: "jane", groups: ["system:authenticated"])
        guard case .failure(let status)? = lab.proxyAnswer("/api/v1/nodes/tk8s-worker1/proxy/healthz", user: jane) else {
            Issue.record("not refused")
            return
        }
        #expect(status.error.code == 403)
        #expect(status.error.message.hasSuffix("cannot get resource \"nodes/proxy\" in API group \"\" at the cluster scope"))
    }
}

extension KubectlHarness {
    /// The apiserver's answer to a GET of a proxy subresource, as kubectl's requests reach it.
    func proxyAnswer(_ path: String, user: UserInfo? = nil) -> ProxyRoundTrip.Answer? {
        ProxyRoundTrip(cluster: cluster, user: user, host: "172.22.0.1:6443").answer(method: "GET", path: path, query: "")
    }
}
