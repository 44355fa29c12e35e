import Cluster
import KubeAPI
import Testing

@Suite("Any finalizer holds an object being deleted until it is taken off")
struct FinalizerTests {
    private func configMap(_ name: String, namespace: String = "default", finalizers: [String]) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": .string(name), "namespace": .string(namespace), "finalizers": .array(finalizers.map(JSONValue.string))],
            "data": ["a": "b"],
        ])
    }

    private func withoutFinalizers(_ object: KubeObject) -> KubeObject {
        var updated = object
        updated[path: "metadata.finalizers"] = .null
        return updated
    }

    @Test("a held object stays, marked now with no grace period; removing the finalizer lets it go")
    func held() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(configMap("held", finalizers: ["example.com/hold"]))
        let start = cluster.now
        try cluster.delete(.configMaps, namespace: "default", name: "held")
        cluster.advance(seconds: 60)
        let held = try cluster.get(.configMaps, namespace: "default", name: "held")
        #expect(held.deletionTimestamp == start)
        #expect(held.metadata["deletionGracePeriodSeconds"] == 0)
        try cluster.replace(withoutFinalizers(held))
        #expect((try? cluster.get(.configMaps, namespace: "default", name: "held")) == nil)
    }

    @Test("no finalizer may be added once deletion has begun")
    func noNewFinalizers() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(configMap("held", finalizers: ["example.com/hold"]))
        try cluster.delete(.configMaps, namespace: "default", name: "held")
        var more = try cluster.get(.configMaps, namespace: "default", name: "held")
        more[path: "metadata.finalizers"] = ["example.com/hold", "example.com/more"]
        let error = #expect(throws: APIError.self) { try cluster.replace(more) }
        #expect(
            error?.message
                == "ConfigMap \"held\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/more\"}"
        )
    }

    @Test("a built-in kind's finalizer without a path must be a standard one", arguments: ["cleanup", "orphan"])
    func names(name: String) throws {
        let cluster = try WorldFixture.tk8s()
        let refused = (try? cluster.create(configMap("x", finalizers: [name]))) == nil
        #expect(refused == (name == "cleanup"))
    }

    @Test("a pod held by a finalizer stops its containers and stays, finished")
    func pod() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": "web", "namespace": "default", "finalizers": ["example.com/hold"]],
            "spec": ["containers": [["name": "web", "image": "nginx"]]],
        ]))
        cluster.advance(seconds: 10)
        try cluster.delete(.pods, namespace: "default", name: "web")
        cluster.advance(seconds: 5)
        let pod = try cluster.get(.pods, namespace: "default", name: "web")
        #expect(pod[path: "status.phase"] == "Succeeded")
        #expect(pod.metadata["deletionGracePeriodSeconds"] == 0)
        try cluster.replace(withoutFinalizers(pod))
        #expect((try? cluster.get(.pods, namespace: "default", name: "web")) == nil)
    }

    @Test("a namespace stays Terminating while a finalizer holds its content, and says so")
    func namespace() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "cute"]]))
        try cluster.create(configMap("held", namespace: "cute", finalizers: ["example.com/hold"]))
        try cluster.delete(.namespaces, namespace: nil, name: "cute")
        cluster.advance(seconds: 60)
        let cute = try cluster.get(.namespaces, namespace: nil, name: "cute")
        let messages = cute[path: "status.conditions"].array.compactMap { $0["message"].string }
        #expect(messages.contains("Some resources are remaining: configmaps. has 1 resource instances"))
        #expect(messages.contains("Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances"))
        try cluster.replace(withoutFinalizers(try cluster.get(.configMaps, namespace: "cute", name: "held")))
        cluster.advance(seconds: 20)
        #expect((try? cluster.get(.namespaces, namespace: nil, name: "cute")) == nil)
    }

    @Test("a custom resource's new finalizers without a domain and path are warned about, not refused")
    func customResourceWarnings() throws {
        let cluster = try WorldFixture.tk8s()
        let type = try #require(cluster.resourceType(apiVersion: "crd.projectcalico.org/v1", kind: "NetworkSet"))
        let set = KubeObject([
            "apiVersion": "crd.projectcalico.org/v1", "kind": "NetworkSet",
            "metadata": ["name": "x", "namespace": "default", "finalizers": ["cleanup", "a.example.com", "example.com/ok"]],
        ])
        #expect(cluster.writeWarnings(for: set, as: type) == [
            "metadata.finalizers: \"a.example.com\": prefer a domain-qualified finalizer name including a path (/) to avoid accidental conflicts with other finalizer writers",
            "metadata.finalizers: \"cleanup\": prefer a domain-qualified finalizer name to avoid accidental conflicts with other finalizer writers",
        ])
        #expect(cluster.writeWarnings(for: configMap("y", finalizers: ["example.com/ok"]), as: .configMaps).isEmpty)
    }
}
