@testable import Cluster
import KubeAPI
import Testing

@Suite("The kubelet pulls, creates, starts, restarts and stops containers in virtual time")
struct KubeletLifecycleTests {
    typealias F = KubeletFixture

    @Test("a pulled image: Scheduled, Pulling, Pulled with duration and size, Created, Started")
    func pullsThenStarts() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx"))
        #expect(F.status(cluster, "web")[path: "state.waiting.reason"].string == "ContainerCreating")
        cluster.advance(seconds: 10)
        #expect(F.phase(cluster, "web") == "Running")
        let node = try #require(try cluster.get(.pods, namespace: "default", name: "web").nodeName)
        #expect(
            F.events(cluster, about: "web") == [
                "Scheduled: Successfully assigned default/web to \(node)",
                "Pulling: Pulling image \"nginx\"",
                "Pulled: Successfully pulled image \"nginx\" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.",
                "Created: Created container: web",
                "Started: Started container web",
            ])
    }

    @Test("the startup latency tracker logs the pull's exact start and end, so the SLO duration leaves the pull out")
    func startupLatencyExcludesThePull() throws {
        let cluster = try WorldFixture.tk8s()
        let created = cluster.now
        try cluster.create(F.pod("web", image: "nginx"))
        cluster.advance(seconds: 10)
        let node = try #require(try cluster.get(.pods, namespace: "default", name: "web").nodeName)
        let started = cluster.kubeletLog(on: node).compactMap { record -> (Timestamp?, Timestamp?)? in
            guard record.pod == "web", case .podStarted(_, let first, let last) = record.action else { return nil }
            return (first, last)
        }
        #expect(started.count == 1)
        let (first, last) = try #require(started.first)
        let pull = try #require(first)
        // "Pulled ... in 4.409s": the tracker keeps the millisecond the pull ended, not the event's second.
        #expect(try #require(last).milliseconds(since: pull) == 4409)
        #expect(pull >= created)
    }

    @Test("an image the node holds is not pulled again under IfNotPresent")
    func alreadyPresent() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("pause", image: "registry.k8s.io/pause:3.10"))
        cluster.advance(seconds: 3)
        #expect(F.phase(cluster, "pause") == "Running")
        #expect(F.events(cluster, about: "pause").contains("Pulled: Container image \"registry.k8s.io/pause:3.10\" already present on machine"))
        #expect(!F.events(cluster, about: "pause").contains { $0.hasPrefix("Pulling") })
    }

    @Test("a container that keeps exiting restarts at once, then after 10s, 20s, 40s: CrashLoopBackOff")
    func crashLoop() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("bb", image: "busybox"))
        cluster.advance(seconds: 3)
        #expect(F.status(cluster, "bb")[path: "state.terminated.reason"].string == "Completed")
        #expect(F.phase(cluster, "bb") == "Running")
        cluster.advance(seconds: 2)
        var status = F.status(cluster, "bb")
        #expect(status[path: "state.waiting.reason"].string == "CrashLoopBackOff")
        #expect(status[path: "state.waiting.message"].string?.hasPrefix("back-off 10s restarting failed container=bb pod=bb_default(") == true)
        #expect(status["restartCount"].int == 1)
        #expect(status[path: "lastState.terminated.exitCode"].int == 0)
        cluster.advance(seconds: 11)
        status = F.status(cluster, "bb")
        #expect(status["restartCount"].int == 2)
        #expect(status[path: "state.waiting.message"].string?.hasPrefix("back-off 20s") == true)
        cluster.advance(seconds: 3600)
        status = F.status(cluster, "bb")
        #expect(status[path: "state.waiting.message"].string?.hasPrefix("back-off 5m0s") == true)
        let backOff = try #require(F.event(cluster, about: "bb", reason: "BackOff"))
        let uid = try cluster.get(.pods, namespace: "default", name: "bb").uid
        #expect(backOff.value["message"].string == "Back-off restarting failed container bb in pod bb_default(\(uid))")
        #expect(backOff.value["type"].string == "Warning")
    }

    @Test("restartPolicy Never: exit 0 is Succeeded (Completed), anything else Failed (Error)")
    func runsOnce() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("once", image: "busybox", command: ["sleep", "5"], restartPolicy: "Never"))
        try cluster.create(F.pod("fails", image: "busybox", command: ["sh", "-c", "exit 3"], restartPolicy: "Never"))
        cluster.advance(seconds: 5)
        #expect(F.phase(cluster, "once") == "Running")
        cluster.advance(seconds: 5)
        #expect(F.phase(cluster, "once") == "Succeeded")
        #expect(F.status(cluster, "once")[path: "state.terminated.reason"].string == "Completed")
        #expect(F.phase(cluster, "fails") == "Failed")
        #expect(F.status(cluster, "fails")[path: "state.terminated.exitCode"].int == 3)
        #expect(F.status(cluster, "fails")[path: "state.terminated.reason"].string == "Error")
        #expect(F.status(cluster, "fails")["restartCount"].int == 0)
    }

    @Test("restartPolicy OnFailure: a failing container restarts, a succeeding one completes the pod")
    func onFailure() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("ok", image: "busybox", command: ["true"], restartPolicy: "OnFailure"))
        try cluster.create(F.pod("bad", image: "busybox", command: ["false"], restartPolicy: "OnFailure"))
        cluster.advance(seconds: 30)
        #expect(F.phase(cluster, "ok") == "Succeeded")
        #expect(F.phase(cluster, "bad") == "Running")
        #expect((F.status(cluster, "bad")["restartCount"].int ?? 0) >= 2)
        #expect(F.status(cluster, "bad")[path: "lastState.terminated.reason"].string == "Error")
    }

    @Test("a tag that does not exist: ErrImagePull, then ImagePullBackOff, retried with back-off")
    func imagePullBackOff() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("bad", image: "nginx:doesnotexist"))
        cluster.advance(seconds: 3)
        #expect(F.status(cluster, "bad")[path: "state.waiting.reason"].string == "ErrImagePull")
        #expect(F.phase(cluster, "bad") == "Pending")
        cluster.advance(seconds: 2)
        #expect(F.status(cluster, "bad")[path: "state.waiting.reason"].string == "ImagePullBackOff")
        #expect(F.status(cluster, "bad")[path: "state.waiting.message"].string == "Back-off pulling image \"nginx:doesnotexist\"")
        cluster.advance(seconds: 600)
        let failed = try #require(
            cluster.list(.events, namespace: "default").first { ($0.value["message"].string ?? "").hasPrefix("Failed to pull image") })
        // Pulls at about 2s, 13s, 35s, 76s, 157s, 318s and 619s: back-off 10s doubling to 300s.
        // The kubelet's spam filter lets 25 events of a type about the pod through, then one every
        // 5 minutes: the 25th Warning comes by the 5th failure. A written BackOff carries the
        // count of every one the recorder saw.
        #expect(failed.value["count"].int == 5)
        let backOff = try #require(cluster.list(.events, namespace: "default").first { $0.value["reason"].string == "BackOff" })
        #expect(backOff.value["count"].int == 27)
        #expect(
            failed.value["message"].string
                == "Failed to pull image \"nginx:doesnotexist\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:doesnotexist\": failed to resolve reference \"docker.io/library/nginx:doesnotexist\": docker.io/library/nginx:doesnotexist: not found"
        )
    }

    @Test("graceful deletion stops each running container with a Killing event")
    func killing() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx"))
        cluster.advance(seconds: 10)
        try cluster.delete(.pods, namespace: "default", name: "web")
        let killing = try #require(F.event(cluster, about: "web", reason: "Killing"))
        #expect(killing.value["message"].string == "Stopping container web")
        #expect(killing.value["involvedObject"]["fieldPath"].string == "spec.containers{web}")
        cluster.advance(seconds: 5)
        #expect(cluster.list(.pods, namespace: "default").allSatisfy { $0.name != "web" })
    }

    @Test("events expire an hour after they were last updated")
    func eventsExpire() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx"))
        cluster.advance(seconds: 3599)
        #expect(!F.events(cluster, about: "web").isEmpty)
        cluster.advance(seconds: 20)
        #expect(F.events(cluster, about: "web").isEmpty)
    }

    @Test("the world's restored pods are left exactly as restored")
    func restoredPodsStay() throws {
        let cluster = try WorldFixture.tk8s()
        let before = cluster.list(.pods).map { $0.value["status"] }
        cluster.advance(seconds: 7200)
        #expect(cluster.list(.pods).map { $0.value["status"] } == before)
    }
}

