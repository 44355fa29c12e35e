@testable import Cluster
import KubeAPI
import Testing

/// The kubelet's periodic sync of a pod, which is when its ConfigMap and Secret volumes change.
@Suite("Projected volume sync: updates reach the files at the kubelet's next pod sync")
struct ProjectedVolumeSyncTests {
    @Test("writes are dated by the revision that made them; the pod syncs every minute from its start")
    func syncAndWriteTimes() throws {
        let cluster = try WorldFixture.tk8s()
        let start = cluster.now
        let volume: JSONValue = ["name": "c", "configMap": ["name": "colors"]]
        let pod = try cluster.create(ContainerEnvironmentTests.pod("painter", volumes: [volume]))
        try cluster.create(ContainerEnvironmentTests.configMap("colors", ["color": "blue"]))
        cluster.advance(seconds: 30)
        var colors = try cluster.get(.configMaps, namespace: "default", name: "colors")
        colors[path: "data.color"] = "red"
        _ = try cluster.replace(colors)
        let running = try cluster.get(.pods, namespace: "default", name: pod.name)
        let written = try #require(cluster.volumeSourcesWritten(of: volume, in: running))
        #expect(written == start.adding(seconds: 30))
        #expect(cluster.lastVolumeSync(of: running) == start)
        cluster.advance(seconds: 45)
        #expect(cluster.lastVolumeSync(of: running) == start.adding(seconds: 60))
        #expect(cluster.volumeSourcesWritten(of: ["name": "x", "emptyDir": [:]], in: running) == nil)
    }
}
