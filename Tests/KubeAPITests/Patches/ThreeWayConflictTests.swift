import KubeAPI
import Testing

/// `kubectl apply --overwrite=false`: the conflicts `CreateThreeWayMergePatch` finds between the
/// patch and what changed from the last applied configuration to the live object.
@Suite("three-way merge conflicts")
struct ThreeWayConflictTests {
    private func conflict(original: JSONValue, modified: JSONValue, current: JSONValue, kind: String) throws -> JSONValue? {
        let meta = PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: kind)
        let patch = try ThreeWayMergePatch.create(original: original, modified: modified, current: current, meta: meta)
        return try ThreeWayMergePatch.conflicting(patch, original: original, current: current, meta: meta)
    }

    @Test("a value the live object changed, set to another: the change from original to current is the conflict")
    func changedScalar() throws {
        let original: JSONValue = ["kind": "ConfigMap", "data": ["a": "1"]]
        let changed = try conflict(
            original: original, modified: ["kind": "ConfigMap", "data": ["a": "3"]],
            current: ["kind": "ConfigMap", "data": ["a": "2"], "metadata": ["uid": "u"]], kind: "ConfigMap")
        #expect(changed.map { GoJSON.marshal($0) } == #"{"data":{"a":"2"},"metadata":{"uid":"u"}}"#)
    }

    @Test("no patch, or a patch of fields the live object left alone, conflicts with nothing")
    func noConflict() throws {
        let original: JSONValue = ["kind": "ConfigMap", "data": ["a": "1"]]
        let live: JSONValue = ["kind": "ConfigMap", "data": ["a": "1", "b": "2"]]
        #expect(try conflict(original: original, modified: original, current: live, kind: "ConfigMap") == nil)
        #expect(try conflict(original: original, modified: ["kind": "ConfigMap", "data": ["a": "5"]], current: live, kind: "ConfigMap") == nil)
    }

    @Test("merged list items meet by merge key; a field changed in both, differently, conflicts")
    func mergedList() throws {
        func deployment(_ image: String) -> JSONValue {
            ["kind": "Deployment", "spec": ["template": ["spec": ["containers": [["name": "web", "image": .string(image)]]]]]]
        }
        let changed = try conflict(original: deployment("a"), modified: deployment("c"), current: deployment("b"), kind: "Deployment")
        #expect(changed.map { GoJSON.marshal($0) } == #"{"spec":{"template":{"spec":{"containers":[{"image":"b","name":"web"}]}}}}"#)
    }
}
