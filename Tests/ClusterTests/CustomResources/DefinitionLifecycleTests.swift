import KubeAPI
import Testing

@testable import Cluster

/// A learner's own CustomResourceDefinition: named, established and served; its objects go with
/// their owners, their namespace and the definition itself.
@Suite struct DefinitionLifecycleTests {
    /// A namespaced definition in example.com, named after its plural.
    static func definition(name: String? = nil, plural: String = "widgets", kind: String = "Widget", short: String = "wd") -> String {
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: \(name ?? "\(plural).example.com")}
        spec:
          group: example.com
          scope: Namespaced
          names: {plural: \(plural), kind: \(kind), shortNames: [\(short)]}
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
        """
    }

    static func widget(_ name: String, namespace: String = "default", owner: KubeObject? = nil) throws -> KubeObject {
        var object = try AdmissionFixture.object(
            """
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: \(name), namespace: \(namespace)}
            spec: {size: 3}
            """)
        if let owner {
            object[path: "metadata.ownerReferences"] = [
                ["apiVersion": .string(owner.apiVersion), "kind": .string(owner.kind), "name": .string(owner.name), "uid": .string(owner.uid)]
            ]
        }
        return object
    }

    static func withWidgets() throws -> (Cluster, ResourceType) {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(try AdmissionFixture.object(definition()))
        let type = try #require(cluster.resourceType(apiVersion: "example.com/v1", kind: "Widget"))
        return (cluster, type)
    }

    @Test("a new definition gets its names accepted and is established, with the defaults filled in")
    func established() throws {
        let (cluster, type) = try Self.withWidgets()
        #expect(type.plural == "widgets" && type.singular == "widget" && type.shortNames == ["wd"])
        let stored = try cluster.get(.customResourceDefinitions, namespace: nil, name: "widgets.example.com")
        #expect(stored[path: "status.acceptedNames.listKind"] == "WidgetList")
        #expect(stored[path: "status.storedVersions"] == ["v1"])
        #expect(stored[path: "spec.conversion.strategy"] == "None")
        let conditions = stored[path: "status.conditions"].array.map { "\($0["type"].string ?? "")=\($0["status"].string ?? ""):\($0["reason"].string ?? "")" }
        #expect(conditions == ["NamesAccepted=True:NoConflicts", "Established=True:InitialNamesAccepted"])
    }

    @Test("a definition whose kind another definition of the group holds is not established; the last check that fails names the condition")
    func kindConflict() throws {
        let (cluster, _) = try Self.withWidgets()
        try cluster.create(try AdmissionFixture.object(Self.definition(plural: "gadgets", short: "gd")))
        let stored = try cluster.get(.customResourceDefinitions, namespace: nil, name: "gadgets.example.com")
        let accepted = try #require(stored[path: "status.conditions"].array.first { $0["type"] == "NamesAccepted" })
        #expect(accepted["status"] == "False")
        #expect(accepted["reason"] == "ListKindConflict")
        #expect(accepted["message"] == "\"WidgetList\" is already in use")
        #expect(cluster.customResourceTypes.contains { $0.plural == "gadgets" } == false)
    }

    @Test("a definition's name must be its plural and group")
    func nameRule() throws {
        let cluster = try WorldFixture.tk8s()
        let wrong = try AdmissionFixture.object(Self.definition(name: "widget.example.com"))
        #expect(throws: APIError.self) { try cluster.create(wrong) }
    }

    @Test("a custom object whose owner (another custom object) is deleted is collected")
    func ownerCascade() throws {
        let (cluster, type) = try Self.withWidgets()
        let parent = try cluster.create(try Self.widget("parent"))
        try cluster.create(try Self.widget("child", owner: parent))
        let config = try AdmissionFixture.object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: widget-data, namespace: default}")
        var owned = config
        owned[path: "metadata.ownerReferences"] = [
            ["apiVersion": "example.com/v1", "kind": "Widget", "name": "parent", "uid": .string(parent.uid)]
        ]
        try cluster.create(owned)
        try cluster.delete(type, namespace: "default", name: "parent")
        #expect(cluster.list(type, namespace: "default").isEmpty)
        #expect(cluster.list(.configMaps, namespace: "default").contains { $0.name == "widget-data" } == false)
    }

    @Test("deleting a namespace deletes the custom objects in it")
    func namespaceDeletion() throws {
        let (cluster, type) = try Self.withWidgets()
        try cluster.create(try AdmissionFixture.object("apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}"))
        try cluster.create(try Self.widget("one", namespace: "shop"))
        try cluster.delete(.namespaces, namespace: nil, name: "shop")
        cluster.advance(seconds: 10)
        #expect(cluster.list(type).isEmpty)
        #expect(cluster.list(.namespaces).contains { $0.name == "shop" } == false)
    }

    @Test("deleting a definition deletes its objects and stops serving the kind")
    func definitionDeletion() throws {
        let (cluster, type) = try Self.withWidgets()
        try cluster.create(try Self.widget("one"))
        try cluster.delete(.customResourceDefinitions, namespace: nil, name: "widgets.example.com")
        #expect(cluster.list(.customResourceDefinitions).contains { $0.name == "widgets.example.com" } == false)
        #expect(cluster.customResourceTypes.contains(type) == false)
        #expect(cluster.list(type).isEmpty)
    }

    @Test("Calico's definitions stay as the world gives them")
    func worldDefinitionsUntouched() throws {
        let cluster = try WorldFixture.tk8s()
        let pools = try cluster.get(.customResourceDefinitions, namespace: nil, name: "ippools.crd.projectcalico.org")
        #expect(pools[path: "status.conditions"].array.count == 2)
    }
}
