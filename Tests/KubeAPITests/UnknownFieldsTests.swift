import KubeAPI
import Testing

/// The apiserver's strict decoding against the published schema.
@Suite("unknown fields")
struct UnknownFieldsTests {
    let schema: APISchema = {
        let document: JSONValue = [
            "types": [
                "Pod": ["groupVersion": "v1", "fields": ["metadata": ["type": "ObjectMeta"], "spec": ["type": "PodSpec"]]],
                "ObjectMeta": ["fields": ["name": ["type": "string"], "labels": ["type": "map[string]string"]]],
                "PodSpec": ["fields": ["containers": ["type": "[]Container"], "volumes": ["type": "[]Volume"]]],
                "Container": ["fields": ["name": ["type": "string"], "args": ["type": "[]string"]]],
                "Volume": ["fields": ["name": ["type": "string"], "emptyDir": ["type": "EmptyDirVolumeSource"]]],
                "EmptyDirVolumeSource": ["fields": ["medium": ["type": "string"]]],
            ]
        ]
        return try! APISchema(document: document)
    }()

    @Test("unknown fields are named by path, in document order, and dropped")
    func unknown() throws {
        let pod: JSONValue = [
            "metadata": ["name": "p", "lables": ["a": "b"]],
            "spec": ["containers": [["name": "c"], ["name": "d", "imagePullPolicyy": "Always"]]],
        ]
        let kind = try #require(schema.kind("Pod", groupVersion: "v1"))
        let (paths, known) = schema.unknownFields(of: pod, as: kind)
        #expect(paths == ["metadata.lables", "spec.containers[1].imagePullPolicyy"])
        #expect(known == ["metadata": ["name": "p"], "spec": ["containers": [["name": "c"], ["name": "d"]]]])
    }

    @Test("nulls and empty maps and lists are left out; an empty struct such as emptyDir stays")
    func omittedEmpties() throws {
        let pod: JSONValue = [
            "metadata": ["name": "p", "labels": [:]],
            "spec": ["containers": [["name": "c", "args": []]], "volumes": [["name": "v", "emptyDir": [:]]]],
        ]
        let kind = try #require(schema.kind("Pod", groupVersion: "v1"))
        let (paths, known) = schema.unknownFields(of: pod, as: kind)
        #expect(paths.isEmpty)
        #expect(known["metadata"] == ["name": "p"])
        #expect(known[path: "spec.containers"] == [["name": "c"]])
        #expect(known[path: "spec.volumes"] == [["name": "v", "emptyDir": [:]]])
    }
}
