import KubeAPI
import Testing

/// structured-merge-diff's check of a server-side apply configuration against the schema.
@Suite("server-side apply: a configuration's undeclared fields and wrong types")
struct ApplyValidationTests {
    let schema: APISchema = {
        let document: JSONValue = [
            "types": [
                "Deployment": ["groupVersion": "apps/v1", "fields": ["metadata": ["type": "ObjectMeta"], "spec": ["type": "DeploymentSpec"]]],
                "ObjectMeta": ["fields": ["name": ["type": "string"], "labels": ["type": "map[string]string"]]],
                "DeploymentSpec": ["fields": ["replicas": ["type": "integer"], "paused": ["type": "boolean"], "containers": [
                    "type": "[]Container", "patchMergeKey": "name",
                ]]],
                "Container": ["fields": ["name": ["type": "string"], "ports": [
                    "type": "[]ContainerPort", "patchMergeKey": "containerPort", "listMapKeys": ["containerPort", "protocol"],
                ]]],
                "ContainerPort": ["fields": ["containerPort": ["type": "integer"], "protocol": ["type": "string"]]],
            ]
        ]
        return try! APISchema(document: document)
    }()

    private func errors(_ object: JSONValue) throws -> String? {
        let kind = try #require(schema.kind("Deployment", groupVersion: "apps/v1"))
        let found = schema.applyErrors(in: object, as: kind)
        return found.isEmpty ? nil : APISchema.describe(found)
    }

    @Test("an undeclared field ends its map's check; keyed list items are named by their keys")
    func undeclared() throws {
        #expect(try errors(["spec": ["bogus": 1, "replicas": "x"]]) == ".spec.bogus: field not declared in schema")
        #expect(try errors(["spec": ["containers": [["name": "web", "ports": [["containerPort": 80, "extra": true]]]]]])
            == #".spec.containers[name="web"].ports[containerPort=80,protocol="TCP"].extra: field not declared in schema"#)
    }

    @Test("scalars, maps and lists of the wrong type, in Go's words for the decoded values")
    func wrongTypes() throws {
        #expect(try errors(["spec": ["replicas": "two"]]) == ".spec.replicas: expected numeric (int or float), got string")
        #expect(try errors(["metadata": ["name": 3]]) == ".metadata.name: expected string, got &value.valueUnstructured{Value:3}")
        #expect(try errors(["spec": ["paused": "yes"]]) == ".spec.paused: expected boolean, got &{yes}")
        #expect(try errors(["metadata": ["labels": ["a", "b"], "name": true]]) == """
            errors:
              .metadata.labels: expected map, got &{[a b]}
              .metadata.name: expected string, got &value.valueUnstructured{Value:true}
            """)
    }

    @Test("a keyed list item without its key, and the same key twice")
    func keys() throws {
        #expect(try errors(["spec": ["containers": [["image": "x"]]]])
            == #".spec.containers: element 0: associative list with keys has an element that omits key field "name" (and doesn't have default value)"#)
        #expect(try errors(["spec": ["containers": [["name": "a"], ["name": "a"]]]])
            == #".spec.containers: duplicate entries for key [name="a"]"#)
    }
}
