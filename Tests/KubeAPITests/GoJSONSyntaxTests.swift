import KubeAPI
import Testing

@Suite("Go's encoding/json syntax errors")
struct GoJSONSyntaxTests {
    @Test("valid documents have none", arguments: [#"{"a":[1,-2.5e3,true,null,"\u00e9"]}"#, " [] ", "0"])
    func valid(_ text: String) {
        #expect(GoJSONSyntax.error(in: text) == nil)
    }

    @Test("the first bad byte, named where the scanner stood", arguments: [
        ("apiVersion: v1", "invalid character 'a' looking for beginning of value"),
        (#"{"a" 1}"#, "invalid character '1' after object key"),
        (#"{"a":1 "b":2}"#, "invalid character '\"' after object key:value pair"),
        (#"{"a":1,}"#, "invalid character '}' looking for beginning of object key string"),
        ("[1 2]", "invalid character '2' after array element"),
        ("{} x", "invalid character 'x' after top-level value"),
        ("tru", "unexpected end of JSON input"),
        ("nul!", "invalid character '!' in literal null (expecting 'l')"),
        ("-x", "invalid character 'x' in numeric literal"),
        ("1.e", "invalid character 'e' after decimal point in numeric literal"),
        ("\"a\nb\"", "invalid character '\\n' in string literal"),
        ("", "unexpected end of JSON input"),
    ])
    func invalid(_ text: String, _ message: String) {
        #expect(GoJSONSyntax.error(in: text) == message)
    }
}
