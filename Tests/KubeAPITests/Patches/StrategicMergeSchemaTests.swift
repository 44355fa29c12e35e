import KubeAPI
import Testing

/// The apiserver's strategic merge reads each list's strategy and merge key from the schema, the
/// same `PatchMeta` kubectl's three-way patch reads, rather than guessing from field names.
@Suite struct StrategicMergeSchemaTests {
    private func meta(_ kind: String) -> PatchMeta { PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: kind) }

    @Test("Service ports merge on port")
    func servicePorts() throws {
        let live: JSONValue = ["spec": ["ports": [["port": 80, "targetPort": 8080], ["port": 443]]]]
        let patch: JSONValue = ["spec": ["ports": [["port": 80, "targetPort": 9090]]]]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: meta("Service"))
        #expect(result[path: "spec.ports"] == [["port": 80, "targetPort": 9090], ["port": 443]])
    }

    @Test("NetworkPolicy ports have no merge key: the list is replaced")
    func networkPolicyPorts() throws {
        let live: JSONValue = ["spec": ["ingress": [["ports": [["port": 80], ["port": 443]]]]]]
        let patch: JSONValue = ["spec": ["ingress": [["ports": [["port": 8080]]]]]]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: meta("NetworkPolicy"))
        #expect(result[path: "spec.ingress"] == [["ports": [["port": 8080]]]])
    }

    @Test("container ports merge on containerPort, env and volumes on name, tolerations are replaced")
    func podLists() throws {
        let live: JSONValue = [
            "spec": [
                "containers": [["name": "c", "ports": [["containerPort": 80]], "env": [["name": "A", "value": "1"]]]],
                "volumes": [["name": "v", "emptyDir": .emptyObject]],
                "tolerations": [["key": "a", "operator": "Exists"]],
            ]
        ]
        let patch: JSONValue = [
            "spec": [
                "containers": [["name": "c", "ports": [["containerPort": 81]], "env": [["name": "B", "value": "2"]]]],
                "volumes": [["name": "w", "emptyDir": .emptyObject]],
                "tolerations": [["key": "b", "operator": "Exists"]],
            ]
        ]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: meta("Pod"))
        #expect(result[path: "spec.containers"][0]["ports"] == [["containerPort": 80], ["containerPort": 81]])
        #expect(result[path: "spec.containers"][0]["env"].array.count == 2)
        #expect(result[path: "spec.volumes"].array.map { $0["name"] } == ["v", "w"])
        #expect(result[path: "spec.tolerations"] == [["key": "b", "operator": "Exists"]])
    }

    @Test("a kind the schema does not describe merges maps and replaces lists")
    func noSchema() throws {
        let live: JSONValue = ["spec": ["containers": [["name": "a"]], "x": ["y": 1]]]
        let patch: JSONValue = ["spec": ["containers": [["name": "b"]], "x": ["z": 2]]]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: .none)
        #expect(result == ["spec": ["containers": [["name": "b"]], "x": ["y": 1, "z": 2]]])
    }
}
