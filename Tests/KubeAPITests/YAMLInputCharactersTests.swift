import KubeAPI
import Testing

/// What a manifest may contain: JSON's surrogate escapes as Go's encoding/json reads them, and
/// the characters go-yaml's reader refuses in YAML (checked with kubectl 1.32).
@Suite struct YAMLInputCharactersTests {
    @Test("a JSON surrogate pair is one character; a lone surrogate is U+FFFD")
    func surrogates() throws {
        let text = #"{"data": {"a": "\ud83d\ude00", "b": "\ud83d x", "c": "\ude00", "d": "\ud83d\u0041", "e": "\\ud83d"}}"#
        let document = try #require(try YAMLDecoding.documents(text).first)
        #expect(document[path: "data.a"] == "\u{1F600}")
        #expect(document[path: "data.b"] == "\u{FFFD} x")
        #expect(document[path: "data.c"] == "\u{FFFD}")
        #expect(document[path: "data.d"] == "\u{FFFD}A")
        #expect(document[path: "data.e"] == #"\ud83d"#)
    }

    @Test("YAML refuses surrogate escapes")
    func yamlSurrogates() {
        #expect(throws: YAMLDecoding.DecodeError(message: "line 2: found invalid Unicode character escape code")) {
            try YAMLDecoding.documents("kind: A\ndata: \"\\ud83d\\ude00\"\n")
        }
    }

    @Test("DEL, C1 controls and U+FFFE/U+FFFF are refused in YAML, allowed raw in JSON strings", arguments: ["\u{7F}", "\u{86}", "\u{FFFE}", "\u{FFFF}"])
    func controlCharacters(character: String) throws {
        #expect(throws: YAMLDecoding.DecodeError(message: "control characters are not allowed")) {
            try YAMLDecoding.documents("kind: A\ndata: \"a\(character)\"\n")
        }
        let document = try YAMLDecoding.documents("{\"data\": \"a\(character)\"}").first
        #expect(document?["data"].string == "a\(character)")
    }

    @Test("NEL, tab and non-BMP characters are readable YAML")
    func allowed() throws {
        #expect(try YAMLDecoding.documents("a: \"x\ty\u{1F600}\"\n").first?["a"].string == "x\ty\u{1F600}")
        #expect(try YAMLDecoding.documents("a: \"x\u{85}y\"\n").count == 1)  // NEL is a line break, not refused
    }
}
