import KubeAPI
import Testing

@testable import Cluster

/// `ValidatePodDisruptionBudget` as the 1.32 apiserver words its refusals.
@Suite struct PodDisruptionBudgetValidationTests {
    func refusal(_ spec: String) throws -> String? {
        let cluster = try WorldFixture.tk8s()
        let budget = try AdmissionFixture.object(
            """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: x, namespace: default}
            spec: \(spec)
            """)
        return AdmissionFixture.refusal { try cluster.create(budget) }
    }

    @Test("both bounds: the spec shown as Go's %#v of the internal struct, pointers as addresses")
    func bothBounds() throws {
        let message = try #require(try refusal("{minAvailable: 1, maxUnavailable: 1, selector: {matchLabels: {a: b}}}"))
        #expect(message.hasPrefix(
            "PodDisruptionBudget.policy \"x\" is invalid: spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0xc00"))
        #expect(message.contains("UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set"))
    }

    @Test("a negative number, a non-percentage and more than 100%")
    func bounds() throws {
        #expect(try refusal("{minAvailable: -1}") == "PodDisruptionBudget.policy \"x\" is invalid: spec.minAvailable: Invalid value: -1: must be greater than or equal to 0")
        #expect(try refusal("{maxUnavailable: \"abc\"}") == "PodDisruptionBudget.policy \"x\" is invalid: spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"abc\"}: \(PodDisruptionBudgetValidation.percentRule)")
        #expect(try refusal("{minAvailable: \"120%\"}") == "PodDisruptionBudget.policy \"x\" is invalid: spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"120%\"}: must not be greater than 100%")
        #expect(try refusal("{minAvailable: \"50%\", selector: {}}") == nil)
    }

    @Test("selector requirements and the eviction policy")
    func selectorAndPolicy() throws {
        let message = try refusal("{minAvailable: 1, selector: {matchExpressions: [{key: app, operator: In}, {key: b, operator: Has}]}}")
        #expect(message == "PodDisruptionBudget.policy \"x\" is invalid: [spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn', spec.selector.matchExpressions[1].operator: Invalid value: \"Has\": not a valid selector operator]")
        #expect(try refusal("{minAvailable: 1, unhealthyPodEvictionPolicy: Never}") == "PodDisruptionBudget.policy \"x\" is invalid: spec.unhealthyPodEvictionPolicy: Unsupported value: \"Never\": supported values: \"AlwaysAllow\", \"IfHealthyBudget\"")
    }
}
