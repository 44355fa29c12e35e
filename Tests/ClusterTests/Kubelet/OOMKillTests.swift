import KubeAPI
import Testing

@testable import Cluster

@Suite("A container over its memory limit is OOMKilled and restarted with the crash-loop back-off")
struct OOMKillTests {
    typealias F = ProbeFixture
    typealias K = KubeletFixture

    static func stress(_ name: String, bytes: String, limit: String) -> KubeObject {
        F.pod(
            name, image: "polinux/stress",
            [
                "command": ["stress"], "args": ["--vm", "1", "--vm-bytes", .string(bytes), "--vm-hang", "1"],
                "resources": ["limits": ["memory": .string(limit)]],
            ])
    }

    @Test("stress --vm-bytes 250M under a 100Mi limit: OOMKilled, exit 137, then CrashLoopBackOff")
    func overLimit() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.stress("hog", bytes: "250M", limit: "100Mi"))
        cluster.advance(seconds: 4)
        var status = K.status(cluster, "hog")
        #expect(status[path: "state.terminated.reason"].string == "OOMKilled")
        #expect(status[path: "state.terminated.exitCode"].int == 137)
        #expect(ServerTables.PodSummary(try F.pod(cluster, "hog")).reason == "OOMKilled")
        cluster.advance(seconds: 3)
        status = K.status(cluster, "hog")
        #expect(status[path: "state.waiting.reason"].string == "CrashLoopBackOff")
        #expect(status[path: "lastState.terminated.reason"].string == "OOMKilled")
        #expect(status["restartCount"].int == 1)
    }

    @Test("the same program within its limit keeps running")
    func withinLimit() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.stress("fits", bytes: "150M", limit: "200Mi"))
        cluster.advance(seconds: 60)
        #expect(K.phase(cluster, "fits") == "Running")
        #expect(K.status(cluster, "fits")["restartCount"].int == 0)
    }

    @Test("an image's own memory counts: nginx does not fit in 4Mi")
    func imageMemory() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("tiny", image: "nginx:1.27", ["resources": ["limits": ["memory": "4Mi"]]]))
        cluster.advance(seconds: 7)
        #expect(K.status(cluster, "tiny")[path: "state.terminated.reason"].string == "OOMKilled")
    }

    @Test("restartPolicy Never: an OOMKilled container fails the pod")
    func never() throws {
        let cluster = try WorldFixture.tk8s()
        var pod = Self.stress("once", bytes: "250M", limit: "100Mi")
        pod[path: "spec.restartPolicy"] = "Never"
        try cluster.create(pod)
        cluster.advance(seconds: 10)
        #expect(K.phase(cluster, "once") == "Failed")
        #expect(K.status(cluster, "once")[path: "state.terminated.reason"].string == "OOMKilled")
    }
}
