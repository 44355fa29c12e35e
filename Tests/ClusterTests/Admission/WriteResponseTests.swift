import KubeAPI
import Testing

@testable import Cluster

/// What a create or an update answers: the object as the write stored it, before any controller,
/// the scheduler or a kubelet acted on it (they act before the call returns).
@Suite struct WriteResponseTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: default}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template: {metadata: {labels: {app: web}}, spec: {containers: [{name: nginx, image: nginx}]}}
        """

    @Test("a created Deployment comes back with generation 1 and an empty status, though its pods already exist")
    func createdDeployment() throws {
        let cluster = try WorldFixture.tk8s()
        let created = try cluster.create(try AdmissionFixture.object(Self.deployment))
        #expect(created.value["status"] == .emptyObject)
        #expect(created.metadata["generation"] == 1)
        #expect(!created.uid.isEmpty)
        let stored = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(stored[path: "status.replicas"] == 2)
        #expect(created.resourceVersion < stored.resourceVersion)
    }

    @Test("a created pod comes back Pending and unscheduled, with its QoS class")
    func createdPod() throws {
        let cluster = try WorldFixture.tk8s()
        let created = try cluster.create(
            try AdmissionFixture.object(
                "{apiVersion: v1, kind: Pod, metadata: {name: p, namespace: default}, spec: {containers: [{name: c, image: nginx}]}}"))
        #expect(created.value["status"] == ["phase": "Pending", "qosClass": "BestEffort"])
        #expect(created.nodeName == nil)
        #expect(try cluster.get(.pods, namespace: "default", name: "p").nodeName != nil)
    }

    @Test("an update comes back with the new generation and the status as it stood before the controllers saw it")
    func replaced() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(try AdmissionFixture.object(Self.deployment))
        var deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        let before = deployment.value["status"]
        deployment[path: "spec.replicas"] = 3
        let replaced = try cluster.replace(deployment)
        #expect(replaced.metadata["generation"] == 2)
        #expect(replaced.value["status"] == before)
        #expect(try cluster.get(.deployments, namespace: "default", name: "web")[path: "status.replicas"] == 3)
    }
}
