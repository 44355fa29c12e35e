import Cluster
import KubeAPI
import Testing

@Suite("The root CA publisher keeps kube-root-ca.crt in every namespace")
struct RootCAPublisherTests {
    @Test("every namespace of the world holds it, dated from the namespace, with the cluster CA")
    func restored() throws {
        let cluster = try WorldFixture.tk8s()
        let holders = cluster.list(.configMaps).filter { $0.name == "kube-root-ca.crt" }.compactMap(\.namespace)
        #expect(holders == ["default", "kube-node-lease", "kube-public", "kube-system", "local-path-storage"])
        let configMap = try cluster.get(.configMaps, namespace: "default", name: "kube-root-ca.crt")
        #expect(configMap[path: "data"]["ca.crt"].string?.hasPrefix("-----BEGIN CERTIFICATE-----\n") == true)
        #expect(configMap.annotations["kubernetes.io/description"]?.hasPrefix("Contains a CA bundle") == true)
        let namespace = try cluster.get(.namespaces, namespace: nil, name: "default")
        #expect(configMap.creationTimestamp == namespace.creationTimestamp)
    }

    @Test("a new namespace gets one at once; a deleted or changed one is put back, with a new UID")
    func putBack() throws {
        let cluster = try WorldFixture.tk8s()
        var namespace = KubeObject(["apiVersion": "v1", "kind": "Namespace"])
        namespace.name = "lab"
        _ = try cluster.create(namespace)
        let first = try cluster.get(.configMaps, namespace: "lab", name: "kube-root-ca.crt")
        _ = try cluster.delete(.configMaps, namespace: "lab", name: "kube-root-ca.crt")
        let second = try cluster.get(.configMaps, namespace: "lab", name: "kube-root-ca.crt")
        #expect(second.uid != first.uid)
        var edited = second
        edited.value["data"] = ["ca.crt": "mine"]
        _ = try cluster.replace(edited)
        let restored = try cluster.get(.configMaps, namespace: "lab", name: "kube-root-ca.crt")
        #expect(restored[path: "data"]["ca.crt"] == first[path: "data"]["ca.crt"])
    }
}
