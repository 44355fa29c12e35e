import Cluster
import KubeAPI
import Testing

@Suite("Pods move through their lifecycle in virtual time")
struct PodLifecycleTests {
    static func pod(_ name: String, image: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "labels": ["run": .string(name)]],
            "spec": ["containers": [["name": .string(name), "image": .string(image)]]],
        ])
    }

    @Test("a new pod is scheduled at once, creates its containers, then runs")
    func startsAfterImagePull() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("dnscmd", image: "registry.k8s.io/e2e-test-images/agnhost:2.39"))
        let creating = try cluster.get(.pods, namespace: "default", name: "dnscmd")
        #expect(creating[path: "spec.nodeName"].string != nil)
        #expect(creating[path: "status.containerStatuses"][0][path: "state.waiting.reason"].string == "ContainerCreating")
        cluster.advance(seconds: 10)
        let running = try cluster.get(.pods, namespace: "default", name: "dnscmd")
        #expect(running[path: "status.phase"].string == "Running")
        #expect(running[path: "status.podIP"].string?.hasPrefix("10.244.") == true)
    }

    @Test("a pod's resolv.conf searches its namespace first and asks kube-dns")
    func resolvConf() throws {
        let cluster = try WorldFixture.tk8s()
        let pod = try cluster.create(Self.pod("dnscmd", image: "busybox:1.36"))
        #expect(
            cluster.resolvConf(of: pod)
                == "search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman\nnameserver 10.98.0.10\noptions ndots:5\n")
    }

    @Test("deleting a ReplicaSet's pod brings a replacement under a new name")
    func replicaSetReplacesPod() throws {
        let cluster = try WorldFixture.tk8s()
        let old = "local-path-provisioner-84944977bd-fpmmz"
        try cluster.delete(.pods, namespace: "local-path-storage", name: old)
        let names = cluster.list(.pods, namespace: "local-path-storage").map(\.name)
        #expect(names.count == 2)
        #expect(names.contains(old))
        cluster.advance(seconds: 30)
        let after = cluster.list(.pods, namespace: "local-path-storage").map(\.name)
        #expect(after.count == 1)
        #expect(after[0].hasPrefix("local-path-provisioner-84944977bd-") && after[0] != old)
    }

    @Test("creating an object that exists is refused as the apiserver refuses it")
    func alreadyExists() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("web", image: "nginx"))
        #expect(throws: APIError.alreadyExists(.pods, "web")) { try cluster.create(Self.pod("web", image: "nginx")) }
    }
}
