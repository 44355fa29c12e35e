import KubeAPI
import Testing

@testable import Cluster

@Suite("the Job controller")
struct JobControllerTests {
    @Test("a succeeding pod completes the Job: SuccessCriteriaMet, then Complete, one second after the pod ends")
    func completes() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("once", command: ["sleep", "5"]))
        cluster.advance(seconds: 4)
        var job = try cluster.get(.jobs, namespace: "default", name: "once")
        #expect(job[path: "status.active"] == 1)
        #expect(job[path: "status.ready"] == 1)
        cluster.advance(seconds: 9)
        job = try cluster.get(.jobs, namespace: "default", name: "once")
        #expect(JobFixture.conditionTypes(job) == ["SuccessCriteriaMet", "Complete"])
        #expect(job[path: "status.succeeded"] == 1)
        #expect(job[path: "status.active"].isNull)
        let pod = try #require(try JobFixture.pods(cluster, of: "once").first)
        #expect(pod.metadata["finalizers"].isNull)
        let finished = try #require(
            pod[path: "status.containerStatuses"][0][path: "state.terminated.finishedAt"].string)
        let finishedAt = try #require(Timestamp(rfc3339: finished))
        #expect(job[path: "status.completionTime"].string == finishedAt.adding(seconds: 1).rfc3339)
    }

    @Test("pods carry the job labels, the generated selector's uid and the tracking finalizer while they run")
    func podLabels() throws {
        let cluster = try WorldFixture.tk8s()
        let job = try cluster.create(JobFixture.job("labels", command: ["sleep", "60"]))
        #expect(job[path: "spec.selector.matchLabels"] == .stringMap(["batch.kubernetes.io/controller-uid": job.uid]))
        let pod = try #require(try JobFixture.pods(cluster, of: "labels").first)
        #expect(pod.labels["job-name"] == "labels")
        #expect(pod.labels["batch.kubernetes.io/controller-uid"] == job.uid)
        #expect(pod.metadata["finalizers"] == ["batch.kubernetes.io/job-tracking"])
        #expect(pod.name.hasPrefix("labels-"))
    }

    @Test("a Job deleted while its pod runs takes the pod with it: the tracking finalizer comes off the orphan")
    func orphanPodReleased() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("gone", command: ["sleep", "600"]))
        cluster.advance(seconds: 10)
        #expect(try JobFixture.pods(cluster, of: "gone").count == 1)
        try cluster.delete(.jobs, namespace: "default", name: "gone")
        cluster.advance(seconds: 60)  // past the 30 s grace period that sleep, ignoring SIGTERM, takes
        #expect(cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("gone-") }.isEmpty)
    }

    @Test("failures are retried after 10 s, then 20 s, and backoffLimit fails the Job")
    func backoff() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("fails", command: ["sh", "-c", "exit 1"], extra: ["backoffLimit": 1]))
        cluster.advance(seconds: 5)
        #expect(try JobFixture.pods(cluster, of: "fails").count == 1)
        cluster.advance(seconds: 10)
        #expect(try JobFixture.pods(cluster, of: "fails").count == 2)
        cluster.advance(seconds: 30)
        let job = try cluster.get(.jobs, namespace: "default", name: "fails")
        #expect(JobFixture.conditionTypes(job) == ["FailureTarget", "Failed"])
        #expect(job.trueCondition("Failed")?["reason"] == "BackoffLimitExceeded")
        #expect(job[path: "status.failed"] == 2)
        #expect(
            JobFixture.events(cluster, about: "fails").contains(
                "BackoffLimitExceeded: Job has reached the specified backoff limit"))
    }

    @Test("activeDeadlineSeconds kills the running pod and fails the Job once it is gone")
    func deadline() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("slow", command: ["sleep", "600"], extra: ["activeDeadlineSeconds": 10]))
        cluster.advance(seconds: 10)
        var job = try cluster.get(.jobs, namespace: "default", name: "slow")
        #expect(JobFixture.conditionTypes(job) == ["FailureTarget"])
        #expect(job[path: "status.terminating"] == 1)
        // `sleep` as PID 1 ignores SIGTERM: the pod goes at the end of its 30 second grace period.
        cluster.advance(seconds: 25)
        job = try cluster.get(.jobs, namespace: "default", name: "slow")
        #expect(JobFixture.conditionTypes(job) == ["FailureTarget"])
        cluster.advance(seconds: 6)
        job = try cluster.get(.jobs, namespace: "default", name: "slow")
        #expect(JobFixture.conditionTypes(job) == ["FailureTarget", "Failed"])
        #expect(job.trueCondition("Failed")?["reason"] == "DeadlineExceeded")
        #expect(job[path: "status.failed"] == 1)
    }

    @Test("an Indexed Job names pods by index and records completed indexes")
    func indexed() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            JobFixture.job(
                "idx", command: ["sleep", "2"],
                extra: [
                    "completionMode": "Indexed", "completions": 3, "parallelism": 2,
                ]))
        let names = try JobFixture.pods(cluster, of: "idx").map(\.name).sorted()
        #expect(names.count == 2)
        #expect(names[0].hasPrefix("idx-0-") && names[1].hasPrefix("idx-1-"))
        cluster.advance(seconds: 30)
        let job = try cluster.get(.jobs, namespace: "default", name: "idx")
        #expect(job[path: "status.completedIndexes"] == "0-2")
        #expect(job[path: "status.succeeded"] == 3)
        #expect(job.trueCondition("Complete") != nil)
    }

    @Test("ttlSecondsAfterFinished deletes the Job and its pods")
    func ttl() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("brief", command: ["true"], extra: ["ttlSecondsAfterFinished": 30]))
        cluster.advance(seconds: 10)
        #expect((try? cluster.get(.jobs, namespace: "default", name: "brief")) != nil)
        cluster.advance(seconds: 40)
        #expect((try? cluster.get(.jobs, namespace: "default", name: "brief")) == nil)
        #expect(!cluster.list(.pods, namespace: "default").contains { $0.name.hasPrefix("brief-") })
    }

    @Test("a suspended Job starts no pod; resuming it starts one")
    func suspend() throws {
        let cluster = try WorldFixture.tk8s()
        var job = try cluster.create(JobFixture.job("later", command: ["sleep", "5"], extra: ["suspend": true]))
        #expect(try JobFixture.pods(cluster, of: "later").isEmpty)
        job = try cluster.get(.jobs, namespace: "default", name: "later")
        #expect(job.trueCondition("Suspended")?["reason"] == "JobSuspended")
        job[path: "spec.suspend"] = false
        try cluster.replace(job)
        #expect(try JobFixture.pods(cluster, of: "later").count == 1)
    }

    @Test("resumed while its suspended pod still terminates, a Job starts its new pod at once: that pod is no failure")
    func resumeWhileTerminating() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.job("pause", command: ["sleep", "300"]))
        cluster.advance(seconds: 10)
        var job = try cluster.get(.jobs, namespace: "default", name: "pause")
        job[path: "spec.suspend"] = true
        try cluster.replace(job)
        // `sleep` as PID 1 ignores SIGTERM: the pod terminates for its whole grace period.
        #expect(try JobFixture.pods(cluster, of: "pause").allSatisfy { $0.deletionTimestamp != nil })
        cluster.advance(seconds: 5)
        job = try cluster.get(.jobs, namespace: "default", name: "pause")
        job[path: "spec.suspend"] = false
        try cluster.replace(job)
        let pods = try JobFixture.pods(cluster, of: "pause")
        #expect(pods.filter { $0.deletionTimestamp == nil }.count == 1)
        job = try cluster.get(.jobs, namespace: "default", name: "pause")
        #expect(job[path: "status.failed"].isNull)
    }

    @Test("a template without restartPolicy Never or OnFailure is refused")
    func refusesAlways() {
        let cluster = try? WorldFixture.tk8s()
        let job = JobFixture.job("bad", command: ["true"], restartPolicy: "Always")
        #expect(throws: APIError.self) { try cluster?.create(job) }
    }
}
