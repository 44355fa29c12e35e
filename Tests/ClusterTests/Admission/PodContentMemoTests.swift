import Cluster
import KubeAPI
import Testing

/// Admission checks a pod's content in full only when it differs from the last that passed: what
/// a user sees is the same as when every pod is checked from scratch.
@Suite struct PodContentMemoTests {
    static func pod(_ name: String, labels: JSONValue = ["app": "web"], image: String = "nginx") -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "dev", "labels": labels],
            "spec": ["containers": [["name": "c", "image": .string(image)]]],
        ])
    }

    @Test("a pod whose labels differ from the last admitted one is still refused for a bad label")
    func changedContentIsChecked() throws {
        let cluster = try AdmissionFixture.cluster()
        try cluster.create(Self.pod("a"))
        let refusal = AdmissionFixture.refusal { try cluster.create(Self.pod("b", labels: ["app": "bad value"])) }
        #expect(refusal?.hasPrefix("Pod \"b\" is invalid: metadata.labels: Invalid value: \"bad value\"") == true)
    }

    @Test("a pod with the content of one admitted before is still refused for a bad name")
    func nameIsCheckedEachTime() throws {
        let cluster = try AdmissionFixture.cluster()
        try cluster.create(Self.pod("a"))
        let refusal = AdmissionFixture.refusal { try cluster.create(Self.pod("Bad_Name")) }
        #expect(refusal?.hasPrefix("Pod \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\"") == true)
    }

    @Test("pods of the same content get the same defaults, each with its own token volume")
    func sameDefaults() throws {
        let cluster = try AdmissionFixture.cluster()
        try cluster.create(Self.pod("a"))
        try cluster.create(Self.pod("b"))
        try cluster.create(Self.pod("c", image: "nginx:1.27"))
        let a = try cluster.get(.pods, namespace: "dev", name: "a")
        let b = try cluster.get(.pods, namespace: "dev", name: "b")
        let c = try cluster.get(.pods, namespace: "dev", name: "c")
        let volume = { (pod: KubeObject) in pod[path: "spec.volumes"][0]["name"].string ?? "" }
        #expect(volume(a).hasPrefix("kube-api-access-") && volume(b).hasPrefix("kube-api-access-") && volume(a) != volume(b))
        #expect(a[path: "spec.containers"][0]["imagePullPolicy"] == "Always")
        #expect(b[path: "spec.tolerations"] == a[path: "spec.tolerations"])
        #expect(c[path: "spec.containers"][0]["imagePullPolicy"] == "IfNotPresent")
        #expect(b[path: "status.qosClass"] == "BestEffort")
    }
}
