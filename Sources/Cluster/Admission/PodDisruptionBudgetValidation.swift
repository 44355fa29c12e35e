import KubeAPI

/// `ValidatePodDisruptionBudget` (`pkg/apis/policy/validation`, Kubernetes 1.32): not both of
/// minAvailable and maxUnavailable, each a non-negative number or a percentage of at most 100%,
/// a valid selector, and a known unhealthy-pod eviction policy. The apiserver checks the spec
/// before the object's metadata. On update, an old selector that was itself invalid lets
/// invalid values through (`hasInvalidLabelValueInLabelSelector`).
enum PodDisruptionBudgetValidation {
    typealias Cause = InvalidDetails.Cause

    /// Refuses a budget the apiserver would; `address` gives a Go heap address each time it is
    /// asked, for the pointers `%#v` prints when both bounds are set.
    static func validate(
        _ budget: KubeObject, old: KubeObject? = nil, address: () -> String
    ) throws(APIError) {
        let spec = budget.value["spec"]
        var causes: [Cause] = []
        let minAvailable = spec["minAvailable"]
        let maxUnavailable = spec["maxUnavailable"]
        if !minAvailable.isNull && !maxUnavailable.isNull {
            causes.append(
                FieldError.invalid("spec", specValue(spec, address: address), "minAvailable and maxUnavailable cannot be both set"))
        }
        if !minAvailable.isNull { causes += intOrPercent(minAvailable, path: "spec.minAvailable") }
        if !maxUnavailable.isNull { causes += intOrPercent(maxUnavailable, path: "spec.maxUnavailable") }
        let allowInvalid = old.map { !LabelSelectorValidation.causes($0[path: "spec.selector"], path: "spec.selector").isEmpty } ?? false
        causes += LabelSelectorValidation.causes(spec["selector"], path: "spec.selector", allowInvalidValues: allowInvalid)
        if let policy = spec["unhealthyPodEvictionPolicy"].string, !evictionPolicies.contains(policy) {
            causes.append(FieldError.notSupported("spec.unhealthyPodEvictionPolicy", policy, evictionPolicies))
        }
        guard !causes.isEmpty else { return }
        throw .invalid(kind: "PodDisruptionBudget", group: "policy", name: budget.name, causes: causes)
    }

    /// `ValidatePositiveIntOrPercent` and `IsNotMoreThan100Percent`.
    private static func intOrPercent(_ value: JSONValue, path: String) -> [Cause] {
        if let number = value.int { return FieldError.nonNegative(path, number) }
        let text = value.string ?? ""
        let shown = "intstr.IntOrString{Type:1, IntVal:0, StrVal:\(GoSyntax.quoted(text))}"
        guard isPercent(text) else { return [FieldError.invalid(path, shown, percentRule)] }
        guard let percent = Int(text.dropLast()), percent <= 100 else {
            return [FieldError.invalid(path, shown, "must not be greater than 100%")]
        }
        return []
    }

    /// `IsValidPercent`: digits, then `%`.
    private static func isPercent(_ text: String) -> Bool {
        text.count > 1 && text.hasSuffix("%") && text.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The internal spec as `%#v` prints it: its pointers as addresses, a nil one as `(nil)`.
    private static func specValue(_ spec: JSONValue, address: () -> String) -> String {
        func pointer(_ type: String, _ value: JSONValue) -> String {
            "(*\(type))(\(value.isNull ? "nil" : address()))"
        }
        return "policy.PodDisruptionBudgetSpec{MinAvailable:\(pointer("intstr.IntOrString", spec["minAvailable"])), "
            + "Selector:\(pointer("v1.LabelSelector", spec["selector"])), "
            + "MaxUnavailable:\(pointer("intstr.IntOrString", spec["maxUnavailable"])), "
            + "UnhealthyPodEvictionPolicy:\(pointer("policy.UnhealthyPodEvictionPolicyType", spec["unhealthyPodEvictionPolicy"]))}"
    }

    static let evictionPolicies = ["AlwaysAllow", "IfHealthyBudget"]

    static let percentRule =
        "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
}
