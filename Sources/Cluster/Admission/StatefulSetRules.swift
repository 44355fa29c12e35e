import KubeAPI

/// `ValidateStatefulSetSpec` and the update rule that only some spec fields may change.
enum StatefulSetRules {
    typealias Cause = InvalidDetails.Cause

    /// The spec checks; its template is checked only against the selector, as Kubernetes does.
    static func spec(_ spec: JSONValue) -> [Cause] {
        let template = spec["template"]
        var causes = FieldError.nonNegative("spec.replicas", spec["replicas"].int)
        causes += FieldError.nonNegative("spec.minReadySeconds", spec["minReadySeconds"].int)
        causes += WorkloadValidation.requiredSelector(spec["selector"], owner: "statefulset")
        causes += PodTemplateValidation.selectorMatchesLabels(spec["selector"], template: template, path: "spec.template")
        causes += PodTemplateValidation.alwaysRestarts(template, path: "spec.template")
        if !template[path: "spec.activeDeadlineSeconds"].isNull {
            causes.append(
                FieldError.forbidden(
                    "spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in StatefulSet is not Supported"))
        }
        return causes
    }

    /// A change to a field outside the updatable ones (selector, service name, pod management).
    static func forbiddenChanges(_ spec: JSONValue, old: JSONValue) -> [Cause] {
        func policy(_ s: JSONValue) -> String { s["podManagementPolicy"].string ?? "OrderedReady" }
        let same =
            spec["selector"].isEquivalent(to: old["selector"])
            && (spec["serviceName"].string ?? "") == (old["serviceName"].string ?? "") && policy(spec) == policy(old)
        guard !same else { return [] }
        return [FieldError.forbidden("spec", forbiddenMessage)]
    }

    static let forbiddenMessage =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
}
