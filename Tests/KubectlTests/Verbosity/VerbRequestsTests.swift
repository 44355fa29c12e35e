import Cluster
import KubeAPI
import Testing

@testable import Kubectl

@Suite("kubectl -v=6/7: the requests the verbs that change objects send, in kubectl 1.32's order")
struct VerbRequestsTests {
    private func requests(_ err: String) -> [String] { requestLines(err) }

    @Test("label reads the object, then sends its merge patch naming kubectl-label, even when nothing changes")
    func label() throws {
        let h = try KubectlHarness()
        let first = h.run("label", "pod", "goweb", "tier=web", "-v=6")
        #expect(
            requests(first.err) == [
                "GET /api/v1/namespaces/default/pods/goweb 200 OK",
                "PATCH /api/v1/namespaces/default/pods/goweb?fieldManager=kubectl-label 200 OK",
            ])
        let again = h.run("label", "pod", "goweb", "tier=web", "-v=6")
        #expect(again.out == "pod/goweb not labeled\n")
        #expect(requests(again.err).count == 2)
    }

    @Test("without -v the verbs log nothing")
    func quiet() throws {
        let h = try KubectlHarness()
        #expect(h.run("label", "pod", "goweb", "tier=web").err == "")
        #expect(h.run("cordon", "tk8s-worker1").err == "")
    }

    @Test("scale patches the scale subresource, or with --current-replicas reads and updates it")
    func scale() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(
            requests(h.run("scale", "deploy", "web", "--replicas=2", "-v=6").err) == [
                "GET /apis/apps/v1/namespaces/default/deployments/web 200 OK",
                "PATCH /apis/apps/v1/namespaces/default/deployments/web/scale 200 OK",
            ])
        #expect(
            requests(h.run("scale", "deploy", "web", "--replicas=1", "--current-replicas=2", "-v=6").err) == [
                "GET /apis/apps/v1/namespaces/default/deployments/web 200 OK",
                "GET /apis/apps/v1/namespaces/default/deployments/web/scale 200 OK",
                "PUT /apis/apps/v1/namespaces/default/deployments/web/scale 200 OK",
            ])
    }

    @Test("cordon's patch asks for protobuf and names no field manager; taint's names kubectl-taint")
    func nodes() throws {
        let h = try KubectlHarness()
        let cordon = h.run("cordon", "tk8s-worker1", "-v=7").err
        #expect(cordon.contains("PATCH https://172.22.0.1:6443/api/v1/nodes/tk8s-worker1\n"))
        #expect(cordon.contains("    Accept: application/vnd.kubernetes.protobuf,application/json\n"))
        #expect(
            requests(h.run("taint", "node", "tk8s-worker1", "a=b:NoSchedule", "-v=6").err).last
                == "PATCH /api/v1/nodes/tk8s-worker1?fieldManager=kubectl-taint&fieldValidation=Strict 200 OK")
    }

    @Test("rollout status follows the object with an informer: a list by name, then a watch")
    func rolloutStatus() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let logged = requests(h.run("rollout", "status", "deploy/web", "-v=6").err)
        #expect(logged.count == 3)
        #expect(logged[1] == "GET /apis/apps/v1/namespaces/default/deployments?fieldSelector=metadata.name%3Dweb&limit=500&resourceVersion=0 200 OK")
        #expect(logged[2].contains("allowWatchBookmarks=true&fieldSelector=metadata.name%3Dweb&resourceVersion="))
    }
}
