import KubeAPI
import Testing

@testable import Cluster

/// Every workload controller adopts orphans its selector matches and releases what stops matching.
@Suite("Deployments, DaemonSets, StatefulSets and Jobs adopt and release as ControllerRefManager does")
struct WorkloadClaimTests {
    private func pod(_ name: String, labels: [String: String]) -> KubeObject {
        var pod = KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["containers": [["name": "nginx", "image": "nginx:1.27"]]],
        ])
        pod.labels = labels
        return pod
    }

    private func relabel(_ cluster: Cluster, _ type: ResourceType, _ name: String, _ labels: [String: String]) throws {
        var object = try cluster.get(type, namespace: "default", name: name)
        object.labels = labels
        try cluster.replace(object)
    }

    @Test("a re-created Deployment adopts the ReplicaSet its predecessor orphaned, and its pods stay")
    func deploymentAdoptsReplicaSet() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        let podsBefore = Set(DeploymentFixture.activePods(cluster, "web").map(\.name))
        try cluster.delete(.deployments, namespace: "default", name: "web", propagationPolicy: .orphan)
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("web-") })
        #expect(rs.controllerUID == nil)
        let deployment = try cluster.create(DeploymentFixture.deployment("web"))
        let replicaSets = cluster.list(.replicaSets, namespace: "default").filter { $0.name.hasPrefix("web-") }
        #expect(replicaSets.map(\.name) == [rs.name])
        #expect(replicaSets.first?.controllerUID == deployment.uid)
        cluster.advance(seconds: 30)
        #expect(Set(DeploymentFixture.activePods(cluster, "web").map(\.name)) == podsBefore)
    }

    @Test("a ReplicaSet relabelled out of the selector is released; the Deployment makes a new one under a new hash")
    func deploymentReleasesReplicaSet() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 2))
        cluster.advance(seconds: 30)
        let old = try #require(cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("web-") })
        try relabel(
            cluster, .replicaSets, old.name,
            ["app": "other", "pod-template-hash": old.labels["pod-template-hash"] ?? ""])
        let released = try cluster.get(.replicaSets, namespace: "default", name: old.name)
        #expect(released.metadata["ownerReferences"].isNull)
        #expect(released[path: "spec.replicas"].int == 2)
        let deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(deployment[path: "status.collisionCount"].int == 1)
        let replacement = try #require(
            cluster.list(.replicaSets, namespace: "default").first { $0.controllerUID == deployment.uid })
        #expect(replacement.name != old.name)
        #expect(replacement[path: "spec.replicas"].int == 2)
    }

    @Test("a DaemonSet adopts a matching orphan and deletes the newer of two pods on one node")
    func daemonSetAdoptsPod() throws {
        let cluster = try DaemonSetFixture.started()
        let ds = try DaemonSetFixture.daemonSet(cluster)
        var stray = pod("stray", labels: ["app": "agent"])
        stray[path: "spec.nodeName"] = "tk8s-worker1"
        try cluster.create(stray)
        let adopted = try cluster.get(.pods, namespace: "default", name: "stray")
        #expect(adopted.controllerUID == ds.uid)
        #expect(adopted.deletionTimestamp != nil)
        cluster.advance(seconds: 60)
        #expect(DaemonSetFixture.pods(cluster).count == 3)
    }

    @Test("DaemonSet pods relabelled away are released, keep running and are replaced on their node")
    func daemonSetReleasesPod() throws {
        let cluster = try DaemonSetFixture.started()
        let victim = try #require(DaemonSetFixture.pods(cluster).first)
        try relabel(cluster, .pods, victim.name, ["app": "other"])
        let released = try cluster.get(.pods, namespace: "default", name: victim.name)
        #expect(released.metadata["ownerReferences"].isNull)
        #expect(released.deletionTimestamp == nil)
        cluster.advance(seconds: 30)
        let onNode = DaemonSetFixture.pods(cluster).filter { $0.nodeName == victim.nodeName }
        #expect(onNode.count == 2)
        #expect(onNode.allSatisfy { $0.isReady })
    }

    @Test("a DaemonSet re-created after an orphaning delete takes back its pods and revision")
    func daemonSetReadoption() throws {
        let cluster = try DaemonSetFixture.started()
        let names = Set(DaemonSetFixture.pods(cluster).map(\.name))
        try cluster.delete(.daemonSets, namespace: "default", name: "agent", propagationPolicy: .orphan)
        let ds = try cluster.create(DaemonSetFixture.agent())
        cluster.advance(seconds: 30)
        #expect(Set(DaemonSetFixture.pods(cluster).map(\.name)) == names)
        #expect(DaemonSetFixture.pods(cluster).allSatisfy { $0.controllerUID == ds.uid })
        let revisions = cluster.list(.controllerRevisions, namespace: "default").filter { $0.name.hasPrefix("agent-") }
        #expect(revisions.count == 1)
        #expect(revisions.allSatisfy { $0.controllerUID == ds.uid })
    }

    @Test("a StatefulSet adopts only pods named after it, then sets their identity labels")
    func statefulSetAdoptsByName() throws {
        let cluster = try WorldFixture.tk8s()
        var member = pod("web-0", labels: ["app": "nginx"])
        member[path: "spec.volumes"] = [["name": "data", "persistentVolumeClaim": ["claimName": "data-web-0"]]]
        try cluster.create(member)
        try cluster.create(pod("stranger", labels: ["app": "nginx"]))
        cluster.advance(seconds: 10)
        let set = try cluster.create(StatefulSetFixture.web(replicas: 1))
        cluster.advance(seconds: 10)  // its claim is made and bound, so the pod can run
        let adopted = try cluster.get(.pods, namespace: "default", name: "web-0")
        #expect(adopted.controllerUID == set.uid)
        #expect(adopted.labels["statefulset.kubernetes.io/pod-name"] == "web-0")
        #expect(adopted.labels["apps.kubernetes.io/pod-index"] == "0")
        #expect(try cluster.get(.pods, namespace: "default", name: "stranger").controllerUID == nil)
        let messages = cluster.list(.events, namespace: "default")
            .filter { $0.value["involvedObject"]["name"].string == "web" }.compactMap { $0.value["message"].string }
        #expect(messages.contains("update Pod web-0 in StatefulSet web successful"))
    }

    @Test("a Job with a manual selector adopts an orphan with its tracking finalizer, and releases it again")
    func jobClaims() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(pod("stray", labels: ["app": "batch"]))
        let template: JSONValue = [
            "metadata": ["labels": ["app": "batch"]],
            "spec": [
                "restartPolicy": "Never",
                "containers": [["name": "main", "image": "busybox", "command": ["sleep", "60"]]],
            ],
        ]
        let job = try cluster.create(
            JobFixture.job(
                "batch", command: ["sleep", "60"],
                extra: [
                    "manualSelector": true, "selector": ["matchLabels": ["app": "batch"]], "template": template,
                ]))
        cluster.advance(seconds: 2)
        let adopted = try cluster.get(.pods, namespace: "default", name: "stray")
        #expect(adopted.controllerUID == job.uid)
        #expect(adopted.metadata["finalizers"] == ["batch.kubernetes.io/job-tracking"])
        try relabel(cluster, .pods, "stray", ["app": "loose"])
        cluster.advance(seconds: 2)
        let released = try cluster.get(.pods, namespace: "default", name: "stray")
        #expect(released.metadata["ownerReferences"].isNull)
        #expect(released.metadata["finalizers"].isNull)
        let active = cluster.list(.pods, namespace: "default").filter {
            $0.controllerUID == job.uid && $0.deletionTimestamp == nil
        }
        #expect(active.count == 1)
    }

    @Test("nothing another controller owns, nor anything being deleted, is adopted")
    func leavesOthersAlone() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 1))
        cluster.advance(seconds: 30)
        let owned = try #require(DeploymentFixture.activePods(cluster, "web").first)
        let ds = DaemonSetFixture.agent()
        var greedy = ds
        greedy[path: "spec.selector.matchLabels"] = ["app": "web"]
        greedy[path: "spec.template.metadata.labels"] = ["app": "web"]
        try cluster.create(greedy)
        let after = try cluster.get(.pods, namespace: "default", name: owned.name)
        #expect(after.controllerUID == owned.controllerUID)
        try cluster.create(pod("leaving", labels: ["app": "lone"]))
        cluster.advance(seconds: 10)
        try cluster.delete(.pods, namespace: "default", name: "leaving")
        var rs = KubeObject([
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "lone", "namespace": "default"],
            "spec": [
                "replicas": 1, "selector": ["matchLabels": ["app": "lone"]],
                "template": [
                    "metadata": ["labels": ["app": "lone"]],
                    "spec": ["containers": [["name": "nginx", "image": "nginx:1.27"]]],
                ],
            ],
        ])
        rs = try cluster.create(rs)
        let leaving = try cluster.get(.pods, namespace: "default", name: "leaving")
        #expect(leaving.controllerUID == nil)
    }
}
