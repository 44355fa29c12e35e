import KubeAPI
import Testing

@testable import Cluster

/// A PATCH body that does not decode into its patch type's Go type is the apiserver's 400.
@Suite("patch bodies decoded before they apply")
struct PatchBodyDecodingTests {
    private func refusal(_ type: String, _ text: String) -> String? {
        // As kubectl reads it: a document that parses (`null` is no document, read as null), else nil.
        let document = (try? YAMLDecoding.documents(text)).map { $0.first ?? .null }
        return PatchBodyDecoding.refusal(patchType: type, text: text, document: document).map {
            "\($0.code) \($0.message)"
        }
    }

    @Test("a JSON patch decodes into a list of operations whose op, path and from are strings")
    func jsonPatch() {
        #expect(refusal("json", #"[{"op":"add","path":"/a","value":{"b":[1]}}]"#) == nil)
        #expect(refusal("json", "null") == nil)
        #expect(refusal("json", "[null]") == nil)
        #expect(
            refusal("json", #"{"op":"add"}"#)
                == "400 error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp"
        )
        #expect(
            refusal("json", "[true]")
                == "400 error decoding patch: json: cannot unmarshal bool into Go value of type handlers.jsonPatchOp")
        #expect(
            refusal("json", #"[{"op":"add","path":["a"]}]"#)
                == "400 error decoding patch: json: cannot unmarshal array into Go struct field jsonPatchOp.path of type string"
        )
    }

    @Test("merge and strategic patches decode into a map; a merge patch of null is then refused")
    func mapPatches() {
        #expect(refusal("merge", #"{"a":1}"#) == nil)
        #expect(refusal("strategic", "null") == nil)
        #expect(refusal("merge", "null") == "400 Invalid JSON Patch")
        #expect(
            refusal("merge", "[1]")
                == "400 error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}"
        )
        #expect(
            refusal("strategic", "5")
                == "400 json: cannot unmarshal number into Go value of type map[string]interface {}")
    }

    @Test("text that is not JSON gets the syntax error of Go's decoder")
    func syntax() {
        #expect(refusal("strategic", "{bad") == "400 invalid character 'b' looking for beginning of object key string")
        #expect(refusal("json", #"{"a":"#) == "400 error decoding patch: unexpected end of JSON input")
    }

    @Test("a body that decoded has its strict errors: a JSON patch's unknown keys, any patch's repeated keys")
    func strictErrors() {
        #expect(
            PatchBodyDecoding.strictErrors(patchType: "json", body: #"[{"foo":1,"op":"replace","path":"/spec/replicas","value":3}]"#)
                == [#"json patch unknown field "[0].foo""#])
        #expect(
            PatchBodyDecoding.strictErrors(patchType: "strategic", body: #"{"spec":{"replicas":2,"replicas":3}}"#)
                == [#"duplicate field "spec.replicas""#])
        #expect(PatchBodyDecoding.strictErrors(patchType: "merge", body: #"{"spec":{"foo":2}}"#).isEmpty)
    }
}
