import KubeAPI
import Testing

/// The directives of the patches kubectl apply sends, as the apiserver applies them.
@Suite("strategic merge directives")
struct PatchDirectivesTests {
    @Test("$retainKeys clears the keys it does not list")
    func retainKeys() throws {
        let live: JSONValue = ["strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%"]]]
        let patch: JSONValue = ["strategy": ["$retainKeys": ["type"], "type": "Recreate"]]
        #expect(try StrategicMergePatch.apply(patch, to: live, meta: PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: "DeploymentSpec")) == ["strategy": ["type": "Recreate"]])
    }

    @Test("$setElementOrder orders a merged list; items the patch does not name keep their place after")
    func setElementOrder() throws {
        let live: JSONValue = ["containers": [["name": "a"], ["name": "b"], ["name": "c"]]]
        let patch: JSONValue = ["$setElementOrder/containers": [["name": "b"], ["name": "a"]]]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: "PodSpec"))
        #expect(result["containers"].array.map { $0["name"] } == ["b", "a", "c"])
    }

    @Test("$deleteFromPrimitiveList removes values from a merged plain list")
    func deleteFromPrimitiveList() throws {
        let live: JSONValue = ["metadata": ["finalizers": ["x.io/a", "x.io/b"]]]
        let patch: JSONValue = [
            "metadata": ["$deleteFromPrimitiveList/finalizers": ["x.io/a"], "finalizers": ["x.io/c"]]
        ]
        let result = try StrategicMergePatch.apply(patch, to: live, meta: PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: "Deployment"))
        #expect(result[path: "metadata.finalizers"] == ["x.io/b", "x.io/c"])
    }

    @Test("Go's json.Marshal escaping: HTML characters and control characters")
    func goJSON() {
        #expect(GoJSON.marshal(["a": "<&>\u{8}\u{1}\n"]) == #"{"a":"\u003c\u0026\u003e\b\u0001\n"}"#)
    }
}
