import Cluster
import KubeAPI
import Testing

@Suite("A deleted pod that a finalizer holds ends with every container terminated")
struct PodTerminationStatusTests {
    /// A pod whose image cannot be pulled, held by a finalizer, deleted once it has tried.
    private func deletedWaitingPod() throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": "stuck", "namespace": "default", "finalizers": ["example.com/hold"]],
            "spec": ["containers": [["name": "app", "image": "nginx:no-such-tag"]]],
        ]))
        cluster.advance(seconds: 30)
        _ = try cluster.delete(.pods, namespace: "default", name: "stuck")
        cluster.advance(seconds: 10)
        return cluster
    }

    @Test("a container still waiting ends as ContainerStatusUnknown, exit 137, and the pod Failed")
    func waitingContainer() throws {
        let pod = try deletedWaitingPod().get(.pods, namespace: "default", name: "stuck")
        let state = pod[path: "status.containerStatuses"][0]["state"]
        #expect(state["waiting"].isNull)
        #expect(state["terminated"]["reason"] == "ContainerStatusUnknown")
        #expect(state["terminated"]["exitCode"] == 137)
        #expect(state["terminated"]["message"] == "The container could not be located when the pod was terminated")
        #expect(pod[path: "status.phase"] == "Failed")
    }

    @Test("the conditions stay as the kubelet last wrote them: not ready, its container unready")
    func conditions() throws {
        let pod = try deletedWaitingPod().get(.pods, namespace: "default", name: "stuck")
        let ready = pod[path: "status.conditions"].array.first { $0["type"] == "Ready" }
        #expect(ready?["reason"] == "ContainersNotReady")
        #expect(ready?["status"] == "False")
    }
}
