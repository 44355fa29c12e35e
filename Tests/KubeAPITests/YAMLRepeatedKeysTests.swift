import Testing

@testable import KubeAPI

/// A mapping that repeats a key reads as go-yaml and Go's JSON read it into a map: the last
/// value wins, quietly, as kubectl reads a manifest or patch.
@Suite("YAML and JSON with repeated keys")
struct YAMLRepeatedKeysTests {
    @Test("JSON objects keep the last value of a repeated member")
    func json() throws {
        #expect(try YAMLDecoding.documents(#"{"spec":{"replicas":2,"replicas":3}}"#) == [["spec": ["replicas": 3]]])
        #expect(
            try YAMLDecoding.documents(#" {"a": [1, {"b":"x","c":null,"b":"y"}], "d":true, "a":{"e":1.5}} "#)
                == [["d": true, "a": ["e": .double(1.5)]]])
        #expect(try YAMLDecoding.documents(#"{"a":1,"b":{"c":"\"}"},"a":2}"#) == [["b": ["c": "\"}"], "a": 2]])
    }

    @Test("block and flow mappings keep the last value, quoted keys too, in every document")
    func yaml() throws {
        let text = """
            kind: ConfigMap
            data:
              a: "1"
              "a": "2"
              b: {x: 1, x: 2, 'x': 3}
            data:
              c: "3"
            ---
            name: one
            name: two
            """
        #expect(try YAMLDecoding.documents(text) == [["kind": "ConfigMap", "data": ["c": "3"]], ["name": "two"]])
    }

    @Test("text without a repeated key reads as before, and other errors stand")
    func unchanged() throws {
        #expect(try YAMLDecoding.documents(#"{"a":{"b":1},"b":{"a":1}}"#) == [["a": ["b": 1], "b": ["a": 1]]])
        #expect(throws: YAMLDecoding.DecodeError.self) { try YAMLDecoding.documents("a: 1\na: [\n") }
    }
}
