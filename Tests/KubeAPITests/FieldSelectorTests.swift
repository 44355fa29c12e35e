import KubeAPI
import Testing

/// `fields.ParseSelector` and `fields.Set` matching, as the apiserver applies `?fieldSelector=`.
@Suite struct FieldSelectorTests {
    @Test("=, == and != terms, comma-joined, sorted as the parser sorts them")
    func operators() throws {
        let selector = try FieldSelector(parsing: "status.phase!=Running,spec.nodeName==n1,metadata.name=web")
        #expect(
            selector.requirements == [
                .init(field: "metadata.name", value: "web"),
                .init(field: "spec.nodeName", value: "n1"),
                .init(field: "status.phase", notEquals: true, value: "Running"),
            ])
    }

    @Test("empty text and empty terms select everything")
    func empty() throws {
        #expect(try FieldSelector(parsing: "").isEmpty)
        #expect(try FieldSelector(parsing: ",").isEmpty)
    }

    @Test("the first operator in the term wins, and the value may be empty")
    func firstOperator() throws {
        #expect(try FieldSelector(parsing: "a!=b").requirements == [.init(field: "a", notEquals: true, value: "b")])
        #expect(try FieldSelector(parsing: "spec.nodeName=").requirements == [.init(field: "spec.nodeName", value: "")])
        #expect(try FieldSelector(parsing: "a==b").requirements == [.init(field: "a", value: "b")])
    }

    @Test("escaped commas, equals signs and backslashes stay in the value")
    func escapes() throws {
        #expect(try FieldSelector(parsing: #"a=x\,y"#).requirements == [.init(field: "a", value: "x,y")])
        #expect(try FieldSelector(parsing: #"a=x\=y\\"#).requirements == [.init(field: "a", value: #"x=y\"#)])
    }

    @Test(
        "malformed selectors are refused with apimachinery's words",
        arguments: [
            ("foo", "invalid selector: 'foo'; can't understand 'foo'"),
            ("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'"),
            ("a=b=c", "invalid field selector: unescaped character in value: 61"),
            (#"a=\x"#, #"invalid field selector: invalid escape sequence: \x"#),
        ])
    func malformed(text: String, message: String) {
        #expect(throws: FieldSelector.ParseError(message: message)) { try FieldSelector(parsing: text) }
    }

    @Test("a field the object lacks reads as empty: = fails, != holds")
    func missingField() throws {
        let fields = ["metadata.name": "web"]
        #expect(try FieldSelector(parsing: "metadata.name=web").matches(fields))
        #expect(try !FieldSelector(parsing: "status.podIPs=10.0.0.1").matches(fields))
        #expect(try FieldSelector(parsing: "status.podIPs!=10.0.0.1").matches(fields))
        #expect(try !FieldSelector(parsing: "metadata.name=web,metadata.name!=web").matches(fields))
    }
}
