import Testing

@testable import KubeAPI

/// JSON whose objects repeat a key reads as Go reads it into a map: the last value wins.
@Suite("JSON with repeated keys")
struct GoJSONRepeatedKeysTests {
    @Test("a repeated member is folded into the first, with the last value")
    func folded() throws {
        #expect(
            GoJSONRepeatedKeys.lastValuesKept(in: #"{"spec":{"replicas":2,"replicas":3}}"#)
                == #"{"spec":{"replicas":3}}"#)
        #expect(
            GoJSONRepeatedKeys.lastValuesKept(in: #" {"a": [1, {"b":"x","c":null,"b":"y"}], "d":true, "a":{"e":1.5}} "#)
                == #"{"a":{"e":1.5},"d":true}"#)
        let folded = try #require(GoJSONRepeatedKeys.lastValuesKept(in: #"{"a":1,"b":{"c":"\"}"},"a":2}"#))
        #expect(try YAMLDecoding.documents(folded) == [["a": 2, "b": ["c": "\"}"]]])
    }

    @Test("text without a repeated key is left alone")
    func unchanged() {
        #expect(GoJSONRepeatedKeys.lastValuesKept(in: #"{"a":{"b":1},"b":{"a":1}}"#) == nil)
        #expect(GoJSONRepeatedKeys.lastValuesKept(in: "[1,2]") == nil)
    }
}
