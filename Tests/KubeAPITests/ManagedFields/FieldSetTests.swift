import KubeAPI
import Testing

@Suite("Field sets as server-side apply writes them: fieldsV1 and conflict paths")
struct FieldSetTests {
    private let nginx: FieldPath = [
        .field("spec"), .field("containers"), .key([.init(name: "name", json: "\"nginx\"")]),
    ]

    @Test("fieldsV1 nests each step; an owned step that also has owned steps below gets a dot")
    func fieldsV1() {
        let set = FieldSet([nginx, nginx + [.field("image")], [.field("spec"), .field("replicas")]])
        #expect(GoJSON.marshal(set.fieldsV1, sortingKeys: true)
            == #"{"f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{}}},"f:replicas":{}}}"#)
    }

    @Test("a fieldsV1 document reads back into the same set")
    func roundTrip() {
        let set = FieldSet([nginx, nginx + [.field("image")], [.field("metadata"), .field("labels"), .field("app")]])
        #expect(FieldSet(fieldsV1: set.fieldsV1) == set)
    }

    @Test("paths are written as conflict messages write them")
    func described() {
        #expect((nginx + [.field("image")]).described == #".spec.containers[name="nginx"].image"#)
        let port: FieldPath = [.field("ports"), .key([.init(name: "containerPort", json: "80"), .init(name: "protocol", json: "\"TCP\"")])]
        #expect(port.described == #".ports[containerPort=80,protocol="TCP"]"#)
        #expect([PathElement.field("finalizers"), .value("\"a\"")].described == #".finalizers[="a"]"#)
    }

    @Test("without a schema, maps are walked and lists are atomic; changes show as added, modified, removed")
    func comparison() {
        let old: JSONValue = ["spec": ["replicas": 1, "args": ["a"]], "status": ["ready": 1]]
        let new: JSONValue = ["spec": ["replicas": 2, "args": ["a"], "paused": true]]
        let compared = FieldComparison(from: FieldValues(old, meta: .none), to: FieldValues(new, meta: .none))
        #expect(compared.modified == FieldSet([[.field("spec"), .field("replicas")]]))
        #expect(compared.added == FieldSet([[.field("spec"), .field("paused")]]))
        #expect(compared.removed.isEmpty)
    }

    @Test("removing a path drops the field, or the list item its key names")
    func removing() {
        let value: JSONValue = ["data": ["a": "1", "b": "2"], "spec": ["containers": [["name": "nginx"], ["name": "side"]]]]
        let removed = value.removing([.field("data"), .field("a")]).removing(nginx)
        #expect(removed == ["data": ["b": "2"], "spec": ["containers": [["name": "side"]]]])
    }
}
