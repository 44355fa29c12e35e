import KubeAPI
import Testing

@testable import Cluster

@Suite("Probes: readiness gates Ready, liveness restarts, startup holds both back")
struct ProbeTests {
    typealias F = ProbeFixture
    typealias K = KubeletFixture

    @Test("a readiness probe nginx answers 404 keeps the pod running but 0/1, one Unhealthy event counting up")
    func readinessFails() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            F.pod(
                "web", image: "nginx:1.27",
                ["readinessProbe": ["httpGet": ["path": "/healthz", "port": 80], "periodSeconds": 5]]))
        cluster.advance(seconds: 40)
        #expect(K.phase(cluster, "web") == "Running")
        #expect(K.status(cluster, "web")["ready"].bool == false)
        #expect(try F.condition(cluster, "web", "Ready") == "False")
        #expect(try F.condition(cluster, "web", "ContainersReady") == "False")
        let event = try #require(F.unhealthy(cluster, "web"))
        #expect(event.value["message"].string == "Readiness probe failed: HTTP probe failed with statuscode: 404")
        #expect(event.value["type"].string == "Warning")
        #expect(event.value["involvedObject"]["fieldPath"].string == "spec.containers{web}")
        // Started at 6.4 s: a probe at once, then ticks every 5 s from the pod's start (10 s ... 40 s).
        #expect(event.value["count"].int == 8)
        #expect(event.value["firstTimestamp"] != event.value["lastTimestamp"])
        #expect(K.events(cluster, about: "web").filter { $0.hasPrefix("Unhealthy") }.count == 1)
    }

    @Test("a readiness probe that passes makes the container ready as soon as it has started")
    func readinessPasses() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            F.pod("web", image: "nginx:1.27", ["readinessProbe": ["httpGet": ["path": "/", "port": 80]]]))
        cluster.advance(seconds: 7)
        #expect(K.status(cluster, "web")["ready"].bool == true)
        #expect(try F.condition(cluster, "web", "Ready") == "True")
        #expect(F.unhealthy(cluster, "web") == nil)
    }

    @Test("successThreshold: a passing probe counts only after that many successes in a row")
    func successThreshold() throws {
        let cluster = try WorldFixture.tk8s()
        let probe: JSONValue = ["tcpSocket": ["port": 6379], "periodSeconds": 10, "successThreshold": 2]
        try cluster.create(F.pod("cache", image: "redis:7", ["readinessProbe": probe]))
        cluster.advance(seconds: 9)
        #expect(K.phase(cluster, "cache") == "Running")
        #expect(K.status(cluster, "cache")["ready"].bool == false)
        cluster.advance(seconds: 2)
        #expect(K.status(cluster, "cache")["ready"].bool == true)
    }

    @Test(
        "the documentation's liveness example: three failures once /tmp/healthy is gone, a kill, 137 after the grace period"
    )
    func livenessExec() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            F.pod(
                "liveness", image: "registry.k8s.io/busybox:1.27.2",
                [
                    "args": ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
                    "livenessProbe": [
                        "exec": ["command": ["cat", "/tmp/healthy"]], "initialDelaySeconds": 5, "periodSeconds": 5,
                    ],
                ]))
        cluster.advance(seconds: 34)
        #expect(F.unhealthy(cluster, "liveness") == nil)
        cluster.advance(seconds: 11)
        let event = try #require(F.unhealthy(cluster, "liveness"))
        #expect(
            event.value["message"].string
                == "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n")
        #expect(event.value["count"].int == 3)
        #expect(
            K.events(cluster, about: "liveness").contains(
                "Killing: Container liveness failed liveness probe, will be restarted"))
        // sh ignores SIGTERM: the container runs on until the 30 s grace period is over.
        cluster.advance(seconds: 29)
        #expect(K.status(cluster, "liveness")["restartCount"].int == 0)
        cluster.advance(seconds: 1)
        let status = K.status(cluster, "liveness")
        #expect(status["restartCount"].int == 1)
        #expect(status[path: "lastState.terminated.exitCode"].int == 137)
        #expect(status[path: "lastState.terminated.reason"].string == "Error")
        #expect(!status[path: "state.running"].isNull)
    }

    @Test("an HTTP liveness probe on a port nothing listens on is refused; nginx stops at once with 0 and restarts")
    func livenessRefused() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx:1.27", ["livenessProbe": ["httpGet": ["port": 8080]]]))
        cluster.advance(seconds: 31)
        let ip = try #require(try F.pod(cluster, "web")[path: "status.podIP"].string)
        let event = try #require(F.unhealthy(cluster, "web"))
        #expect(
            event.value["message"].string
                == "Liveness probe failed: Get \"http://\(ip):8080/\": dial tcp \(ip):8080: connect: connection refused"
        )
        let status = K.status(cluster, "web")
        #expect(status["restartCount"].int == 1)
        #expect(status[path: "lastState.terminated.reason"].string == "Completed")
        #expect(status[path: "lastState.terminated.exitCode"].int == 0)
    }

    @Test("agnhost liveness answers /healthz with 200 for ten seconds, then 500")
    func agnhostLiveness() throws {
        let cluster = try WorldFixture.tk8s()
        let probe: JSONValue = [
            "httpGet": ["path": "/healthz", "port": 8080], "initialDelaySeconds": 3, "periodSeconds": 3,
        ]
        try cluster.create(
            F.pod(
                "liveness", image: "registry.k8s.io/e2e-test-images/agnhost:2.40",
                ["args": ["liveness"], "livenessProbe": probe]))
        cluster.advance(seconds: 12)
        #expect(F.unhealthy(cluster, "liveness") == nil)
        cluster.advance(seconds: 20)
        let event = try #require(F.unhealthy(cluster, "liveness"))
        #expect(event.value["message"].string == "Liveness probe failed: HTTP probe failed with statuscode: 500")
        #expect(K.status(cluster, "liveness")["restartCount"].int == 1)
    }

    @Test("a startup probe holds started, ready and the liveness probe back until it passes")
    func startupGates() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            F.pod(
                "slow", image: "registry.k8s.io/busybox:1.27.2",
                [
                    "command": ["sh", "-c", "sleep 25; touch /tmp/started; sleep 3600"],
                    "startupProbe": [
                        "exec": ["command": ["test", "-e", "/tmp/started"]], "periodSeconds": 10, "failureThreshold": 6,
                    ],
                    "livenessProbe": ["tcpSocket": ["port": 80]],
                ]))
        cluster.advance(seconds: 15)
        var status = K.status(cluster, "slow")
        #expect(status["started"].bool == false)
        #expect(status["ready"].bool == false)
        #expect(K.events(cluster, about: "slow").contains("Unhealthy: Startup probe failed: "))
        #expect(!K.events(cluster, about: "slow").contains { $0.hasPrefix("Unhealthy: Liveness") })
        cluster.advance(seconds: 15)
        status = K.status(cluster, "slow")
        #expect(status["started"].bool == true)
        #expect(status["ready"].bool == true)
        cluster.advance(seconds: 10)
        #expect(
            K.events(cluster, about: "slow").contains { $0.hasPrefix("Unhealthy: Liveness probe failed: dial tcp ") })
    }

    @Test("probes are stored with their defaults")
    func defaults() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx:1.27", ["livenessProbe": ["httpGet": ["port": 80]]]))
        let probe = try F.pod(cluster, "web")[path: "spec.containers"][0]["livenessProbe"]
        #expect(probe["periodSeconds"].int == 10)
        #expect(probe["failureThreshold"].int == 3)
        #expect(probe["successThreshold"].int == 1)
        #expect(probe["timeoutSeconds"].int == 1)
        #expect(probe["httpGet"]["path"].string == "/")
        #expect(probe["httpGet"]["scheme"].string == "HTTP")
    }
}
