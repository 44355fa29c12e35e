import Cluster
import KubeAPI
import Testing

@Suite("Deleting an owner cascades to its dependents as the propagation policy says")
struct CascadingDeletionTests {
    @Test("background: the Deployment goes at once, its ReplicaSet next, its pods after terminating")
    func background() throws {
        let cluster = try GarbageCollectionFixture.runningWeb()
        try cluster.delete(.deployments, namespace: "default", name: "web")
        #expect((try? cluster.get(.deployments, namespace: "default", name: "web")) == nil)
        #expect(GarbageCollectionFixture.replicaSets(cluster).isEmpty)
        let pods = GarbageCollectionFixture.pods(cluster)
        #expect(pods.count == 2)
        #expect(pods.allSatisfy { $0.deletionTimestamp != nil })
        cluster.advance(seconds: 2)
        #expect(GarbageCollectionFixture.pods(cluster).isEmpty)
    }

    @Test("foreground: the Deployment and ReplicaSet stay marked until the pods are gone")
    func foreground() throws {
        let cluster = try GarbageCollectionFixture.runningWeb()
        try cluster.delete(.deployments, namespace: "default", name: "web", propagationPolicy: .foreground)
        let web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web.deletionTimestamp == cluster.now)
        #expect(web.metadata["finalizers"] == ["foregroundDeletion"])
        #expect(web.metadata["deletionGracePeriodSeconds"].int == 0)
        #expect(web.metadata["generation"].int == 2)
        let rs = try #require(GarbageCollectionFixture.replicaSets(cluster).first)
        #expect(rs.metadata["finalizers"] == ["foregroundDeletion"])
        #expect(rs.deletionTimestamp != nil)
        #expect(GarbageCollectionFixture.pods(cluster).allSatisfy { $0.deletionTimestamp != nil })
        #expect(GarbageCollectionFixture.pods(cluster).count == 2)
        cluster.advance(seconds: 2)
        #expect(GarbageCollectionFixture.pods(cluster).isEmpty)
        #expect(GarbageCollectionFixture.replicaSets(cluster).isEmpty)
        #expect((try? cluster.get(.deployments, namespace: "default", name: "web")) == nil)
    }

    @Test("orphan: the ReplicaSet loses its owner reference and keeps its pods running")
    func orphan() throws {
        let cluster = try GarbageCollectionFixture.runningWeb()
        let before = GarbageCollectionFixture.pods(cluster).map(\.uid)
        try cluster.delete(.deployments, namespace: "default", name: "web", propagationPolicy: .orphan)
        #expect((try? cluster.get(.deployments, namespace: "default", name: "web")) == nil)
        let rs = try #require(GarbageCollectionFixture.replicaSets(cluster).first)
        #expect(rs.metadata["ownerReferences"].isNull)
        cluster.advance(seconds: 60)
        let pods = GarbageCollectionFixture.pods(cluster)
        #expect(pods.map(\.uid) == before)
        #expect(pods.allSatisfy { $0.deletionTimestamp == nil && $0.controllerUID == rs.uid })
    }

    @Test("orphaning a ReplicaSet leaves its pods running without an owner, and nothing replaces them")
    func orphanReplicaSet() throws {
        let cluster = try GarbageCollectionFixture.runningWeb()
        try cluster.delete(.deployments, namespace: "default", name: "web", propagationPolicy: .orphan)
        let rs = try #require(GarbageCollectionFixture.replicaSets(cluster).first)
        try cluster.delete(.replicaSets, namespace: "default", name: rs.name, propagationPolicy: .orphan)
        cluster.advance(seconds: 60)
        #expect(GarbageCollectionFixture.replicaSets(cluster).isEmpty)
        let pods = GarbageCollectionFixture.pods(cluster)
        #expect(pods.count == 2)
        #expect(pods.allSatisfy { $0.metadata["ownerReferences"].isNull && $0.isReadyForTest })
    }

    @Test("a dependent with another live owner only loses the reference to the one deleted")
    func secondOwner() throws {
        let cluster = try WorldFixture.tk8s()
        let keep = try cluster.create(configMap("keep"))
        let drop = try cluster.create(configMap("drop"))
        var dependent = configMap("dependent")
        dependent[path: "metadata.ownerReferences"] = [reference(to: keep), reference(to: drop)]
        try cluster.create(dependent)
        try cluster.delete(.configMaps, namespace: "default", name: "drop")
        let stored = try cluster.get(.configMaps, namespace: "default", name: "dependent")
        #expect(stored.metadata["ownerReferences"].array.map { $0["name"].string } == ["keep"])
    }

    @Test("an object whose only owner does not exist is collected")
    func danglingOwner() throws {
        let cluster = try WorldFixture.tk8s()
        var orphaned = configMap("orphaned")
        orphaned[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "gone", uid: "no-such-uid", controller: false).json
        ]
        try cluster.create(orphaned)
        #expect((try? cluster.get(.configMaps, namespace: "default", name: "orphaned")) == nil)
    }

    @Test("a reference whose UID belongs to an object of another name is dangling, and its dependent goes")
    func referenceToAnotherObject() throws {
        let cluster = try WorldFixture.tk8s()
        let owner = try cluster.create(configMap("owner"))
        var dependent = configMap("misnamed")
        dependent[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "other", uid: owner.uid, controller: false).json
        ]
        try cluster.create(dependent)
        #expect((try? cluster.get(.configMaps, namespace: "default", name: "misnamed")) == nil)
        #expect((try? cluster.get(.configMaps, namespace: "default", name: "owner")) != nil)
    }

    @Test("an owner deleted in the foreground goes once its blocking dependent, kept by another owner, drops it")
    func blockingReferenceDropped() throws {
        let cluster = try WorldFixture.tk8s()
        let keep = try cluster.create(configMap("keep"))
        let drop = try cluster.create(configMap("drop"))
        var blocking = reference(to: drop)
        blocking["blockOwnerDeletion"] = true
        var dependent = configMap("dependent")
        dependent[path: "metadata.ownerReferences"] = [reference(to: keep), blocking]
        try cluster.create(dependent)
        try cluster.delete(.configMaps, namespace: "default", name: "drop", propagationPolicy: .foreground)
        cluster.advance(seconds: 1)
        #expect((try? cluster.get(.configMaps, namespace: "default", name: "drop")) == nil)
        let stored = try cluster.get(.configMaps, namespace: "default", name: "dependent")
        #expect(stored.metadata["ownerReferences"].array.map { $0["name"].string } == ["keep"])
    }

    @Test("the restored world loses nothing to the collector, mirror pods owned by nodes included")
    func restoredWorld() throws {
        let cluster = try WorldFixture.tk8s()
        let before = GarbageCollectionFixture.inventory(cluster)
        cluster.advance(seconds: 600)
        #expect(GarbageCollectionFixture.inventory(cluster) == before)
        #expect(cluster.list(.pods, namespace: "kube-system").contains { $0.name == "etcd-tk8s-control-plane" })
    }

    private func configMap(_ name: String) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)]])
    }

    private func reference(to owner: KubeObject) -> JSONValue {
        OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: owner.name, uid: owner.uid, controller: false).json
    }
}
