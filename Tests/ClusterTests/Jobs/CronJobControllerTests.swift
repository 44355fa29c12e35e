import Cluster
import KubeAPI
import Testing

@Suite("the CronJob controller")
struct CronJobControllerTests {
    func jobs(_ cluster: Cluster) -> [String] {
        cluster.list(.jobs, namespace: "default").map(\.name).sorted()
    }

    @Test("each minute's run is a Job named after the scheduled minute")
    func names() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(JobFixture.cronJob("tick", schedule: "*/1 * * * *", command: ["sleep", "200"]))
        cluster.advance(seconds: 125)
        let minute = 29_089_886  // 2025-04-23T07:26:00Z in minutes since the epoch
        #expect(jobs(cluster) == ["tick-\(minute)", "tick-\(minute + 1)"])
        let cronJob = try cluster.get(.cronJobs, namespace: "default", name: "tick")
        #expect(cronJob[path: "status.active"].array.count == 2)
        #expect(cronJob[path: "status.lastScheduleTime"] == "2025-04-23T07:27:00Z")
    }

    @Test("Forbid skips a run while one is active; Replace deletes the active one")
    func concurrency() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            JobFixture.cronJob(
                "one", schedule: "*/1 * * * *", command: ["sleep", "200"],
                extra: [
                    "concurrencyPolicy": "Forbid"
                ]))
        try cluster.create(
            JobFixture.cronJob(
                "swap", schedule: "*/1 * * * *", command: ["sleep", "200"],
                extra: [
                    "concurrencyPolicy": "Replace"
                ]))
        cluster.advance(seconds: 125)
        #expect(jobs(cluster).filter { $0.hasPrefix("one-") }.count == 1)
        let swaps = jobs(cluster).filter { $0.hasPrefix("swap-") }
        #expect(swaps.count == 1)
        #expect(swaps == ["swap-29089887"])  // the 07:27 run replaced the 07:26 one
    }

    @Test("history limits keep the newest successful Jobs")
    func history() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            JobFixture.cronJob(
                "hist", schedule: "*/1 * * * *", command: ["true"],
                extra: [
                    "successfulJobsHistoryLimit": 2
                ]))
        cluster.advance(seconds: 300)
        #expect(jobs(cluster).count == 2)
    }

    @Test("a suspended CronJob starts nothing")
    func suspended() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            JobFixture.cronJob("off", schedule: "*/1 * * * *", command: ["true"], extra: ["suspend": true]))
        cluster.advance(seconds: 300)
        #expect(jobs(cluster).isEmpty)
    }

    @Test("startingDeadlineSeconds: a run missed by more than the deadline is skipped when resumed")
    func deadline() throws {
        let cluster = try WorldFixture.tk8s()
        var cronJob = try cluster.create(
            JobFixture.cronJob(
                "late", schedule: "0 * * * *", command: ["true"],
                extra: [
                    "suspend": true, "startingDeadlineSeconds": 60,
                ]))
        cluster.advance(seconds: 3600)
        cronJob = try cluster.get(.cronJobs, namespace: "default", name: "late")
        cronJob[path: "spec.suspend"] = false
        try cluster.replace(cronJob)
        #expect(jobs(cluster).isEmpty)
    }

    @Test("an invalid schedule is refused with the parser's message")
    func invalid() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(
            throws: APIError.invalid(
                kind: "CronJob", group: "batch", name: "bad",
                causes: [
                    InvalidDetails.Cause(
                        field: "spec.schedule", message: "Invalid value: \"nope\": expected exactly 5 fields, found 1: [nope]")
                ])
        ) {
            try cluster.create(JobFixture.cronJob("bad", schedule: "nope", command: ["true"]))
        }
    }
}
