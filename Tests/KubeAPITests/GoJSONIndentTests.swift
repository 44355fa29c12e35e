import KubeAPI
import Testing

/// `json.MarshalIndent`: what go-restful's pretty entities and other indented Go JSON look like.
@Suite("GoJSON.marshalIndent")
struct GoJSONIndentTests {
    @Test("members and elements each on a line, nested one indent deeper, empty ones kept whole")
    func nested() {
        let value: JSONValue = ["a": 1, "b": ["x", ["y": true]], "c": [:], "d": []]
        #expect(GoJSON.marshalIndent(value, indent: " ") == "{\n \"a\": 1,\n \"b\": [\n  \"x\",\n  {\n   \"y\": true\n  }\n ],\n \"c\": {},\n \"d\": []\n}")
    }

    @Test("strings keep their brackets, commas, colons and escapes as they are")
    func strings() {
        let value: JSONValue = ["k:{": "a, [b]: \"c\" \\"]
        #expect(GoJSON.marshalIndent(value, indent: "  ") == "{\n  \"k:{\": \"a, [b]: \\\"c\\\" \\\\\"\n}")
    }

    @Test("a scalar is written as it is")
    func scalar() {
        #expect(GoJSON.marshalIndent("x", indent: " ") == "\"x\"")
    }
}
