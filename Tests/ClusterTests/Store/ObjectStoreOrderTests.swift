import Foundation
import KubeAPI
import Testing

@testable import Cluster

/// Lists come out in etcd key order however objects came and went before them.
@Suite("The object store lists in key order")
struct ObjectStoreOrderTests {
    private func configMap(_ namespace: String, _ name: String) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name), "namespace": .string(namespace)]])
    }

    private func names(_ store: inout ObjectStore, namespace: String? = nil) -> [String] {
        store.list(.configMaps, namespace: namespace).map { "\($0.namespace ?? "")/\($0.name)" }
    }

    @Test("a few writes between lists keep namespace-then-name order")
    func fewWrites() {
        var store = ObjectStore()
        for (namespace, name) in [("b", "x"), ("a", "z"), ("a", "b"), ("c", "a")] { store.put(.configMaps, configMap(namespace, name)) }
        #expect(names(&store) == ["a/b", "a/z", "b/x", "c/a"])
        store.remove(.configMaps, namespace: "a", name: "z")
        store.put(.configMaps, configMap("a", "c"))
        #expect(names(&store) == ["a/b", "a/c", "b/x", "c/a"])
        #expect(names(&store, namespace: "a") == ["a/b", "a/c"])
    }

    @Test("many writes between lists, with removals and re-adds, list each object once")
    func manyWrites() {
        var store = ObjectStore()
        for index in (0..<500).reversed() { store.put(.configMaps, configMap("ns", String(format: "cm-%03d", index))) }
        for index in stride(from: 0, to: 500, by: 2) { store.remove(.configMaps, namespace: "ns", name: String(format: "cm-%03d", index)) }
        store.put(.configMaps, configMap("ns", "cm-000"))
        store.put(.configMaps, configMap("ns", "cm-001"))
        let expected = ["ns/cm-000"] + stride(from: 1, to: 500, by: 2).map { String(format: "ns/cm-%03d", $0) }
        #expect(names(&store) == expected)
        #expect(store.list(.configMaps, namespace: "ns", namePrefix: "cm-00").map(\.name) == ["cm-000", "cm-001", "cm-003", "cm-005", "cm-007", "cm-009"])
    }
}
