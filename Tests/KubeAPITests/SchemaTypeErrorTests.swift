import KubeAPI
import Testing

/// A value of the wrong JSON type for a string or boolean field, as encoding/json reports it.
@Suite("schema type errors")
struct SchemaTypeErrorTests {
    let schema: APISchema = {
        let document: JSONValue = [
            "types": [
                "ConfigMap": ["groupVersion": "v1", "fields": ["metadata": ["type": "ObjectMeta"], "data": ["type": "map[string]string"]]],
                "Pod": ["groupVersion": "v1", "fields": ["metadata": ["type": "ObjectMeta"], "spec": ["type": "PodSpec"]]],
                "ObjectMeta": ["fields": ["name": ["type": "string"], "labels": ["type": "map[string]string"]]],
                "PodSpec": ["fields": ["containers": ["type": "[]Container"], "hostNetwork": ["type": "boolean"]]],
                "Container": ["fields": ["args": ["type": "[]string"], "env": ["type": "[]EnvVar"], "name": ["type": "string"]]],
                "EnvVar": ["fields": ["name": ["type": "string"], "value": ["type": "string"]]],
            ]
        ]
        return try! APISchema(document: document)
    }()

    @Test("a map of strings names its owner struct and field, not the key")
    func mapValue() throws {
        let kind = try #require(schema.kind("ConfigMap", groupVersion: "v1"))
        let error = schema.typeError(in: ["data": ["a": "x", "debug": true]], as: kind)
        #expect(error == "json: cannot unmarshal bool into Go struct field ConfigMap.data of type string")
    }

    @Test("the first bad value in key order is reported, under the innermost struct and the full path")
    func firstInKeyOrder() throws {
        let kind = try #require(schema.kind("Pod", groupVersion: "v1"))
        let pod: JSONValue = ["spec": ["containers": [["name": "c", "env": [["name": "A", "value": true]], "args": ["--port", 8080]]]]]
        #expect(schema.typeError(in: pod, as: kind) == "json: cannot unmarshal number into Go struct field Container.spec.containers.args of type string")
        let fixed: JSONValue = ["spec": ["containers": [["name": "c", "env": [["name": "A", "value": true]]]]]]
        #expect(schema.typeError(in: fixed, as: kind) == "json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string")
    }

    @Test("labels that are no map, and args that are no list, are refused as whole values")
    func wholeValues() throws {
        #expect(schema.typeError(in: ["labels": "tier"], as: "ObjectMeta", at: "metadata")
            == "json: cannot unmarshal string into Go struct field ObjectMeta.metadata.labels of type map[string]string")
        let kind = try #require(schema.kind("Pod", groupVersion: "v1"))
        #expect(schema.typeError(in: ["spec": ["containers": [["args": "--port"]]]], as: kind)
            == "json: cannot unmarshal string into Go struct field Container.spec.containers.args of type []string")
    }

    @Test("booleans take only booleans; nulls and well-typed values pass")
    func booleans() throws {
        let kind = try #require(schema.kind("Pod", groupVersion: "v1"))
        #expect(schema.typeError(in: ["spec": ["hostNetwork": "yes"]], as: kind) == "json: cannot unmarshal string into Go struct field PodSpec.spec.hostNetwork of type bool")
        #expect(schema.typeError(in: ["metadata": ["name": nil, "labels": ["a": "b"]], "spec": ["hostNetwork": true]], as: kind) == nil)
    }

    @Test("a manifest's metadata is checked as ObjectMeta")
    func metadata() {
        #expect(schema.typeError(in: ["labels": ["on": false]], as: "ObjectMeta", at: "metadata") == "json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string")
    }
}
