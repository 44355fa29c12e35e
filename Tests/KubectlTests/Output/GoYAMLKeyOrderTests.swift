import Testing

@testable import Kubectl

/// go-yaml v2's natural key order, which kubectl's YAML output follows (checked with kubectl 1.32).
@Suite("YAML key order")
struct GoYAMLKeyOrderTests {
    @Test("digit runs compare as numbers; a key without a letter where the other has one comes first")
    func naturalOrder() {
        let kubectlOrder = [
            "0x", "A", "a", "a_b", "aZ", "e", "file01", "file002", "item9", "item10", "v1.2", "v1.10", "x0", "x00", "x000",
        ]
        #expect(kubectlOrder.shuffled().sorted(by: GoYAMLKeyOrder.less) == kubectlOrder)
    }

    @Test("YAML output uses it, JSON keeps byte order")
    func printers() throws {
        let h = try KubectlHarness()
        let yaml = h.run("create", "cm", "x", "--from-literal=item10=a", "--from-literal=item9=b", "--dry-run=client", "-o", "yaml").out
        #expect(yaml.contains("  item9: b\n  item10: a\n"))
        let json = h.run("create", "cm", "x", "--from-literal=item10=a", "--from-literal=item9=b", "--dry-run=client", "-o", "json").out
        #expect(json.contains("\"item10\": \"a\",\n        \"item9\": \"b\""))
    }
}
