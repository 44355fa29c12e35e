import Cluster
import KubeAPI
import Testing

/// Deployment, DaemonSet, ReplicaSet, ReplicationController, StatefulSet, Job and CronJob rows
/// (kubectl-output-cases.md A42-A56).
@Suite struct WorkloadTableTests {
    static let template = """
          template:
            metadata: {labels: {foo: bar}}
            spec: {containers: [{name: fake-container1, image: fake-image1}, {name: fake-container2, image: fake-image2}]}
        """
    static let now = TableFixture.ago(0)

    @Test func a42a43_deployment() throws {
        let yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: test1, creationTimestamp: '\(Self.now)'}
            spec:
              replicas: 5
              selector: {matchLabels: {foo: bar}}
            \(Self.template)
            status: {replicas: 10, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 4}
            """
        #expect(
            try TableFixture.cells(.deployments, yaml) == [
                "test1", "0/5", 2, 1, "0s", "fake-container1,fake-container2", "fake-image1,fake-image2", "foo=bar",
            ])
    }

    @Test func a44_daemonSet() throws {
        let yaml = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: test1, creationTimestamp: '\(Self.now)'}
            spec:
              selector: {matchLabels: {foo: bar}}
            \(Self.template)
            status: {desiredNumberScheduled: 3, currentNumberScheduled: 2, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 0}
            """
        #expect(
            try TableFixture.cells(.daemonSets, yaml) == [
                "test1", 3, 2, 1, 2, 0, "<none>", "0s", "fake-container1,fake-container2", "fake-image1,fake-image2",
                "foo=bar",
            ])
    }

    @Test func a45_replicaSet() throws {
        let yaml = """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: test1, creationTimestamp: '\(Self.now)'}
            spec:
              replicas: 5
              selector: {matchLabels: {foo: bar}}
            \(Self.template)
            status: {replicas: 5, readyReplicas: 2}
            """
        #expect(
            try TableFixture.cells(.replicaSets, yaml) == [
                "test1", 5, 5, 2, "0s", "fake-container1,fake-container2", "fake-image1,fake-image2", "foo=bar",
            ])
    }

    @Test func a46_replicationController() throws {
        let yaml = """
            apiVersion: v1
            kind: ReplicationController
            metadata: {name: rc1}
            spec:
              replicas: 5
              selector: {a: b}
              template: {spec: {containers: [{name: test, image: test_image}]}}
            status: {replicas: 3, readyReplicas: 1}
            """
        #expect(
            try TableFixture.cells(.replicationControllers, yaml) == [
                "rc1", 5, 3, 1, "<unknown>", "test", "test_image", "a=b",
            ])
    }

    @Test func a47_statefulSet() throws {
        let yaml = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: test1, creationTimestamp: '\(Self.now)'}
            spec:
              replicas: 5
            \(Self.template)
            status: {replicas: 5, readyReplicas: 2}
            """
        #expect(
            try TableFixture.cells(.statefulSets, yaml) == [
                "test1", "2/5", "0s", "fake-container1,fake-container2", "fake-image1,fake-image2",
            ])
    }

    func job(_ name: String, age: Int64 = 0, spec: String = "{}", status: String = "{}", deleted: Bool = false)
        -> String
    {
        let deletion = deleted ? ", deletionTimestamp: '\(TableFixture.ago(0))'" : ""
        return """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: \(name), creationTimestamp: '\(TableFixture.ago(age))'\(deletion)}
            spec: \(spec)
            status: \(status)
            """
    }

    @Test func a48_jobWithCompletions() throws {
        let spec = """
            {completions: 2, selector: {matchLabels: {job-label: job-label-value}}, \
            template: {spec: {containers: [{name: fake-job-container1, image: fake-job-image1}, {name: fake-job-container2, image: fake-job-image2}]}}}
            """
        #expect(
            try TableFixture.cells(.jobs, job("job1", spec: spec, status: "{succeeded: 1}")) == [
                "job1", "Running", "1/2", "", "0s", "fake-job-container1,fake-job-container2",
                "fake-job-image1,fake-job-image2",
                "job-label=job-label-value",
            ])
    }

    @Test func a49_jobWithoutCompletions() throws {
        let cells = try TableFixture.visibleCells(.jobs, job("job2", age: 10 * 365 * 86_400, status: "{succeeded: 0}"))
        #expect(cells == ["job2", "Running", "0/1", "", "10y"])
        let parallel = try TableFixture.visibleCells(
            .jobs, job("job3", spec: "{parallelism: 3}", status: "{succeeded: 1}"))
        #expect(parallel[2] == "1/1 of 3")
    }

    @Test func a50a51_duration() throws {
        let finished = job(
            "job3", status: "{startTime: '\(TableFixture.ago(-60))', completionTime: '\(TableFixture.ago(-31 * 60))'}")
        #expect(try TableFixture.cells(.jobs, finished)[3] == "30m")
        let running = job("job4", status: "{startTime: '\(TableFixture.ago(20 * 60))'}")
        #expect(try TableFixture.cells(.jobs, running)[3] == "20m")
    }

    @Test(arguments: [
        ("Complete", false, "Complete"), ("Failed", false, "Failed"), ("Suspended", false, "Suspended"),
        ("FailureTarget", false, "FailureTarget"), ("Other", true, "Terminating"), ("Complete", true, "Complete"),
    ])
    func a52_jobStatus(condition: String, deleted: Bool, expected: String) throws {
        let yaml = job("job", status: "{conditions: [{type: \(condition), status: 'True'}]}", deleted: deleted)
        #expect(try TableFixture.cells(.jobs, yaml)[1] == .string(expected))
    }

    func cronJob(_ spec: String, status: String = "{}", age: Int64 = 0) -> String {
        """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: cronjob1, creationTimestamp: '\(TableFixture.ago(age))'}
        spec: \(spec)
        status: \(status)
        """
    }

    @Test func a53_cronJob() throws {
        let yaml = cronJob(
            "{schedule: '0/5 * * * ?', suspend: false}", status: "{lastScheduleTime: '\(TableFixture.ago(0))'}")
        #expect(
            try TableFixture.visibleCells(.cronJobs, yaml) == [
                "cronjob1", "0/5 * * * ?", "<none>", "False", 0, "0s", "0s",
            ])
        #expect(try TableFixture.cells(.cronJobs, yaml).suffix(3) == ["", "", "<none>"])
    }

    @Test func a54_timeZone() throws {
        let yaml = cronJob("{schedule: '0/5 * * * ?', timeZone: LOCAL}")
        #expect(try TableFixture.cells(.cronJobs, yaml)[2...3] == ["LOCAL", "<unset>"])
    }

    @Test func a55_lastScheduleAndAge() throws {
        let yaml = cronJob(
            "{schedule: '0/5 * * * ?', suspend: true}",
            status: "{lastScheduleTime: '\(TableFixture.ago(30))', active: [{name: a}]}",
            age: 300)
        #expect(
            try TableFixture.visibleCells(.cronJobs, yaml) == [
                "cronjob1", "0/5 * * * ?", "<none>", "True", 1, "30s", "5m",
            ])
    }

    @Test func a56_neverScheduled() throws {
        #expect(try TableFixture.cells(.cronJobs, cronJob("{schedule: '0/5 * * * ?'}"))[5] == "<none>")
    }

    @Test func selectorsSortByKeyWithExpressions() throws {
        let yaml = """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: sel}
            spec:
              selector:
                matchLabels: {tier: fe, app: web}
                matchExpressions:
                - {key: env, operator: In, values: [prod, dev]}
                - {key: canary, operator: DoesNotExist}
                - {key: zone, operator: Exists}
                - {key: b, operator: NotIn, values: [x]}
            """
        #expect(
            try TableFixture.cells(.replicaSets, yaml).last
                == "app=web,b notin (x),!canary,env in (dev,prod),tier=fe,zone")
        let invalid = yaml.replacing("DoesNotExist", with: "Bogus", maxReplacements: 1)
        #expect(try TableFixture.cells(.replicaSets, invalid).last == "<error>")
        let deployment = invalid.replacing("ReplicaSet", with: "Deployment", maxReplacements: 1)
        #expect(try TableFixture.cells(.deployments, deployment).last == "<invalid>")
    }
}
