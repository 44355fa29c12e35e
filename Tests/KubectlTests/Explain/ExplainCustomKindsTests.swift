import Testing
@testable import Kubectl

/// `kubectl explain` for custom resources: the apiserver publishes each established definition's
/// schema, and kubectl shows nested objects as `Object`.
@Suite struct ExplainCustomKindsTests {
    @Test("Calico's IPPool: the kind, its spec's fields and their required marks")
    func ipPool() throws {
        let harness = try KubectlHarness()
        let kind = harness.run("explain", "ippools")
        #expect(kind.code == 0)
        #expect(kind.out.hasPrefix("GROUP:      crd.projectcalico.org\nKIND:       IPPool\nVERSION:    v1\n\nDESCRIPTION:\n    <empty>\nFIELDS:\n"))
        #expect(kind.out.contains("  metadata\t<ObjectMeta>\n"))
        #expect(kind.out.contains("  spec\t<Object>\n"))
        let spec = harness.run("explain", "ippools.spec")
        #expect(spec.out.contains("FIELD: spec <Object>\n\n\nDESCRIPTION:\n"))
        #expect(spec.out.contains("  cidr\t<string> -required-\n"))
        #expect(spec.out.contains("  allowedUses\t<[]string>\n"))
    }

    @Test("a nested object without descriptions, and a field the schema lacks")
    func nested() throws {
        let harness = try KubectlHarness()
        let range = harness.run("explain", "felixconfigurations.spec.routeTableRange")
        #expect(range.out.contains("FIELD: routeTableRange <Object>\n\n\nDESCRIPTION:\n    <empty>\nFIELDS:\n  max\t<integer> -required-\n    <no description>\n"))
        let missing = harness.run("explain", "ippools.spec.nope")
        #expect(missing.code == 1)
        #expect(missing.err == "error: field \"nope\" does not exist\n")
    }

    @Test("a learner's definition: its schema once established; one without a schema is refused")
    func learnerDefinitions() throws {
        let harness = try KubectlHarness()
        harness.kubectl.readFile = { _ in Self.definitions }
        let applied = harness.run("apply", "-f", "crds.yaml")
        #expect(applied.out == "customresourcedefinition.apiextensions.k8s.io/fruits.example.com created\n")
        #expect(applied.err.contains("spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"))
        let fruit = harness.run("explain", "fruits.spec")
        #expect(fruit.out.hasPrefix("GROUP:      example.com\nKIND:       Fruit\nVERSION:    v1\n\nFIELD: spec <Object>\n"))
        #expect(fruit.out.contains("  colour\t<string>\n    What colour it is.\n"))
        #expect(fruit.out.contains("  seeds\t<integer> -required-\n"))
        #expect(harness.run("explain", "rocks").err == "the server doesn't have a resource type \"rocks\"\n")
    }

    @Test("resource.group with dots resolves the first resource of that name, as kubectl's prefix match does")
    func dottedGroup() throws {
        let result = try KubectlHarness().run("explain", "nodes.metrics.k8s.io")
        #expect(result.out == "KIND:       Node\nVERSION:    v1\n\n")
        #expect(result.err == "error: field \"io\" does not exist\n")
    }

    static let definitions = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: fruits.example.com
        spec:
          group: example.com
          names: {kind: Fruit, plural: fruits, singular: fruit, listKind: FruitList}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [seeds]
                    properties:
                      colour: {type: string, description: What colour it is.}
                      seeds: {type: integer}
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: rocks.example.com
        spec:
          group: example.com
          names: {kind: Rock, plural: rocks, singular: rock, listKind: RockList}
          scope: Cluster
          versions:
          - name: v1
            served: true
            storage: true
        """
}
