import KubeAPI
import OrderedCollections
import Testing

@testable import Kubectl

/// The key orders and YAML layouts a document remembers: always what it would have found anew.
@Suite("Key order and YAML layout caches")
struct KeyOrderCacheTests {
    static func members(_ keys: [String]) -> OrderedDictionary<String, JSONValue> {
        OrderedDictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.string($0)) })
    }

    @Test("many mappings, repeated and new, of several lengths, in both orders")
    func sameAsComputed() {
        let lists = [
            ["name", "namespace", "uid"], ["uid", "name", "namespace"], ["item10", "item9", "a_b", "aZ"],
            ["item10", "item9", "aZ", "a_b"], ["b", "a"], ["z", "y", "x", "w", "v"],
        ] + (0..<12).map { n in ["k\(n)", "j", "i\(n % 3)"] }
        var cache = KeyOrderCache()
        var layouts = YAMLLayoutCache()
        for round in 0..<3 {
            for keys in lists.shuffled() + (round == 1 ? lists.reversed() : []) {
                let members = Self.members(keys)
                #expect(layouts.layout(of: members).order == members.yamlKeyOrder)
                #expect(cache.positions(of: members) == members.keyOrder)
            }
        }
    }

    @Test("a key only canonically equal to one written before is written as its own bytes")
    func canonicallyEqualKeys() {
        // KELVIN SIGN is canonically equivalent to K; go-yaml writes the bytes it is given.
        let ascii: JSONValue = ["K": "1", "a": "2", "b": "3"]
        let kelvin: JSONValue = ["\u{212A}": "1", "a": "2", "b": "3"]
        // go-yaml sorts it after the letters.
        #expect(YAMLPrinter.print([ascii, kelvin]) == "- K: \"1\"\n  a: \"2\"\n  b: \"3\"\n- a: \"2\"\n  b: \"3\"\n  \u{212A}: \"1\"\n")
    }

    @Test("a mapping with a key written as ? key keeps that form when its shape repeats")
    func complexKeysRepeat() {
        let long = String(repeating: "k", count: 130)
        var item: JSONValue = ["a": "2", "b": "3"]
        item[long] = "1"
        let once = YAMLPrinter.print(["x": item])
        #expect(YAMLPrinter.print([item, item]).contains("? " + long))
        #expect(once.contains("? " + long))
    }

    @Test("a YAML list of objects of one shape keeps each object's keys sorted")
    func listOfOneShape() {
        let item: JSONValue = ["name": "a", "kind": "Pod", "apiVersion": "v1"]
        let other: JSONValue = ["kind": "Pod", "apiVersion": "v1", "name": "b"]
        #expect(YAMLPrinter.print([item, other, item]) == """
            - apiVersion: v1
              kind: Pod
              name: a
            - apiVersion: v1
              kind: Pod
              name: b
            - apiVersion: v1
              kind: Pod
              name: a

            """)
    }
}
