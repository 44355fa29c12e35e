import KubeAPI
import Testing

/// `labels.Parse`: the grammar, the operators and the error texts kubectl 1.32 prints (checked
/// with `kubectl top pod -l`, which parses on the client).
@Suite struct LabelSelectorParsingTests {
    private func message(_ text: String) -> String? {
        do {
            _ = try LabelSelector(parsing: text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("every operator, with requirements sorted by key")
    func operators() throws {
        let selector = try LabelSelector(parsing: "z==1, y!=2,x in (b,a),w notin (c),!v,u,t>3,s<4,r=5")
        #expect(selector.description == "r=5,s<4,t>3,u,!v,w notin (c),x in (a,b),y!=2,z==1")
    }

    @Test("whitespace is space, tab, CR and LF; `in` and `notin` are values inside parentheses")
    func whitespace() throws {
        let selector = try LabelSelector(parsing: " a\t=\nb ,  c in (in,notin) ")
        #expect(selector.description == "a=b,c in (in,notin)")
        #expect(try LabelSelector(parsing: "   ").isEmpty)
        #expect(try LabelSelector(parsing: "a=").description == "a=")
        #expect(try LabelSelector(parsing: "a in ()").requirements.first?.values == [""])
    }

    @Test("gt and lt need integers on both sides to match")
    func greaterAndLess() throws {
        let greater = try LabelSelector(parsing: "rank>4")
        #expect(greater.matches(["rank": "5"]))
        #expect(!greater.matches(["rank": "4"]))
        #expect(!greater.matches(["rank": "five"]))
        #expect(!greater.matches([:]))
        #expect(throws: LabelSelector.ParseError.self) { try LabelSelector(parsing: "rank<-1") }  // "-1" is no label value
        #expect(try LabelSelector(parsing: "rank<10").matches(["rank": "+3"]))
    }

    @Test(
        "malformed selectors give labels.Parse's messages",
        arguments: [
            ("a=(", "unable to parse requirement: found '(', expected: identifier"),
            ("a<x", "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer"),
            ("A B", "unable to parse requirement: found 'B', expected: in, notin, =, ==, !=, gt, lt"),
            ("a in (x", "unable to parse requirement: found '', expected: ',' or ')'"),
            ("a in x", "unable to parse requirement: found 'x' expected: '('"),
            ("a in (x y)", "unable to parse requirement: found 'y', expected: ',' or ')'"),
            ("!a=b", "found '=', expected: ',' or 'end of string'"),
            ("a,", "found '', expected: identifier after ','"),
            (",a", "found ',', expected: !, identifier, or 'end of string'"),
            ("a=b c", "found 'c', expected: ',' or 'end of string'"),
            ("a=b,,c", "found ',', expected: identifier after ','"),
            ("a>1,a<x,b=(", "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer"),
        ])
    func errors(text: String, expected: String) {
        #expect(message(text) == expected)
    }

    @Test("keys and values are validated as label keys and values")
    func validation() {
        #expect(message("app: nginx")?.hasPrefix("unable to parse requirement: <nil>: Invalid value: \"app:\": name part must consist") == true)
        #expect(message("a=-b")?.hasPrefix("unable to parse requirement: values[0][a]: Invalid value: \"-b\": a valid label must") == true)
        #expect(message("x/y/z")?.hasPrefix("unable to parse requirement: <nil>: Invalid value: \"x/y/z\": a qualified name") == true)
    }
}
