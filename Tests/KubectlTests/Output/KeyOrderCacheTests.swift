import KubeAPI
import OrderedCollections
import Testing

@testable import Kubectl

/// The key orders a document remembers: always the order it would have found anew.
@Suite("Key order cache")
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
        for round in 0..<3 {
            for keys in lists.shuffled() + (round == 1 ? lists.reversed() : []) {
                let members = Self.members(keys)
                #expect(cache.positions(of: members, in: .yaml) == members.yamlKeyOrder)
                #expect(cache.positions(of: members, in: .json) == members.keyOrder)
            }
        }
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
