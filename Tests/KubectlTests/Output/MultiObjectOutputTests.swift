import Cluster
import KubeAPI
import Kubectl
import Testing

/// Several objects printed by one command: kubectl 1.32's `---` between YAML documents where
/// one printer serves the command, none where each object gets its own, and apply's `List`.
@Suite("several objects printed")
struct MultiObjectOutputTests {
    static let manifest = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
        data:
          x: "1"
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: b

        """

    func harness() throws -> KubectlHarness {
        let h = try KubectlHarness()
        h.kubectl.readFile = { $0 == "multi.yaml" ? Self.manifest : nil }
        return h
    }

    @Test("create -f separates YAML documents with --- and prints JSON objects one after another, keys sorted")
    func create() throws {
        let h = try harness()
        let yaml = h.run("create", "-f", "multi.yaml", "--dry-run=client", "-o", "yaml").out
        #expect(yaml == """
            apiVersion: v1
            data:
              x: "1"
            kind: ConfigMap
            metadata:
              name: a
              namespace: default
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: b

            """)
        let json = h.run("create", "-f", "multi.yaml", "--dry-run=client", "-o", "json").out
        #expect(json.hasPrefix("{\n    \"apiVersion\": \"v1\",\n    \"data\": {"))
        #expect(json.contains("}\n{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"Namespace\""))
    }

    @Test("apply prints several objects as one List: sorted in YAML, kind first in JSON")
    func apply() throws {
        let h = try harness()
        let yaml = h.run("apply", "-f", "multi.yaml", "--dry-run=client", "-o", "yaml").out
        #expect(yaml.hasPrefix("apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n"))
        #expect(yaml.hasSuffix("    name: b\nkind: List\nmetadata: {}\n"))
        #expect(!yaml.contains("---"))
        let json = h.run("apply", "-f", "multi.yaml", "--dry-run=client", "-o", "json").out
        #expect(json.hasPrefix("{\n    \"kind\": \"List\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {},\n    \"items\": [\n"))
        #expect(h.run("apply", "-f", "multi.yaml", "--dry-run=client", "-o", "jsonpath={.kind}").out == "List")
        #expect(h.run("apply", "-f", "multi.yaml", "--dry-run=client", "-o", "name").out == "configmap/a\nnamespace/b\n")
    }

    @Test("label gives each object its own printer: no separator; annotate shares one")
    func labelAndAnnotate() throws {
        let h = try harness()
        let labelled = h.run("label", "--local", "-f", "multi.yaml", "foo=bar", "-o", "yaml").out
        #expect(!labelled.contains("---"))
        #expect(labelled.contains("  name: a\napiVersion: v1\nkind: Namespace\n"))
        let annotated = h.run("annotate", "--local", "-f", "multi.yaml", "foo=bar", "-o", "yaml").out
        #expect(annotated.contains("  name: a\n---\napiVersion: v1\nkind: Namespace\n"))
    }

    @Test("scale of several objects separates their YAML")
    func scale() throws {
        let h = try harness()
        _ = h.run("create", "deployment", "one", "--image=nginx")
        _ = h.run("create", "deployment", "two", "--image=nginx")
        let out = h.run("scale", "deployment", "one", "two", "--replicas=2", "--dry-run=client", "-o", "yaml").out
        #expect(out.split(separator: "\n").filter { $0 == "---" }.count == 1)
    }
}
