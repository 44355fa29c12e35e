import KubeAPI
import Testing

/// kubectl apply's three-way merge of the last applied manifest, the new one and the live object:
/// the patch it computes, applied to the live object as the apiserver applies it.
@Suite("three-way apply")
struct ThreeWayApplyTests {
    func merge(original: JSONValue?, modified: JSONValue, current: JSONValue) -> JSONValue {
        let meta = PatchMeta(schema: ThreeWayMergePatchTests.schema, kind: "Deployment")
        guard let patch = try? ThreeWayMergePatch.create(original: original, modified: modified, current: current, meta: meta),
            let result = try? StrategicMergePatch.apply(patch, to: current, meta: meta)
        else { return .null }
        return result
    }

    let applied: JSONValue = [
        "metadata": ["name": "web", "labels": ["app": "web", "tier": "front"]],
        "spec": [
            "replicas": 2,
            "template": ["spec": ["containers": [["name": "nginx", "image": "nginx:1.27", "args": ["-g"]]]]],
        ],
    ]

    /// The live object: the manifest plus what the apiserver and other clients added.
    var live: JSONValue {
        var object = applied
        object[path: "spec.replicas"] = 4
        object[path: "spec.revisionHistoryLimit"] = 10
        object[path: "spec.template.spec.containers"] = [
            ["name": "nginx", "image": "nginx:1.27", "args": ["-g"], "imagePullPolicy": "IfNotPresent"],
            ["name": "injected", "image": "proxy"],
        ]
        object["status"] = ["replicas": 4]
        return object
    }

    @Test("the same manifest again changes nothing but what the manifest names")
    func sameManifest() {
        let merged = merge(original: applied, modified: applied, current: live)
        #expect(merged[path: "spec.replicas"] == 2, "the manifest's count wins over kubectl scale's")
        #expect(merged[path: "spec.revisionHistoryLimit"] == 10, "defaults stay")
        #expect(merged[path: "spec.template.spec.containers"].array.count == 2, "a container no manifest named stays")
        #expect(merged[path: "spec.template.spec.containers"][0]["imagePullPolicy"] == "IfNotPresent")
        #expect(merged["status"] == ["replicas": 4])
    }

    @Test("a live object that already matches the manifest is left exactly as it is")
    func unchanged() {
        var current = live
        current[path: "spec.replicas"] = 2
        #expect(merge(original: applied, modified: applied, current: current) == current)
    }

    @Test("what the last manifest had and the new one drops is removed, in maps and merged lists")
    func droppedFields() {
        var modified = applied
        modified[path: "metadata.labels"] = ["app": "web"]
        modified[path: "spec.template.spec.containers"] = [["name": "nginx", "image": "nginx:1.28"]]
        let merged = merge(original: applied, modified: modified, current: live)
        #expect(merged[path: "metadata.labels"] == ["app": "web"])
        let containers = merged[path: "spec.template.spec.containers"]
        #expect(containers[0]["image"] == "nginx:1.28")
        #expect(containers[0]["args"].isNull, "args were in the last manifest only")
        #expect(containers[0]["imagePullPolicy"] == "IfNotPresent", "a default is not the manifest's to remove")
        #expect(containers[1]["name"] == "injected")
    }

    @Test("a container dropped from the manifest is removed; without a last manifest nothing is")
    func droppedListItem() {
        var original = applied
        original[path: "spec.template.spec.containers"] = [
            ["name": "nginx", "image": "nginx:1.27"], ["name": "helper", "image": "busybox"],
        ]
        var current = live
        current[path: "spec.template.spec.containers"] = original[path: "spec.template.spec.containers"]
        let merged = merge(original: original, modified: applied, current: current)
        #expect(merged[path: "spec.template.spec.containers"].array.map { $0["name"] } == ["nginx"])
        let firstApply = merge(original: nil, modified: applied, current: current)
        #expect(firstApply[path: "spec.template.spec.containers"].array.map { $0["name"] } == ["nginx", "helper"])
    }
}
