import Cluster
import KubeAPI
import Testing

@Suite("ReplicaSets adopt matching orphans and release pods that stop matching")
struct ReplicaSetClaimTests {
    private func replicaSet(replicas: Int) -> KubeObject {
        KubeObject([
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "web"],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": "web"]],
                "template": [
                    "metadata": ["labels": ["app": "web"]],
                    "spec": ["containers": [["name": "nginx", "image": "nginx"]]],
                ],
            ],
        ])
    }

    private func pod(_ name: String, app: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": ["app": .string(app)]],
            "spec": ["containers": [["name": "nginx", "image": "nginx"]]],
        ])
    }

    private func active(_ cluster: Cluster) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter { $0.labels["app"] == "web" && $0.deletionTimestamp == nil }
    }

    @Test("an orphan with matching labels is adopted and counted")
    func adoption() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(pod("stray", app: "web"))
        try cluster.create(replicaSet(replicas: 2))
        let rs = try cluster.get(.replicaSets, namespace: "default", name: "web")
        let stray = try cluster.get(.pods, namespace: "default", name: "stray")
        #expect(stray.controllerUID == rs.uid)
        #expect(active(cluster).count == 2)
    }

    @Test("extras beyond the replicas are deleted once adopted")
    func extras() throws {
        let cluster = try WorldFixture.tk8s()
        for name in ["a", "b", "c"] { try cluster.create(pod(name, app: "web")) }
        try cluster.create(replicaSet(replicas: 2))
        #expect(active(cluster).count == 2)
    }

    @Test("a pod relabelled out of the selector is released and replaced")
    func release() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(replicaSet(replicas: 2))
        var victim = try #require(active(cluster).first)
        victim.labels = ["app": "other"]
        try cluster.replace(victim)
        let released = try cluster.get(.pods, namespace: "default", name: victim.name)
        #expect(released.metadata["ownerReferences"].isNull)
        #expect(active(cluster).count == 2)
        #expect(!active(cluster).contains { $0.name == victim.name })
    }
}
