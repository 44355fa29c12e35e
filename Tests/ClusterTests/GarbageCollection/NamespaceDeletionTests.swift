import Cluster
import KubeAPI
import Testing

@Suite("A deleted namespace terminates: its contents go, then the namespace does")
struct NamespaceDeletionTests {
    /// The tk8s world with a namespace `cute` that runs one nginx pod.
    private func cuteWithPod() throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "cute"]]))
        try cluster.create(pod("nginx"))
        cluster.advance(seconds: 10)
        return cluster
    }

    private func pod(_ name: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "cute"],
            "spec": ["containers": [["name": "nginx", "image": "nginx"]]],
        ])
    }

    @Test("Terminating at once, contents deleted after 5 s, the namespace gone once they are")
    func lifecycle() throws {
        let cluster = try cuteWithPod()
        let start = cluster.now
        try cluster.delete(.namespaces, namespace: nil, name: "cute")
        let cute = try cluster.get(.namespaces, namespace: nil, name: "cute")
        #expect(cute[path: "status.phase"] == "Terminating")
        #expect(cute.deletionTimestamp == start)
        #expect(try cluster.get(.pods, namespace: "cute", name: "nginx").deletionTimestamp == nil)
        cluster.advance(seconds: 5)
        #expect(try cluster.get(.pods, namespace: "cute", name: "nginx").deletionTimestamp != nil)
        let conditions = try cluster.get(.namespaces, namespace: nil, name: "cute")[path: "status.conditions"].array
        #expect(conditions.map { $0["type"].string ?? "" } == NamespaceDeletionTests.conditionTypes)
        #expect(conditions[3]["message"] == "Some resources are remaining: pods. has 1 resource instances")
        cluster.advance(seconds: 4)
        #expect(cluster.list(.pods, namespace: "cute").isEmpty)
        #expect((try? cluster.get(.namespaces, namespace: nil, name: "cute")) != nil)
        cluster.advance(seconds: 1)
        #expect((try? cluster.get(.namespaces, namespace: nil, name: "cute")) == nil)
    }

    @Test("nothing new may be created in a terminating namespace")
    func refusesCreates() throws {
        let cluster = try cuteWithPod()
        try cluster.delete(.namespaces, namespace: nil, name: "cute")
        #expect(throws: APIError(
            reason: "Forbidden",
            message: "pods \"x\" is forbidden: unable to create new content in namespace cute because it is being terminated",
            code: 403)
        ) { try cluster.create(pod("x")) }
    }

    @Test("a Deployment in the namespace goes with it, pods and all", arguments: [Int64(30)])
    func workloads(seconds: Int64) throws {
        let cluster = try cuteWithPod()
        var web = DeploymentFixture.deployment("web", replicas: 2)
        web.namespace = "cute"
        try cluster.create(web)
        cluster.advance(seconds: 30)
        try cluster.delete(.namespaces, namespace: nil, name: "cute")
        cluster.advance(seconds: seconds)
        #expect((try? cluster.get(.namespaces, namespace: nil, name: "cute")) == nil)
        for type in ResourceType.served where type.namespaced {
            #expect(cluster.list(type, namespace: "cute").isEmpty, "\(type.plural) left in cute")
        }
    }

    @Test("the system namespaces may not be deleted", arguments: ["default", "kube-system", "kube-public"])
    func immortal(name: String) throws {
        let cluster = try WorldFixture.tk8s()
        #expect(throws: APIError(
            reason: "Forbidden", message: "namespaces \"\(name)\" is forbidden: this namespace may not be deleted", code: 403)
        ) { try cluster.delete(.namespaces, namespace: nil, name: name) }
        #expect(try cluster.get(.namespaces, namespace: nil, name: name)[path: "status.phase"] == "Active")
    }

    static let conditionTypes = [
        "NamespaceDeletionDiscoveryFailure", "NamespaceDeletionGroupVersionParsingFailure",
        "NamespaceDeletionContentFailure", "NamespaceContentRemaining", "NamespaceFinalizersRemaining",
    ]
}
