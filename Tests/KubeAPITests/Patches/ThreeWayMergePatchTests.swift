import Foundation
import KubeAPI
import Testing

/// The patch kubectl apply sends, against bodies the real kubectl 1.32 sent for the same
/// last-applied, new and live objects (`Fixtures/three-way-patches.json`, recorded through a
/// loopback fake apiserver).
@Suite("three-way merge patch")
struct ThreeWayMergePatchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var original: JSONValue?
        var modified: JSONValue
        var current: JSONValue
        var patch: String
        var testDescription: String { name }
    }

    static let directory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast()
        return path.joined(separator: "/")
    }()

    static let schema: APISchema = {
        let root = directory.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        let text = (try? String(contentsOfFile: root + "/lessons/worlds/tk8s/catalog/openapi.yaml", encoding: .utf8)) ?? ""
        return (try? APISchema(document: (try? YAMLDecoding.documents(text).first) ?? .null)) ?? APISchema()
    }()

    static let cases: [Case] = {
        let text = (try? String(contentsOfFile: directory + "/Fixtures/three-way-patches.json", encoding: .utf8)) ?? "[]"
        let document = (try? YAMLDecoding.documents(text).first) ?? .array([])
        return document.array.map { entry in
            Case(
                name: entry["name"].string ?? "", original: entry["original"].isNull ? nil : entry["original"],
                modified: entry["modified"], current: entry["current"], patch: entry["patch"].string ?? "")
        }
    }()

    @Test("the fixtures are there")
    func fixturesLoad() {
        #expect(Self.cases.count >= 12)
        #expect(Self.schema.types["PodSpec"] != nil)
    }

    @Test("the patch bytes are kubectl's", arguments: cases)
    func patchBytes(_ c: Case) throws {
        let kind = c.modified["kind"].string ?? ""
        let patch = try ThreeWayMergePatch.create(
            original: c.original, modified: c.modified, current: c.current,
            meta: PatchMeta(schema: Self.schema, kind: kind))
        #expect(GoJSON.marshal(patch) == c.patch)
    }

    @Test("nothing to send is an empty object")
    func unchanged() throws {
        let manifest: JSONValue = ["kind": "ConfigMap", "data": ["a": "1"]]
        var live = manifest
        live["metadata"] = ["uid": "x"]
        let patch = try ThreeWayMergePatch.create(
            original: manifest, modified: manifest, current: live, meta: PatchMeta(schema: Self.schema, kind: "ConfigMap"))
        #expect(GoJSON.marshal(patch) == "{}")
    }
}
