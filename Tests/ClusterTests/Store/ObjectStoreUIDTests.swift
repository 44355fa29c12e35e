import KubeAPI
import Testing

@testable import Cluster

/// Objects are found by UID in a store and in every copy of it, each copy seeing its own writes.
@Suite("The object store finds objects by UID")
struct ObjectStoreUIDTests {
    private func configMap(_ name: String, uid: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": .string(name), "namespace": "default", "uid": .string(uid)],
        ])
    }

    private func name(_ store: inout ObjectStore, _ uid: String) -> String? { store.object(uid: uid)?.object.name }

    @Test("a copy's writes and removals leave the original as it was")
    func copiesAreIndependent() {
        var world = ObjectStore()
        for index in 0..<10 { world.put(.configMaps, configMap("cm-\(index)", uid: "uid-\(index)")) }
        var lab = world
        lab.remove(.configMaps, namespace: "default", name: "cm-3")
        lab.put(.configMaps, configMap("new", uid: "uid-new"))
        #expect(name(&lab, "uid-3") == nil)
        #expect(name(&lab, "uid-new") == "new")
        #expect(name(&world, "uid-3") == "cm-3")
        #expect(name(&world, "uid-new") == nil)
        #expect(lab.allUIDs == Set((0..<10).filter { $0 != 3 }.map { "uid-\($0)" } + ["uid-new"]))
    }

    @Test("many writes, removals and an object written again under a new UID are all found as they are")
    func manyChanges() {
        var store = ObjectStore()
        for index in 0..<500 { store.put(.configMaps, configMap("cm-\(index)", uid: "uid-\(index)")) }
        for index in stride(from: 0, to: 500, by: 2) { store.remove(.configMaps, namespace: "default", name: "cm-\(index)") }
        store.put(.configMaps, configMap("cm-1", uid: "uid-1-again"))
        #expect(name(&store, "uid-0") == nil)
        #expect(name(&store, "uid-1") == nil)
        #expect(name(&store, "uid-1-again") == "cm-1")
        #expect(name(&store, "uid-499") == "cm-499")
        #expect(store.allUIDs.count == 250)
    }
}