@Suite("Pull policies")
struct PullPolicyTests {
    @Test("imagePullPolicy Never with the image absent: ErrImageNeverPull, no pull")
    func neverPull() throws {
        let cluster = try WorldFixture.tk8s()
        var pod = KubeletFixture.pod("np", image: "nginx:1.27")
        pod[path: "spec.containers"] = [["name": "np", "image": "nginx:1.27", "imagePullPolicy": "Never"]]
        try cluster.create(pod)
        cluster.advance(seconds: 5)
        #expect(KubeletFixture.status(cluster, "np")[path: "state.waiting.reason"].string == "ErrImageNeverPull")
        #expect(
            KubeletFixture.events(cluster, about: "np").contains(
                "ErrImageNeverPull: Container image \"nginx:1.27\" is not present with pull policy of Never"))
        #expect(!KubeletFixture.events(cluster, about: "np").contains { $0.hasPrefix("Pulling") })
    }

    @Test("imagePullPolicy Always on a node that has the image: a quick pull, reported with the image size")
    func alwaysRepulls() throws {
        let cluster = try WorldFixture.tk8s()
        var pod = KubeletFixture.pod("p", image: "registry.k8s.io/pause:3.10")
        pod[path: "spec.containers"] = [["name": "p", "image": "registry.k8s.io/pause:3.10", "imagePullPolicy": "Always"]]
        try cluster.create(pod)
        cluster.advance(seconds: 5)
        #expect(
            KubeletFixture.events(cluster, about: "p").contains(
                "Pulled: Successfully pulled image \"registry.k8s.io/pause:3.10\" in 800ms (800ms including waiting). Image size: 320368 bytes."
            ))
    }
}
