import KubeAPI
import Testing

/// Malformed YAML is an error worded as go-yaml words it, never an empty stream.
@Suite("YAML syntax errors")
struct YAMLDecodingErrorTests {
    @Test("scanner errors count lines from 1 and leave out the first line", arguments: [
        ("a: b: c", "mapping values are not allowed in this context"),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n", "line 5: mapping values are not allowed in this context"),
    ])
    func scanner(_ text: String, _ message: String) {
        #expect(throws: YAMLDecoding.DecodeError(message: message)) { try YAMLDecoding.documents(text) }
    }

    @Test("parser errors count lines from 0")
    func parser() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n"
        #expect(throws: YAMLDecoding.DecodeError(message: "line 4: did not find expected ',' or ']'")) {
            try YAMLDecoding.documents(text)
        }
    }
}
