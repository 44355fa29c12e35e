import Cluster
import KubeAPI
import Testing

@Suite("StatefulSet pods come and go in ordinal order")
struct StatefulSetOrderingTests {
    @Test("OrderedReady creates each pod only after the one before it is running and ready")
    func orderedCreation() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web())
        #expect(StatefulSetFixture.podNames(cluster) == ["web-0"])
        var seen: Set<Int> = []
        for _ in 0..<120 {
            let pods = cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }
            #expect(pods.map(\.name) == (0..<pods.count).map { "web-\($0)" })
            #expect(pods.dropLast().allSatisfy(StatefulSetFixture.isReady))
            seen.insert(pods.count)
            cluster.advance(seconds: 1)
        }
        #expect(seen == [1, 2, 3])
        let status = try StatefulSetFixture.status(cluster)
        #expect(status["replicas"] == 3 && status["readyReplicas"] == 3 && status["availableReplicas"] == 3)
        #expect(status["currentRevision"] == status["updateRevision"])
    }

    @Test("Parallel creates every pod at once")
    func parallelCreation() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(policy: "Parallel"))
        #expect(StatefulSetFixture.podNames(cluster) == ["web-0", "web-1", "web-2"])
        #expect(StatefulSetFixture.settle(cluster, count: 3))
    }

    @Test("scaling down removes the highest ordinal first, one at a time, and keeps every claim")
    func scaleDownInReverse() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web())
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        try cluster.replace(StatefulSetFixture.web(replicas: 1))
        #expect(StatefulSetFixture.livePods(cluster).map(\.name) == ["web-0", "web-1"])
        var order: [String] = []
        for _ in 0..<30 {
            let names = StatefulSetFixture.podNames(cluster)
            for name in ["web-2", "web-1"] where !names.contains(name) && !order.contains(name) { order.append(name) }
            if names.contains("web-2") { #expect(StatefulSetFixture.livePods(cluster).map(\.name).contains("web-1")) }
            cluster.advance(seconds: 1)
        }
        #expect(order == ["web-2", "web-1"])
        #expect(StatefulSetFixture.podNames(cluster) == ["web-0"])
        let claims = cluster.list(.persistentVolumeClaims, namespace: "default").map(\.name)
        #expect(claims == ["data-web-0", "data-web-1", "data-web-2"])
        #expect(try StatefulSetFixture.status(cluster)["replicas"] == 1)
    }

    @Test("Parallel scales down every condemned pod at once")
    func parallelScaleDown() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(policy: "Parallel"))
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        try cluster.replace(StatefulSetFixture.web(replicas: 1, policy: "Parallel"))
        #expect(StatefulSetFixture.livePods(cluster).map(\.name) == ["web-0"])
    }

    @Test("a deleted pod comes back under the same name, with the same claim")
    func recreatesSameName() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web())
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let old = try cluster.get(.pods, namespace: "default", name: "web-1")
        try cluster.delete(.pods, namespace: "default", name: "web-1")
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let new = try cluster.get(.pods, namespace: "default", name: "web-1")
        #expect(new.uid != old.uid)
        #expect(new[path: "spec.volumes"][0][path: "persistentVolumeClaim.claimName"] == "data-web-1")
        #expect(cluster.list(.persistentVolumeClaims, namespace: "default").count == 3)
    }
}
