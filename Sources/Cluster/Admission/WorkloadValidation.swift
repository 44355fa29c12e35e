import KubeAPI
import OrderedCollections

/// The apiserver's checks on the workload controllers (`ValidateDeployment`, `ValidateReplicaSet`,
/// `ValidateDaemonSet`, `ValidateStatefulSet`, `ValidateReplicationController` and their updates),
/// in the order it makes them.
enum WorkloadValidation {
    typealias Cause = InvalidDetails.Cause

    /// Refuses a new workload that the apiserver would refuse; other kinds pass. With `specPassed`,
    /// the spec is one known to pass, and only the name is checked.
    static func validateCreate(_ object: KubeObject, as type: ResourceType, specPassed: Bool = false) throws(APIError) {
        guard let causes = specPassed ? [] : specCauses(object, as: type) else { return }
        let isLabel = type == .statefulSets
        let nameProblems = isLabel ? NameValidation.label(object.name) : NameValidation.subdomain(object.name)
        let nameCauses = nameProblems.map { FieldError.invalid("metadata.name", GoSyntax.quoted(object.name), $0) }
        try refuse(object, as: type, nameCauses + causes)
    }

    /// Refuses an update that breaks the spec rules or changes what may not change.
    static func validateUpdate(_ object: KubeObject, old: KubeObject, as type: ResourceType) throws(APIError) {
        guard var causes = specCauses(object, as: type) else { return }
        let selector = object[path: "spec.selector"]
        if type == .statefulSets {
            causes += StatefulSetRules.forbiddenChanges(object.value["spec"], old: old.value["spec"])
        } else if type != .replicationControllers, !selector.isEquivalent(to: old[path: "spec.selector"]) {
            // A ReplicationController's selector may change; the apps kinds' may not.
            causes.append(FieldError.invalid("spec.selector", GoSyntax.labelSelector(selector), "field is immutable"))
        }
        try refuse(object, as: type, causes)
    }

    private static func specCauses(_ object: KubeObject, as type: ResourceType) -> [Cause]? {
        let spec = object.value["spec"]
        switch type {
        case .deployments: return deployment(spec)
        case .replicaSets: return replicaSet(spec)
        case .daemonSets: return daemonSet(spec)
        case .statefulSets: return StatefulSetRules.spec(spec)
        case .replicationControllers: return replicationController(spec)
        case .pods: return PodTemplateValidation.podSpec(spec, path: "spec")
        default: return nil
        }
    }

    private static func refuse(_ object: KubeObject, as type: ResourceType, _ causes: [Cause]) throws(APIError) {
        guard !causes.isEmpty else { return }
        throw APIError.invalid(kind: type.kind, group: type.group, name: object.name, causes: causes)
    }

    /// `ValidateDeploymentSpec`.
    static func deployment(_ spec: JSONValue) -> [Cause] {
        var causes = FieldError.nonNegative("spec.replicas", spec["replicas"].int)
        causes += requiredSelector(spec["selector"], owner: "deployment")
        causes += replicaSetTemplate(spec)
        causes += strategy(spec["strategy"])
        causes += FieldError.nonNegative("spec.minReadySeconds", spec["minReadySeconds"].int)
        causes += FieldError.nonNegative("spec.revisionHistoryLimit", spec["revisionHistoryLimit"].int)
        if let deadline = spec["progressDeadlineSeconds"].int {
            causes += FieldError.nonNegative("spec.progressDeadlineSeconds", deadline)
            if deadline <= spec["minReadySeconds"].int ?? 0 {
                causes.append(
                    FieldError.invalid(
                        "spec.progressDeadlineSeconds", String(deadline), "must be greater than minReadySeconds"))
            }
        }
        return causes
    }

    /// `ValidateReplicaSetSpec` (its empty-selector message says "deployment", as Kubernetes' does).
    static func replicaSet(_ spec: JSONValue) -> [Cause] {
        var causes = FieldError.nonNegative("spec.replicas", spec["replicas"].int)
        causes += FieldError.nonNegative("spec.minReadySeconds", spec["minReadySeconds"].int)
        causes += requiredSelector(spec["selector"], owner: "deployment")
        causes += replicaSetTemplate(spec)
        return causes
    }

    /// `ValidateReplicationControllerSpec`: the selector is a plain label map, required non-empty.
    static func replicationController(_ spec: JSONValue) -> [Cause] {
        let template = spec["template"]
        var causes = FieldError.nonNegative("spec.minReadySeconds", spec["minReadySeconds"].int)
        if spec["selector"].object.isEmpty { causes.append(FieldError.required("spec.selector")) }
        causes += FieldError.nonNegative("spec.replicas", spec["replicas"].int)
        if template.isNull { return causes + [FieldError.required("spec.template")] }
        if !spec["selector"].object.isEmpty {
            causes += PodTemplateValidation.selectorMatchesLabels(
                ["matchLabels": spec["selector"]], template: template, path: "spec.template")
        }
        causes += PodTemplateValidation.validate(template, path: "spec.template")
        causes += PodTemplateValidation.alwaysRestarts(template, path: "spec.template")
        causes += activeDeadline(template, owner: "ReplicationController")
        return causes
    }

    /// `ValidateDaemonSetSpec`: no selector is not itself an error here, but matches no labels.
    static func daemonSet(_ spec: JSONValue) -> [Cause] {
        let template = spec["template"]
        var causes = PodTemplateValidation.selectorMatchesLabels(spec["selector"], template: template, path: "spec.template")
        causes += emptySelector(spec["selector"], owner: "daemonset")
        causes += PodTemplateValidation.validate(template, path: "spec.template")
        causes += PodTemplateValidation.alwaysRestarts(template, path: "spec.template")
        causes += activeDeadline(template, owner: "DaemonSet")
        causes += FieldError.nonNegative("spec.minReadySeconds", spec["minReadySeconds"].int)
        causes += FieldError.nonNegative("spec.revisionHistoryLimit", spec["revisionHistoryLimit"].int)
        return causes
    }

    /// `ValidatePodTemplateSpecForReplicaSet`, shared by Deployments and ReplicaSets.
    private static func replicaSetTemplate(_ spec: JSONValue) -> [Cause] {
        let template = spec["template"]
        var causes = PodTemplateValidation.selectorMatchesLabels(spec["selector"], template: template, path: "spec.template")
        causes += PodTemplateValidation.validate(template, path: "spec.template")
        causes += PodTemplateValidation.alwaysRestarts(template, path: "spec.template")
        causes += activeDeadline(template, owner: "ReplicaSet")
        return causes
    }

    static func requiredSelector(_ selector: JSONValue, owner: String) -> [Cause] {
        selector.isNull ? [FieldError.required("spec.selector")] : emptySelector(selector, owner: owner)
    }

    static func emptySelector(_ selector: JSONValue, owner: String) -> [Cause] {
        guard !selector.isNull, LabelSelector(json: selector).isEmpty else { return [] }
        return [
            FieldError.invalid(
                "spec.selector", GoSyntax.labelSelector(selector), "empty selector is invalid for \(owner)")
        ]
    }

    static func activeDeadline(_ template: JSONValue, owner: String) -> [Cause] {
        guard !template[path: "spec.activeDeadlineSeconds"].isNull else { return [] }
        return [
            FieldError.forbidden(
                "spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in \(owner) is not Supported")
        ]
    }

    /// `ValidateDeploymentStrategy` for the two known types.
    private static func strategy(_ strategy: JSONValue) -> [Cause] {
        guard strategy["type"].string == "Recreate", !strategy["rollingUpdate"].isNull else { return [] }
        return [
            FieldError.forbidden(
                "spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")
        ]
    }
}
