import KubeAPI
import Testing

/// The three patch types kubectl sends: strategic merge, JSON merge and JSON patch.
@Suite("patches")
struct PatchTests {
    let meta = PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: "Deployment")
    let deployment: JSONValue = [
        "spec": [
            "replicas": 1,
            "template": [
                "spec": [
                    "containers": [
                        ["name": "nginx", "image": "nginx", "ports": [["containerPort": 80]], "env": [["name": "A", "value": "1"]]]
                    ]
                ]
            ],
        ]
    ]

    @Test("strategic merge: containers merge by name, ports by containerPort, env by name")
    func strategic() throws {
        let patch: JSONValue = [
            "spec": [
                "template": [
                    "spec": [
                        "containers": [
                            ["name": "nginx", "ports": [["containerPort": 8080]], "env": [["name": "A", "value": "2"]]],
                            ["name": "sidecar", "image": "busybox"],
                        ]
                    ]
                ]
            ]
        ]
        let result = try StrategicMergePatch.apply(patch, to: deployment, meta: meta)
        let containers = result[path: "spec.template.spec.containers"]
        #expect(containers.array.count == 2)
        #expect(containers[0]["image"] == "nginx")
        #expect(containers[0]["ports"] == [["containerPort": 80], ["containerPort": 8080]])
        #expect(containers[0]["env"] == [["name": "A", "value": "2"]])
        #expect(containers[1]["name"] == "sidecar")
    }

    @Test("strategic merge: $patch delete removes an item, null removes a key")
    func strategicDirectives() throws {
        let patch: JSONValue = [
            "spec": ["replicas": nil, "template": ["spec": ["containers": [["name": "nginx", "$patch": "delete"]]]]]
        ]
        let result = try StrategicMergePatch.apply(patch, to: deployment, meta: meta)
        #expect(result[path: "spec.template.spec.containers"] == [])
        #expect(try StrategicMergePatch.apply(["spec": ["paused": true]], to: deployment, meta: meta)[path: "spec.paused"] == true)
        #expect(throws: PatchError("invalid JSON document")) { try StrategicMergePatch.apply([1], to: deployment, meta: meta) }
    }

    @Test("merge patch replaces lists whole")
    func merge() {
        let patch: JSONValue = ["spec": ["template": ["spec": ["containers": [["name": "x", "image": "y"]]]]]]
        let result = MergePatch.apply(patch, to: deployment)
        #expect(result[path: "spec.template.spec.containers"] == [["name": "x", "image": "y"]])
        #expect(result[path: "spec.replicas"] == 1)
    }

    @Test("JSON patch operations and their errors")
    func jsonPatch() throws {
        let replaced = try JSONPatch.apply([["op": "replace", "path": "/spec/replicas", "value": 3]], to: deployment)
        #expect(replaced[path: "spec.replicas"] == 3)
        let added = try JSONPatch.apply(
            [["op": "add", "path": "/spec/template/spec/containers/-", "value": ["name": "b"]]], to: deployment)
        #expect(added[path: "spec.template.spec.containers"].array.count == 2)
        #expect(throws: PatchError("testing value /spec/replicas failed: test failed")) {
            try JSONPatch.apply([["op": "test", "path": "/spec/replicas", "value": 2]], to: deployment)
        }
        #expect(throws: PatchError("error in remove for path: '/spec/x': Unable to remove nonexistent key: x: missing value")) {
            try JSONPatch.apply([["op": "remove", "path": "/spec/x"]], to: deployment)
        }
        #expect(throws: PatchError("add operation does not apply: doc is missing path: \"/spec/x/y\": missing value")) {
            try JSONPatch.apply([["op": "add", "path": "/spec/x/y", "value": 1]], to: deployment)
        }
    }

    @Test("a JSON patch is decoded whole before it applies: null is no operation, a stray element is refused first")
    func jsonPatchDecoding() throws {
        #expect(try JSONPatch.apply(nil, to: deployment) == deployment)
        #expect(throws: PatchError("json: cannot unmarshal number into Go value of type jsonpatch.Operation")) {
            try JSONPatch.apply([["op": "test", "path": "/spec/replicas", "value": 2], 1], to: deployment)
        }
        #expect(throws: PatchError("Unexpected kind: unknown")) { try JSONPatch.apply([nil], to: deployment) }
        #expect(throws: PatchError("json: cannot unmarshal string into Go value of type jsonpatch.Patch")) {
            try JSONPatch.apply("add", to: deployment)
        }
        #expect(try StrategicMergePatch.apply(nil, to: deployment, meta: meta) == deployment)
    }
}
