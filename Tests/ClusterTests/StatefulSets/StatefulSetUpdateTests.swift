import Cluster
import KubeAPI
import Testing

@Suite("StatefulSet updates go in reverse ordinal order")
struct StatefulSetUpdateTests {
    static func revisions(_ cluster: Cluster) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }.map {
                ($0.name, $0.labels["controller-revision-hash"] ?? "")
            })
    }

    @Test("a partition keeps the ordinals below it at the current revision")
    func partitionedUpdate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(partition: 2))
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let old = Self.revisions(cluster)["web-0"]
        try cluster.replace(StatefulSetFixture.web(image: "nginx:1.26", partition: 2))
        #expect(StatefulSetFixture.livePods(cluster).map(\.name) == ["web-0", "web-1"])
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let status = try StatefulSetFixture.status(cluster)
        let update = try #require(status["updateRevision"].string)
        #expect(update != old)
        #expect(Self.revisions(cluster) == ["web-0": old, "web-1": old, "web-2": update])
        #expect(status["currentRevision"].string == old)
        #expect(status["updatedReplicas"] == 1 && status["currentReplicas"] == 2)

        try cluster.replace(StatefulSetFixture.web(image: "nginx:1.26", partition: 0))
        var deletions: [String] = []
        for _ in 0..<60 {
            for pod in cluster.list(.pods, namespace: "default") where !pod.metadata["deletionTimestamp"].isNull {
                if deletions.last != pod.name { deletions.append(pod.name) }
            }
            cluster.advance(seconds: 1)
        }
        #expect(deletions == ["web-1", "web-0"])
        #expect(Self.revisions(cluster) == ["web-0": update, "web-1": update, "web-2": update])
        let done = try StatefulSetFixture.status(cluster)
        #expect(done["currentRevision"].string == update && done["currentReplicas"] == 3)
        #expect(cluster.invariantViolations().isEmpty)
    }

    @Test("a rolling update replaces the highest ordinal first")
    func rollingUpdateOrder() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web())
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        try cluster.replace(StatefulSetFixture.web(image: "nginx:1.26"))
        let terminating = cluster.list(.pods, namespace: "default").filter { !$0.metadata["deletionTimestamp"].isNull }
        #expect(terminating.map(\.name) == ["web-2"])
    }

    @Test("OnDelete updates a pod only when it is deleted")
    func onDelete() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(onDelete: true))
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let old = Self.revisions(cluster)["web-0"]
        try cluster.replace(StatefulSetFixture.web(image: "nginx:1.26", onDelete: true))
        cluster.advance(seconds: 60)
        #expect(Set(Self.revisions(cluster).values) == [old])
        try cluster.delete(.pods, namespace: "default", name: "web-0")
        #expect(StatefulSetFixture.settle(cluster, count: 3))
        let update = try StatefulSetFixture.status(cluster)["updateRevision"].string
        #expect(Self.revisions(cluster)["web-0"] == update && update != old)
        #expect(Self.revisions(cluster)["web-1"] == old)
    }

    @Test("going back to an earlier template reuses its revision under a new number")
    func revisionReuse() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(replicas: 1))
        #expect(StatefulSetFixture.settle(cluster, count: 1))
        let first = try #require(try StatefulSetFixture.status(cluster)["updateRevision"].string)
        try cluster.replace(StatefulSetFixture.web(replicas: 1, image: "nginx:1.26"))
        #expect(StatefulSetFixture.settle(cluster, count: 1))
        try cluster.replace(StatefulSetFixture.web(replicas: 1))
        #expect(StatefulSetFixture.settle(cluster, count: 1))
        #expect(try StatefulSetFixture.status(cluster)["updateRevision"].string == first)
        #expect(try cluster.get(.controllerRevisions, namespace: "default", name: first)[path: "revision"] == 3)
        #expect(cluster.list(.controllerRevisions, namespace: "default").count == 2)
    }
}
