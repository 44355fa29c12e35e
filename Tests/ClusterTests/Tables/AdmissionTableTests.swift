import Cluster
import KubeAPI
import Testing

/// Webhook configurations and ValidatingAdmissionPolicy(Binding) rows (printers.go).
@Suite struct AdmissionTableTests {
    @Test func webhookConfigurationsCountTheirWebhooks() throws {
        let yaml = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: demo, creationTimestamp: '\(TableFixture.ago(10))'}
            webhooks: [{name: a.example.com}, {name: b.example.com}]
            """
        #expect(try TableFixture.cells(.validatingWebhookConfigurations, yaml) == ["demo", 2, "10s"])
        let none = "apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata: {name: m}\n"
        #expect(try TableFixture.cells(.mutatingWebhookConfigurations, none) == ["m", 0, "<unknown>"])
    }

    @Test func policyParamKind() throws {
        let yaml = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata: {name: limit}
            spec:
              paramKind: {apiVersion: v1, kind: ConfigMap}
              validations: [{expression: 'true'}, {expression: 'false'}]
            """
        #expect(try TableFixture.cells(.validatingAdmissionPolicies, yaml) == ["limit", 2, "v1/ConfigMap", "<unknown>"])
        let bare = "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: p}\n"
        #expect(try TableFixture.cells(.validatingAdmissionPolicies, bare)[1...2] == [0, "<unset>"])
    }

    @Test func bindingParamRef() throws {
        func paramRef(_ spec: String) throws -> Table.Cell {
            let yaml = """
                apiVersion: admissionregistration.k8s.io/v1
                kind: ValidatingAdmissionPolicyBinding
                metadata: {name: b}
                spec: {policyName: limit\(spec)}
                """
            return try TableFixture.cells(.validatingAdmissionPolicyBindings, yaml)[2]
        }
        #expect(try paramRef("") == "<unset>")
        #expect(try paramRef(", paramRef: {name: limits, namespace: default}") == "default/limits")
        #expect(try paramRef(", paramRef: {name: limits}") == "*/limits")
        #expect(
            try paramRef(", paramRef: {selector: {matchLabels: {tier: gold, app: web}}}")
                == "&LabelSelector{MatchLabels:map[string]string{app: web,tier: gold,},MatchExpressions:[]LabelSelectorRequirement{},}")
        #expect(
            try paramRef(", paramRef: {selector: {matchExpressions: [{key: env, operator: In, values: [a, b]}]}}")
                == .string(
                    "&LabelSelector{MatchLabels:map[string]string{},MatchExpressions:[]LabelSelectorRequirement{"
                        + "LabelSelectorRequirement{Key:env,Operator:In,Values:[a b],},},}"))
    }
}
