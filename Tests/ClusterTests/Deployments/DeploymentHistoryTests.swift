import Cluster
import KubeAPI
import Testing

@Suite("Revisions: rollback to a kept one, history limit, scale to zero and pause")
struct DeploymentHistoryTests {
    @Test("going back to an old template reuses its ReplicaSet under the next revision")
    func rollback() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        cluster.advance(seconds: 60)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.27")
        cluster.advance(seconds: 60)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 3, "nginx:1.28": 0])
        let sets = cluster.list(.replicaSets, namespace: "default").filter { $0.name.hasPrefix("web-") }
        let back = try #require(sets.first { $0[path: "spec.replicas"].int == 3 })
        #expect(back.annotations["deployment.kubernetes.io/revision"] == "3")
        #expect(back.annotations["deployment.kubernetes.io/revision-history"] == "1")
        let web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web.annotations["deployment.kubernetes.io/revision"] == "3")
    }

    @Test("old idle ReplicaSets beyond revisionHistoryLimit are deleted")
    func historyLimit() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", extra: ["revisionHistoryLimit": 1]))
        for image in ["nginx:1.26", "nginx:1.28", "nginx:1.29"] {
            cluster.advance(seconds: 60)
            try DeploymentFixture.setImage(cluster, "web", image)
        }
        cluster.advance(seconds: 60)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.28": 0, "nginx:1.29": 3])
    }

    @Test("scaling to 0 stops every pod and keeps the Deployment and its ReplicaSet; scaling back reuses it")
    func scaleToZero() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        var web = try cluster.get(.deployments, namespace: "default", name: "web")
        web[path: "spec.replicas"] = 0
        try cluster.replace(web)
        cluster.advance(seconds: 30)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0])
        #expect(cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }.isEmpty)
        web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web[path: "status.replicas"].isNull)
        web[path: "spec.replicas"] = 3
        try cluster.replace(web)
        cluster.advance(seconds: 30)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 3])
        #expect(DeploymentFixture.activePods(cluster, "web").count == 3)
        #expect(
            try cluster.get(.deployments, namespace: "default", name: "web").annotations[
                "deployment.kubernetes.io/revision"] == "1")
    }

    @Test("scaling in the middle of a rollout spreads the change over both ReplicaSets by their share")
    func proportionalScaling() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 10))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 8, "nginx:1.28": 5])
        var web = try cluster.get(.deployments, namespace: "default", name: "web")
        web[path: "spec.replicas"] = 20
        try cluster.replace(web)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 15, "nginx:1.28": 10])
        cluster.advance(seconds: 120)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 20])
    }

    @Test("a paused Deployment does not roll a template change out until resumed")
    func pause() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        var web = try cluster.get(.deployments, namespace: "default", name: "web")
        web[path: "spec.paused"] = true
        try cluster.replace(web)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        cluster.advance(seconds: 30)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 3])
        web = try cluster.get(.deployments, namespace: "default", name: "web")
        let progressing = web[path: "status.conditions"].array.first { $0["type"].string == "Progressing" }
        #expect(progressing?["reason"].string == "DeploymentPaused")
        web[path: "spec.paused"] = nil
        try cluster.replace(web)
        cluster.advance(seconds: 60)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 3])
    }

    @Test("the world's coredns Deployment is left as it was restored")
    func corednsUntouched() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.advance(seconds: 600)
        let sets = cluster.list(.replicaSets, namespace: "kube-system").filter { $0.name.hasPrefix("coredns-") }
        #expect(sets.map(\.name) == ["coredns-668d6bf9bc", "coredns-66967f4c59"])
        #expect(sets.map { $0[path: "spec.replicas"].int } == [0, 2])
        let coredns = try cluster.get(.deployments, namespace: "kube-system", name: "coredns")
        #expect(coredns.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(
            cluster.list(.events, namespace: "kube-system").allSatisfy {
                $0.value["reason"].string != "ScalingReplicaSet"
            })
    }
}
