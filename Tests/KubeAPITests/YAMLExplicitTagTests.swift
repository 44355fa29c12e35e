import KubeAPI
import Testing

/// Scalars with an explicit tag, and keys JSON cannot hold, read as kubectl reads them.
@Suite("YAML explicit tags and keys")
struct YAMLExplicitTagTests {
    private func value(_ scalar: String) throws -> JSONValue {
        try #require(try YAMLDecoding.documents("v: \(scalar)").first)["v"]
    }

    @Test("a tag picks the type the text is read as", arguments: [
        ("!!str 0644", JSONValue.string("0644")), ("!!str yes", .string("yes")), ("!!str", .string("")),
        ("!!int \"5\"", .int(5)), ("!!float 5", .int(5)), ("!!float \"1e3\"", .int(1000)),
        ("!!bool \"yes\"", .bool(true)), ("!!null \"\"", .null), ("!!binary aGVsbG8=", .string("hello")),
        ("!!timestamp 2001-12-14", .string("2001-12-14")), ("!foo bar", .string("bar")),
    ])
    func tagged(_ scalar: String, _ expected: JSONValue) throws {
        #expect(try value(scalar) == expected)
    }

    @Test("text of another type than its tag is go-yaml's error", arguments: [
        ("!!int abc", "cannot decode !!str `abc` as a !!int"), ("!!int 1.5", "cannot decode !!float `1.5` as a !!int"),
        ("!!bool 1", "cannot decode !!int `1` as a !!bool"), ("!!null x", "cannot decode !!str `x` as a !!null"),
        ("!!timestamp x", "cannot decode !!str `x` as a !!timestamp"),
        ("!!binary \"@@\"", "!!binary value contains invalid base64 data"),
    ])
    func mismatched(_ scalar: String, _ message: String) {
        #expect(throws: YAMLDecoding.DecodeError(message: message)) { try value(scalar) }
    }

    @Test("a null key is refused by the JSON conversion, naming its value as Go prints it", arguments: [
        ("~: x", "\"x\""), ("null: 0644", "420"), ("~:", "<nil>"),
        ("~: {b: 1, a: [x, ~]}", "map[interface {}]interface {}{\"a\":[]interface {}{\"x\", interface {}(nil)}, \"b\":1}"),
    ])
    func nullKey(_ text: String, _ value: String) {
        let message = "unsupported map key of type: %!s(<nil>), key: <nil>, value: \(value)"
        #expect(throws: YAMLDecoding.DecodeError(message: message, isJSONConversion: true)) { try YAMLDecoding.documents(text) }
    }

    @Test("a sequence or mapping as a key is go-yaml's error")
    func collectionKey() {
        #expect(throws: YAMLDecoding.DecodeError(message: "invalid map key: []interface {}{\"a\"}")) {
            try YAMLDecoding.documents("? [a]\n: x\n")
        }
    }

    @Test("go-yaml's errors come before the JSON conversion's")
    func order() {
        #expect(throws: YAMLDecoding.DecodeError(message: "cannot decode !!str `x` as a !!int")) {
            try YAMLDecoding.documents("~: 1\nb: !!int x\n")
        }
    }
}
