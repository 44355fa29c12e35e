import Cluster
import KubeAPI
import Testing

@testable import Kubectl

@Suite("kubectl -v=N for drain, top and the nodes' server dry runs; audit IDs unique per request")
struct MoreVerbRequestsTests {
    private func requests(_ err: String) -> [String] { requestLines(err) }

    @Test("the same read at the same moment and revision gets a new audit ID each time")
    func auditIDs() throws {
        let h = try KubectlHarness()
        let ids = (0..<3).flatMap { _ in
            h.run("get", "ns", "default", "-v=8").err.split(separator: "\n").filter { $0.contains("Audit-Id: ") }
                .map { $0.split(separator: " ").last.map(String.init) ?? "" }
        }
        #expect(ids.count == 3)
        #expect(Set(ids).count == 3)
    }

    @Test("the session's streams go on from where a command with the same seed left them")
    func streams() {
        let streams = AuditIDStreams()
        var first = streams.stream(seed: 7)
        let a = first.uid()
        streams.keep(first, seed: 7)
        var second = streams.stream(seed: 7)
        #expect(second.uid() != a)
        var other = streams.stream(seed: 8)
        #expect(other.uid() != a)
    }

    @Test("cordon --dry-run=server sends its patch with dryRun=All and leaves the node schedulable")
    func cordonServerDryRun() throws {
        let h = try KubectlHarness()
        let result = h.run("cordon", "tk8s-worker1", "--dry-run=server", "-v=6")
        #expect(result.out == "node/tk8s-worker1 cordoned (server dry run)\n")
        #expect(requests(result.err) == [
            "GET /api/v1/nodes/tk8s-worker1 200 OK", "PATCH /api/v1/nodes/tk8s-worker1?dryRun=All 200 OK",
        ])
        #expect(h.run("get", "node", "tk8s-worker1", "-o", "jsonpath={.spec.unschedulable}").out == "")
    }

    @Test("taint prints no dry-run suffix, client or server, as kubectl's printer is made afresh")
    func taintDryRun() throws {
        let h = try KubectlHarness()
        #expect(h.run("taint", "node", "tk8s-worker1", "a=b:NoSchedule", "--dry-run=server").out == "node/tk8s-worker1 tainted\n")
        #expect(h.run("taint", "node", "tk8s-worker1", "a=b:NoSchedule", "--dry-run=client").out == "node/tk8s-worker1 tainted\n")
    }

    @Test("top node asks for the groups again without a timeout, then the metrics, then the nodes")
    func topNode() throws {
        let h = try KubectlHarness()
        h.cluster.advance(seconds: 120)
        let lines = requests(h.run("top", "node", "-v=6").err)
        #expect(lines == [
            "GET /api 200 OK", "GET /apis 200 OK", "GET /apis/metrics.k8s.io/v1beta1/nodes 200 OK", "GET /api/v1/nodes 200 OK",
        ])
    }

    @Test("scale --resource-version reads the scale and refuses a version it does not have")
    func scaleResourceVersion() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let result = h.run("scale", "deploy", "web", "--replicas=3", "--resource-version=1", "-v=6")
        #expect(result.err.hasSuffix("error: Expected resource version to be 1, was \(try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "metadata.resourceVersion"].string ?? "")\n"))
        #expect(requests(result.err).last == "GET /apis/apps/v1/namespaces/default/deployments/web/scale 200 OK")
    }
}
