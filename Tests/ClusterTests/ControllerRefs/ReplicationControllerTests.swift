import KubeAPI
import Testing

@testable import Cluster

/// The replication controller: the ReplicaSet controller's sync over core/v1 ReplicationControllers,
/// whose selector is a plain label map and defaults to the template's labels.
@Suite struct ReplicationControllerTests {
    static func controller(replicas: Int = 3, selector: String? = nil) throws -> KubeObject {
        try AdmissionFixture.object(
            """
            apiVersion: v1
            kind: ReplicationController
            metadata: {name: web, namespace: default}
            spec:
              replicas: \(replicas)
              \(selector.map { "selector: \($0)" } ?? "")
              template: {metadata: {labels: {app: web}}, spec: {containers: [{name: nginx, image: nginx}]}}
            """)
    }

    static func owned(_ cluster: Cluster) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter {
            $0.metadata["ownerReferences"][0]["kind"] == "ReplicationController" && $0.deletionTimestamp == nil
        }
    }

    @Test("a new controller takes its template's labels as selector and labels, and comes back with replicas 0")
    func defaults() throws {
        let cluster = try WorldFixture.tk8s()
        let created = try cluster.create(try Self.controller())
        #expect(created[path: "spec.selector"] == ["app": "web"])
        #expect(created.labels == ["app": "web"])
        #expect(created.value["status"] == ["replicas": 0])
        #expect(created.metadata["generation"] == 1)
    }

    @Test("it keeps its count of pods named after it, with the replication controller's events and status")
    func keepsCount() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(try Self.controller())
        _ = cluster.wait(timeoutSeconds: 60) { false }
        let pods = Self.owned(cluster)
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { $0.name.hasPrefix("web-") && $0.name.count == "web-".count + 5 })
        let rc = try cluster.get(.replicationControllers, namespace: "default", name: "web")
        #expect(rc[path: "status.replicas"] == 3)
        #expect(rc[path: "status.readyReplicas"] == 3)
        #expect(rc[path: "status.availableReplicas"] == 3)
        #expect(rc[path: "status.fullyLabeledReplicas"] == 3)
        #expect(rc[path: "status.observedGeneration"] == 1)
        let events = cluster.list(.events, namespace: "default").filter { $0[path: "involvedObject.kind"] == "ReplicationController" }
        #expect(events.count == 3)
        #expect(events.allSatisfy { $0.value["reason"] == "SuccessfulCreate" && $0[path: "source.component"] == "replication-controller" })
        #expect(events.allSatisfy { ($0.value["message"].string ?? "").hasPrefix("Created pod: web-") })
    }

    @Test("a deleted pod is replaced, and scaling down deletes pods with SuccessfulDelete")
    func replaceAndScale() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(try Self.controller())
        _ = cluster.wait(timeoutSeconds: 60) { false }
        let lost = try #require(Self.owned(cluster).first)
        try cluster.delete(.pods, namespace: "default", name: lost.name)
        #expect(Self.owned(cluster).count == 3)
        #expect(!Self.owned(cluster).contains { $0.name == lost.name })
        var rc = try cluster.get(.replicationControllers, namespace: "default", name: "web")
        rc[path: "spec.replicas"] = 1
        try cluster.replace(rc)
        _ = cluster.wait(timeoutSeconds: 60) { false }
        #expect(Self.owned(cluster).count == 1)
        let deletes = cluster.list(.events, namespace: "default").filter { $0.value["reason"] == "SuccessfulDelete" }
        #expect(deletes.count == 2)
        #expect(try cluster.get(.replicationControllers, namespace: "default", name: "web")[path: "status.replicas"] == 1)
    }

    @Test("a selector that does not match the template's labels is refused as the apiserver refuses it")
    func mismatchedSelector() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(throws: APIError.self) { try cluster.create(try Self.controller(selector: "{app: other}")) }
        do {
            try cluster.create(try Self.controller(selector: "{app: other}"))
        } catch let error as APIError {
            #expect(
                error.message
                    == "ReplicationController \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"
            )
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
