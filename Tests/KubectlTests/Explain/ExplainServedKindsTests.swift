import Cluster
import KubeAPI
import Testing
@testable import Kubectl

/// `kubectl explain` knows every built-in kind the simulated apiserver serves.
@Suite struct ExplainServedKindsTests {
    /// Kinds served outside the apiserver's own schema: metrics-server's (an aggregated API).
    static let unpublished: Set<String> = ["NodeMetrics", "PodMetrics"]

    @Test("every served built-in kind has a published schema with descriptions")
    func everyKind() throws {
        let harness = try KubectlHarness()
        let schema = harness.cluster.settings.schema
        for type in harness.cluster.servedResources where !harness.cluster.customResourceTypes.contains(type) {
            if Self.unpublished.contains(type.kind) { continue }
            let kind = try #require(schema.kind(type.kind, groupVersion: type.apiVersion), "\(type.kind) \(type.apiVersion)")
            #expect(!kind.description.isEmpty, "\(type.kind)")
            #expect(kind.fields.allSatisfy { !$0.description.isEmpty }, "\(type.kind)")
        }
    }

    @Test("a kind that shares its name with another group's, or another version's, is found by its group/version")
    func sharedName() throws {
        let result = try KubectlHarness().run("explain", "events", "--api-version=events.k8s.io/v1")
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("GROUP:      events.k8s.io\nKIND:       Event\nVERSION:    v1\n"))
        #expect(result.out.contains("  regarding\t<ObjectReference>\n"))
        let core = try KubectlHarness().run("explain", "events")
        #expect(core.out.hasPrefix("KIND:       Event\nVERSION:    v1\n"))
        let v1 = try KubectlHarness().run("explain", "hpa.spec", "--api-version=autoscaling/v1")
        #expect(v1.out.contains("  targetCPUUtilizationPercentage\t<integer>\n"))
    }

    @Test("nested fields of the newer kinds, with required markers and enums")
    func nested() throws {
        let harness = try KubectlHarness()
        let subjects = harness.run("explain", "flowschema.spec.rules.subjects")
        #expect(subjects.out.contains("  kind\t<string> -required-\n"))
        let webhook = harness.run("explain", "validatingwebhookconfiguration.webhooks.sideEffects")
        #expect(webhook.out.contains("FIELD: sideEffects <string>\nENUM:\n    None\n    NoneOnDryRun\n    Some\n    Unknown\n"))
        let schema = harness.run("explain", "crd.spec.versions.schema.openAPIV3Schema")
        #expect(schema.code == 0)
        #expect(schema.out.contains("FIELD: openAPIV3Schema <JSONSchemaProps>\n"))
    }
}
