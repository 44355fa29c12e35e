import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl create job and create cronjob")
struct CreateJobTests {
    @Test("C97: create job --dry-run=client -o yaml")
    func jobDryRun() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "create", "job", "j1", "--image=busybox", "--dry-run=client", "-o", "yaml", "--", "echo", "hi")
        #expect(result.err == "")
        #expect(
            result.out == """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  creationTimestamp: null
                  name: j1
                spec:
                  template:
                    metadata:
                      creationTimestamp: null
                    spec:
                      containers:
                      - command:
                        - echo
                        - hi
                        image: busybox
                        name: j1
                        resources: {}
                      restartPolicy: Never
                status: {}

                """)
    }

    @Test("C98: create cronjob --dry-run=client -o yaml")
    func cronJobDryRun() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "create", "cronjob", "cj1", "--image=busybox", "--schedule=*/1 * * * *", "--dry-run=client", "-o", "yaml")
        #expect(result.err == "")
        #expect(
            result.out == """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  creationTimestamp: null
                  name: cj1
                spec:
                  jobTemplate:
                    metadata:
                      creationTimestamp: null
                      name: cj1
                    spec:
                      template:
                        metadata:
                          creationTimestamp: null
                        spec:
                          containers:
                          - image: busybox
                            name: cj1
                            resources: {}
                          restartPolicy: OnFailure
                  schedule: '*/1 * * * *'
                status: {}

                """)
    }

    @Test("created objects are named as kubectl names them")
    func created() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "job", "pi", "--image=busybox").out == "job.batch/pi created\n")
        #expect(
            lab.run("create", "cronjob", "cj", "--image=busybox", "--schedule=*/5 * * * *").out
                == "cronjob.batch/cj created\n")
        #expect(lab.run("create", "job", "manual", "--from=cronjob/cj").out == "job.batch/manual created\n")
        let manual = try lab.cluster.get(.jobs, namespace: "default", name: "manual")
        #expect(manual.annotations["cronjob.kubernetes.io/instantiate"] == "manual")
    }

    @Test("errors as kubectl words them")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "job", "x").err == "error: either --image or --from must be specified\n")
        #expect(lab.run("create", "cronjob", "x").err == "error: required flag(s) \"image\", \"schedule\" not set\n")
        let bad = lab.run("create", "cronjob", "x", "--image=busybox", "--schedule=nope")
        #expect(
            bad.err == """
                error: failed to create cronjob: CronJob.batch "x" is invalid: spec.schedule: Invalid value: "nope": expected exactly 5 fields, found 1: [nope]

                """)
        #expect(bad.code == 1)
    }
}
