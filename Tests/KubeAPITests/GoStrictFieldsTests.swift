import Testing

@testable import KubeAPI

/// What sigs.k8s.io/json's `UnmarshalStrict` reports of a document, read as sent.
@Suite("strict decoding of repeated and unknown keys")
struct GoStrictFieldsTests {
    private let operation = GoStrictFields.Target.fields(["op": .any, "path": .any, "from": .any, "value": .any])

    @Test("a repeated key is named by its path, once, wherever it is")
    func repeatedKeys() {
        #expect(
            GoStrictFields.errors(in: #"{"spec":{"replicas":2,"replicas":3}}"#, decodingAs: .any) == [
                #"duplicate field "spec.replicas""#
            ])
        #expect(GoStrictFields.errors(in: #"{"a":1,"a":2,"a":3}"#, decodingAs: .any) == [#"duplicate field "a""#])
        #expect(
            GoStrictFields.errors(in: #" { "a" : [ {"b":1}, {"c":{"d":1,"d":2}} ] , "a":{} } "#, decodingAs: .any)
                == [#"duplicate field "a[1].c.d""#, #"duplicate field "a""#])
        #expect(GoStrictFields.errors(in: #"{"a\u0062":1,"ab":2}"#, decodingAs: .any) == [#"duplicate field "ab""#])
        #expect(GoStrictFields.errors(in: #"{"a":"}\"{","b":[1,"a"]}"#, decodingAs: .any).isEmpty)
        #expect(GoStrictFields.errors(in: "null", decodingAs: .any).isEmpty)
    }

    @Test("a struct's other keys are unknown, its values not looked into; a list is named by index")
    func unknownKeys() {
        #expect(
            GoStrictFields.errors(
                in:
                    #"[{"op":"add","path":"/a","value":{"x":1,"x":2}},{"foo":{"y":1,"y":1},"op":"add","Op":"x","op":"x"}]"#,
                decodingAs: .list(of: operation))
                == [
                    #"duplicate field "[0].value.x""#, #"unknown field "[1].foo""#, #"unknown field "[1].Op""#,
                    #"duplicate field "[1].op""#,
                ])
        #expect(GoStrictFields.errors(in: "[null,{}]", decodingAs: .list(of: operation)).isEmpty)
    }

    @Test("a map's values are decoded as its element type; a lazy target is worked out where it is met")
    func mapsAndLazyTargets() {
        let port = GoStrictFields.Target.fields(["port": .any])
        #expect(
            GoStrictFields.errors(in: #"{"a":{"port":1,"p":2},"a":{}}"#, decodingAs: .map(of: port))
                == [#"unknown field "a.p""#, #"duplicate field "a""#])
        // A type that contains itself: each level is resolved only when the text reaches it.
        @Sendable func node() -> GoStrictFields.Target { .fields(["name": .any, "child": .lazy(node)]) }
        #expect(
            GoStrictFields.errors(in: #"{"child":{"child":{"nam":1,"name":"x","name":"y"}}}"#, decodingAs: node())
                == [#"unknown field "child.child.nam""#, #"duplicate field "child.child.name""#])
    }

    @Test("no more than 100 errors are kept")
    func limit() {
        let members = (0..<120).map { "\"k\($0)\":1" }.joined(separator: ",")
        #expect(GoStrictFields.errors(in: "[{\(members)}]", decodingAs: .list(of: .fields([:]))).count == 100)
    }
}

/// go-yaml's strict complaints about repeated keys, as sigs.k8s.io/yaml's `YAMLToJSONStrict` reports them.
@Suite("YAML keys a mapping repeats")
struct YAMLRepeatedKeyErrorsTests {
    @Test("each later occurrence is named by its value's line, a value's repeats before its key's")
    func repeats() {
        let text = "data:\n  a: b\n  a: c\n  a: d\ndata:\n  x: 1\n  x: 2\nname: n\n"
        #expect(
            YAMLDecoding.repeatedKeyErrors(in: text) == [
                #"line 3: key "a" already set in map"#, #"line 4: key "a" already set in map"#,
                #"line 7: key "x" already set in map"#, #"line 6: key "data" already set in map"#,
            ])
        #expect(YAMLDecoding.repeatedKeyErrors(in: "a: 1\nb: 2\n").isEmpty)
        #expect(YAMLDecoding.repeatedKeyErrors(in: #"{"a": 1, "a": 2}"#) == [#"line 1: key "a" already set in map"#])
    }
}
