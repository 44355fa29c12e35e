import Cluster
import KubeAPI
import Testing

@Suite("The ServiceAccounts controller keeps a default account in every namespace")
struct ServiceAccountsControllerTests {
    @Test("every namespace of the world has one, dated from the namespace, beside the add-ons' own")
    func restored() throws {
        let cluster = try WorldFixture.tk8s()
        let defaults = cluster.list(.serviceAccounts).filter { $0.name == "default" }.compactMap(\.namespace)
        #expect(defaults == ["default", "kube-node-lease", "kube-public", "kube-system", "local-path-storage"])
        let account = try cluster.get(.serviceAccounts, namespace: "kube-public", name: "default")
        let namespace = try cluster.get(.namespaces, namespace: nil, name: "kube-public")
        #expect(account.creationTimestamp == namespace.creationTimestamp)
        #expect(account.value["secrets"].isNull)
        let system = cluster.list(.serviceAccounts, namespace: "kube-system").map(\.name)
        // The add-ons' accounts, beside kube-controller-manager's one per controller.
        for name in ["calico-cni-plugin", "calico-kube-controllers", "canal", "coredns", "default", "kube-proxy", "metrics-server"] {
            #expect(system.contains(name))
        }
        #expect(system.count == 40)
    }

    @Test("a new namespace gets one at once; a deleted one is put back with a new UID")
    func putBack() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "lab"]]))
        let first = try cluster.get(.serviceAccounts, namespace: "lab", name: "default")
        #expect(first.creationTimestamp == cluster.now)
        _ = try cluster.delete(.serviceAccounts, namespace: "lab", name: "default")
        let second = try cluster.get(.serviceAccounts, namespace: "lab", name: "default")
        #expect(second.uid != first.uid)
    }

    @Test("a terminating namespace gets none back")
    func terminating() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "lab"]]))
        try cluster.create(
            KubeObject([
                "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "slow", "namespace": "lab"],
                "spec": ["containers": [["name": "web", "image": "nginx"]]],
            ]))
        cluster.advance(seconds: 10)
        _ = try cluster.delete(.namespaces, namespace: nil, name: "lab")
        // The namespace controller empties it on its next sync; the pod's 30 s grace keeps it Terminating.
        cluster.advance(seconds: 6)
        let namespace = try cluster.get(.namespaces, namespace: nil, name: "lab")
        #expect(namespace[path: "status.phase"] == "Terminating")
        #expect(cluster.list(.serviceAccounts, namespace: "lab").isEmpty)
    }
}
