import KubeAPI
import Testing

@testable import Cluster

@Suite("A static pod's mirror pod: deleted, it comes back as a new object while the static pod runs on")
struct MirrorPodTests {
    private let node = "tk8s-control-plane"
    private let name = "kube-apiserver-tk8s-control-plane"

    private func apiserver(_ cluster: Cluster) throws -> KubeObject {
        try cluster.get(.pods, namespace: "kube-system", name: name)
    }

    @Test("deleting it gives a new UID and creation time, Pending till the kubelet's status sync, then the same containers")
    func recreatedAtOnce() throws {
        let cluster = try WorldFixture.tk8s()
        let before = try apiserver(cluster)
        try cluster.delete(.pods, namespace: "kube-system", name: name)
        let after = try apiserver(cluster)
        #expect(after.uid != before.uid)
        #expect(after.creationTimestamp == cluster.now)
        #expect(after.deletionTimestamp == nil)
        #expect(after[path: "status.phase"] == "Pending")
        #expect(after[path: "status.containerStatuses"].isNull)
        #expect(cluster.runtimeUID(of: after) == cluster.runtimeUID(of: before))
        #expect(after.annotations["kubernetes.io/config.mirror"] == before.annotations["kubernetes.io/config.mirror"])
        let owner = after.metadata["ownerReferences"][0]
        let nodeUID = try cluster.get(.nodes, namespace: nil, name: node).uid
        #expect(owner["kind"] == "Node" && owner["uid"].string == nodeUID)
        cluster.advance(seconds: 10)
        let synced = try apiserver(cluster)
        #expect(synced[path: "status.phase"] == "Running")
        #expect(synced[path: "status.containerStatuses"] == before[path: "status.containerStatuses"])
        cluster.advance(seconds: 60)
        let later = try apiserver(cluster)
        #expect(later[path: "status.containerStatuses"] == before[path: "status.containerStatuses"])
        #expect(cluster.isAPIServerServing)
    }

    @Test("deleted again before its status came, it comes back with the static pod's status all the same")
    func deletedTwice() throws {
        let cluster = try WorldFixture.tk8s()
        let before = try apiserver(cluster)
        try cluster.delete(.pods, namespace: "kube-system", name: name)
        try cluster.delete(.pods, namespace: "kube-system", name: name)
        cluster.advance(seconds: 10)
        let after = try apiserver(cluster)
        #expect(after[path: "status.containerStatuses"] == before[path: "status.containerStatuses"])
    }

    @Test("a pod that is not a mirror is deleted as before")
    func ordinaryPodsGo() throws {
        let cluster = try WorldFixture.tk8s()
        let proxy = try #require(cluster.list(.pods, namespace: "kube-system").first { $0.name.hasPrefix("kube-proxy-") })
        try cluster.delete(.pods, namespace: "kube-system", name: proxy.name)
        cluster.advance(seconds: 40)
        #expect((try? cluster.get(.pods, namespace: "kube-system", name: proxy.name)) == nil)
    }

    @Test("with its node deleted the mirror pods go, and come back when the kubelet registers the node again")
    func backWithNode() throws {
        let cluster = try WorldFixture.tk8s()
        let before = try apiserver(cluster)
        try cluster.delete(.nodes, namespace: nil, name: node)
        cluster.advance(seconds: 5)
        #expect((try? apiserver(cluster)) == nil)
        #expect(cluster.stopKubeletService(on: node))
        #expect(cluster.startKubeletService(on: node))
        cluster.advance(seconds: 10)
        let after = try apiserver(cluster)
        #expect(after.uid != before.uid)
        #expect(after[path: "status.containerStatuses"] == before[path: "status.containerStatuses"])
        let owner = after.metadata["ownerReferences"][0]
        let nodeUID = try cluster.get(.nodes, namespace: nil, name: node).uid
        #expect(owner["uid"].string == nodeUID)
    }
}
