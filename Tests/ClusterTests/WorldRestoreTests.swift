import Cluster
import KubeAPI
import Testing

@Suite("The tk8s world at its start")
struct WorldRestoreTests {
    @Test("coredns pods carry one restart per host reboot since they were created")
    func corednsRestarts() throws {
        let cluster = try WorldFixture.tk8s()
        let pods = cluster.list(.pods, namespace: "kube-system", selector: LabelSelector(matchLabels: ["k8s-app": "kube-dns"]))
        #expect(pods.map(\.name) == ["coredns-66967f4c59-sc4gn", "coredns-66967f4c59-zkpkl"])
        for pod in pods {
            let status = pod[path: "status.containerStatuses"][0]
            #expect(status["restartCount"].int == 3)
            #expect(status[path: "lastState.terminated.finishedAt"].string == "2025-04-23T00:41:00Z")
            #expect(pod[path: "status.phase"].string == "Running")
        }
    }

    @Test("the kube-dns endpoints list both coredns pods on all three ports")
    func kubeDNSEndpoints() throws {
        let cluster = try WorldFixture.tk8s()
        let endpoints = try cluster.get(.endpoints, namespace: "kube-system", name: "kube-dns")
        let subset = endpoints[path: "subsets"][0]
        #expect(subset["addresses"].array.compactMap { $0["ip"].string } == ["10.244.0.13", "10.244.0.14"])
        #expect(subset["ports"].array.compactMap { $0["port"].int } == [53, 53, 9153])
        #expect(endpoints.creationTimestamp == Timestamp(rfc3339: "2025-04-21T09:00:12Z"))
    }

    @Test("controllers find the restored state consistent and create nothing")
    func nothingCreatedAtStart() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.list(.pods).count == 16)
        #expect(cluster.list(.replicaSets, namespace: "kube-system").count == 4)
        let deployment = try cluster.get(.deployments, namespace: "kube-system", name: "coredns")
        #expect(deployment[path: "status.readyReplicas"].int == 2)
        let canal = try cluster.get(.daemonSets, namespace: "kube-system", name: "canal")
        #expect(canal[path: "status.numberReady"].int == 3)
    }
}
