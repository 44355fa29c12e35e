import KubeAPI
import Testing

/// Plain scalars typed as kubectl types them: go-yaml v2's YAML 1.1 resolution, then JSON.
@Suite("YAML scalar types")
struct YAMLScalarTypesTests {
    private func value(_ scalar: String) throws -> JSONValue {
        try #require(try YAMLDecoding.documents("v: \(scalar)").first)["v"]
    }

    @Test("YAML 1.1's words are booleans and nulls; other spellings stay strings", arguments: [
        ("yes", JSONValue.bool(true)), ("Y", .bool(true)), ("on", .bool(true)), ("ON", .bool(true)), ("True", .bool(true)),
        ("no", .bool(false)), ("n", .bool(false)), ("Off", .bool(false)), ("~", .null), ("Null", .null),
        ("yES", .string("yES")), ("tRUE", .string("tRUE")), ("nULL", .string("nULL")), ("<<", .string("<<")),
    ])
    func words(_ scalar: String, _ expected: JSONValue) throws {
        #expect(try value(scalar) == expected)
    }

    @Test("numbers follow Go's syntax, underscores dropped; whole floats come back as integers", arguments: [
        ("0644", JSONValue.int(420)), ("0x1F", .int(31)), ("0X1f", .int(31)), ("-0x10", .int(-16)), ("0o17", .int(15)),
        ("0b101", .int(5)), ("-0b11", .int(-3)), ("1_000", .int(1000)), ("+12", .int(12)), ("09", .int(9)),
        ("1e3", .int(1000)), ("3.", .int(3)), ("-0.0", .int(0)), (".5", .double(0.5)), ("1_0.5", .double(10.5)),
        ("18446744073709551615", .double(0x1p64)), ("100000000000000000000", .double(1e20)),
    ])
    func numbers(_ scalar: String, _ expected: JSONValue) throws {
        #expect(try value(scalar) == expected)
    }

    @Test("what is not quite a number or a word is a string", arguments: [
        "0b", "0o", "1e", "+", "09x", ".5.", "1:20", "2001-12-14", "10.244.1.5", "0_x1z",
    ])
    func strings(_ scalar: String) throws {
        #expect(try value(scalar) == .string(scalar))
    }

    @Test("quoted scalars are always strings")
    func quoted() throws {
        #expect(try value("\"yes\"") == "yes")
        #expect(try value("'0644'") == "0644")
    }

    @Test("keys that read as booleans or numbers become their text")
    func keys() throws {
        let document = try #require(try YAMLDecoding.documents("yes: a\n0x10: b\n1.5: c\n12: d\nname: e\n").first)
        #expect(document == ["true": "a", "16": "b", "1.5": "c", "12": "d", "name": "e"])
    }

    @Test("infinities and NaN have no JSON form", arguments: [(".inf", "+Inf"), ("-.Inf", "-Inf"), (".NaN", "NaN")])
    func unsupported(_ scalar: String, _ shown: String) {
        let error = YAMLDecoding.DecodeError(message: "json: unsupported value: \(shown)", isJSONConversion: true)
        #expect(throws: error) { try YAMLDecoding.documents("v: \(scalar)") }
        #expect(error.goWording == "json: unsupported value: \(shown)")
    }
}
