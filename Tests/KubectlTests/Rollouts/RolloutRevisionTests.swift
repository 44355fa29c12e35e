import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl rollout of DaemonSets and StatefulSets prints what kubectl 1.32 prints")
struct RolloutRevisionTests {
    static func agent(strategy: JSONValue) -> KubeObject {
        KubeObject([
            "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": "agent", "namespace": "default"],
            "spec": [
                "selector": ["matchLabels": ["app": "agent"]], "updateStrategy": strategy,
                "template": [
                    "metadata": ["labels": ["app": "agent"]],
                    "spec": ["containers": [["name": "agent", "image": "nginx:1.27"]]],
                ],
            ],
        ])
    }

    @Test("status of an OnDelete DaemonSet is refused; history and undo use its ControllerRevisions")
    func onDeleteDaemonSet() throws {
        let lab = try KubectlHarness()
        try lab.cluster.create(Self.agent(strategy: ["type": "OnDelete"]))
        lab.cluster.advance(seconds: 30)
        let status = lab.run("rollout", "status", "ds/agent")
        #expect(status.err == "error: rollout status is only available for RollingUpdate strategy type\n")
        #expect(status.code == 1)
        #expect(lab.run("rollout", "undo", "ds/agent").err == "error: no last revision to roll back to\n")
        #expect(lab.run("set", "image", "ds/agent", "agent=nginx:1.28").out == "daemonset.apps/agent image updated\n")
        #expect(
            lab.run("rollout", "history", "daemonset", "agent").out
                == "daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        let preview = lab.run("rollout", "undo", "ds/agent", "--dry-run=client").out
        #expect(preview.hasPrefix("daemonset.apps/agent will roll back to Pod Template:\n"))
        #expect(preview.contains("    Image:\tnginx:1.27\n") && preview.hasSuffix(" (dry run)\n"))
        #expect(lab.run("rollout", "undo", "ds/agent", "--to-revision=1").out == "daemonset.apps/agent rolled back\n")
        let ds = try lab.cluster.get(.daemonSets, namespace: "default", name: "agent")
        #expect(ds[path: "spec.template.spec.containers"][0]["image"].string == "nginx:1.27")
        #expect(ds.annotations["deprecated.daemonset.template.generation"] == "3")
        #expect(
            lab.run("rollout", "undo", "ds/agent", "--to-revision=3").out
                == "daemonset.apps/agent skipped rollback (current template already matches revision 3)\n")
        #expect(
            lab.run("rollout", "undo", "ds/agent", "--to-revision=1").err
                == "error: unable to find specified revision 1 in history\n")
    }

    @Test("pause and resume are refused for a DaemonSet; restart stamps its template")
    func pauseAndRestart() throws {
        let lab = try KubectlHarness()
        let pause = lab.run("-n", "kube-system", "rollout", "pause", "ds/kube-proxy")
        #expect(pause.err == "error: daemonsets.apps \"kube-proxy\" pausing is not supported\n" && pause.code == 1)
        #expect(
            lab.run("-n", "kube-system", "rollout", "resume", "ds/kube-proxy").err
                == "error: daemonsets.apps \"kube-proxy\" resuming is not supported\n")
        #expect(
            lab.run("-n", "kube-system", "rollout", "restart", "ds/kube-proxy").out
                == "daemonset.apps/kube-proxy restarted\n")
        let ds = try lab.cluster.get(.daemonSets, namespace: "kube-system", name: "kube-proxy")
        #expect(ds[path: "spec.template.metadata.annotations"]["kubectl.kubernetes.io/restartedAt"].string != nil)
        #expect(
            lab.run("-n", "kube-system", "rollout", "status", "ds/kube-proxy", "--watch=false").out
                == "Waiting for daemon set \"kube-proxy\" rollout to finish: 0 out of 3 new pods have been updated...\n"
        )
    }

    @Test("a StatefulSet without partition settings reports its revisions")
    func statefulSetRevisions() throws {
        let lab = try KubectlHarness()
        try lab.cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": ["name": "db", "namespace": "default"],
                "spec": [
                    "selector": ["matchLabels": ["app": "db"]], "serviceName": "db", "replicas": 2,
                    "updateStrategy": ["type": "RollingUpdate"],
                    "template": [
                        "metadata": ["labels": ["app": "db"]],
                        "spec": ["containers": [["name": "db", "image": "nginx:1.27"]]],
                    ],
                ],
            ]))
        #expect(lab.run("rollout", "status", "sts/db", "--watch=false").out == "Waiting for 2 pods to be ready...\n")
        let done = lab.run("rollout", "status", "sts/db").out
        let revision = try lab.cluster.get(.statefulSets, namespace: "default", name: "db")[
            path: "status.currentRevision"]
        #expect(done.hasSuffix("statefulset rolling update complete 2 pods at revision \(revision.string ?? "")...\n"))
    }
}
