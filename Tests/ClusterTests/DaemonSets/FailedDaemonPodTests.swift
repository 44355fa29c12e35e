import KubeAPI
import Testing

@testable import Cluster

@Suite("A DaemonSet replaces a failed daemon pod, backing off per node")
struct FailedDaemonPodTests {
    /// Marks the agent pod on `node` Failed through the status subresource, as a kubelet would.
    private func fail(_ cluster: Cluster, on node: String) throws -> String {
        var pod = try #require(DaemonSetFixture.pods(cluster).first { $0.nodeName == node })
        pod[path: "status.phase"] = "Failed"
        _ = try cluster.replaceStatus(pod)
        return pod.name
    }

    private func warnings(_ cluster: Cluster) -> [String] {
        cluster.list(.events, namespace: "default")
            .filter { $0.value["reason"].string == "FailedDaemonPod" }
            .sorted { $0.resourceVersion < $1.resourceVersion }
            .compactMap { $0.value["message"].string }
    }

    @Test("the failed pod is deleted with a FailedDaemonPod warning and a new pod takes its node")
    func replaced() throws {
        let cluster = try DaemonSetFixture.started()
        let failed = try fail(cluster, on: "tk8s-worker1")
        #expect(
            warnings(cluster) == ["Found failed daemon pod default/\(failed) on node tk8s-worker1, will try to kill it"]
        )
        let onNode = DaemonSetFixture.pods(cluster).filter { $0.nodeName == "tk8s-worker1" }
        #expect(onNode.count == 1)
        #expect(onNode.first?.name != failed)
        let event = try #require(
            cluster.list(.events, namespace: "default").first { $0.value["reason"].string == "FailedDaemonPod" })
        #expect(event.value["type"].string == "Warning")
        #expect(event.value["source"]["component"].string == "daemonset-controller")
    }

    @Test("a pod failing again within the back-off stays until it ends: 1 s, then 2 s, then 4 s")
    func backsOff() throws {
        let cluster = try DaemonSetFixture.started()
        _ = try fail(cluster, on: "tk8s-worker1")
        let second = try fail(cluster, on: "tk8s-worker1")
        #expect(warnings(cluster).count == 1)
        #expect(try cluster.get(.pods, namespace: "default", name: second)[path: "status.phase"] == "Failed")
        cluster.advance(seconds: 1)
        #expect(warnings(cluster).count == 2)
        #expect((try? cluster.get(.pods, namespace: "default", name: second)) == nil)
        let third = try fail(cluster, on: "tk8s-worker1")
        cluster.advance(seconds: 1)
        #expect(warnings(cluster).count == 2)
        cluster.advance(seconds: 1)
        #expect(warnings(cluster).count == 3)
        #expect((try? cluster.get(.pods, namespace: "default", name: third)) == nil)
        _ = try fail(cluster, on: "tk8s-worker1")
        cluster.advance(seconds: 3)
        #expect(warnings(cluster).count == 3)
        cluster.advance(seconds: 1)
        #expect(warnings(cluster).count == 4)
    }

    @Test("each node backs off on its own")
    func perNode() throws {
        let cluster = try DaemonSetFixture.started()
        _ = try fail(cluster, on: "tk8s-worker1")
        _ = try fail(cluster, on: "tk8s-worker2")
        #expect(warnings(cluster).count == 2)
    }

    @Test("the back-off doubles to at most 15 minutes and starts over after 30 quiet minutes")
    func backoffBounds() {
        var backoff = FailedPodsBackoff()
        var now = Timestamp(seconds: 0)
        #expect(!backoff.isInBackOff("k", now: now))
        for _ in 0..<12 { backoff.next("k", now: now) }
        #expect(backoff.delay("k") == 900_000)
        #expect(backoff.isInBackOff("k", now: now.adding(seconds: 899)))
        #expect(!backoff.isInBackOff("k", now: now.adding(seconds: 900)))
        now = now.adding(seconds: 1801)
        #expect(!backoff.isInBackOff("k", now: now))
        backoff.next("k", now: now)
        #expect(backoff.delay("k") == 1000)
    }
}
