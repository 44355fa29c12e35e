import KubeAPI

/// The apiserver's checks on PriorityClasses: `ValidatePriorityClass` and its update, the
/// Priority plugin's one-global-default rule, and the registry's refusal to delete the two
/// classes it creates itself. Defaulting gives a class `PreemptLowerPriority` and generation 1.
enum PriorityClassValidation {
    typealias Cause = InvalidDetails.Cause

    /// Above this only the system classes may go.
    static let highestUserDefinable = 1_000_000_000
    /// The classes every apiserver creates at start, with their values.
    static let systemClasses = ["system-node-critical": 2_000_001_000, "system-cluster-critical": 2_000_000_000]

    static func defaults(_ priorityClass: KubeObject) -> KubeObject {
        var priorityClass = priorityClass
        if priorityClass[path: "preemptionPolicy"].isNull { priorityClass[path: "preemptionPolicy"] = "PreemptLowerPriority" }
        priorityClass[path: "metadata.generation"] = 1
        return priorityClass
    }

    static func validateCreate(_ priorityClass: KubeObject, others: [KubeObject]) throws(APIError) {
        try refuse(priorityClass, causes(priorityClass))
        try checkDefault(priorityClass, others: others)
    }

    static func validateUpdate(_ priorityClass: KubeObject, old: KubeObject, others: [KubeObject]) throws(APIError) {
        var causes = causes(priorityClass)
        if priorityClass[path: "value"].int != old[path: "value"].int {
            causes.append(FieldError.forbidden("value", "may not be changed in an update."))
        }
        let policy = priorityClass[path: "preemptionPolicy"].string ?? ""
        if policy != old[path: "preemptionPolicy"].string ?? "" {
            causes.append(FieldError.invalid("preemptionPolicy", GoSyntax.quoted(policy), "field is immutable"))
        }
        try refuse(priorityClass, causes)
        try checkDefault(priorityClass, others: others.filter { $0.name != priorityClass.name })
    }

    static func validateDeletion(_ name: String) throws(APIError) {
        guard systemClasses[name] != nil else { return }
        throw APIError(
            reason: "Forbidden",
            message: "\(ResourceType.priorityClasses.qualifiedPlural) \"\(name)\" is forbidden: this is a system priority class",
            code: 403)
    }

    private static func causes(_ priorityClass: KubeObject) -> [Cause] {
        let name = priorityClass.name, value = priorityClass[path: "value"].int ?? 0
        var causes: [Cause] = []
        if name.hasPrefix("system-") {
            var problem: String?
            if let systemValue = systemClasses[name] {
                if systemValue != value {
                    problem = "value of \(name) PriorityClass must be \(systemValue)"
                } else if priorityClass[path: "globalDefault"].bool == true {
                    problem = "globalDefault of \(name) PriorityClass must be false"
                }
            } else {
                problem = "\(name) is not a known system priority class"
            }
            if let problem {
                causes.append(FieldError.forbidden(
                    "metadata.name",
                    "priority class names with 'system-' prefix are reserved for system use only. error: \(problem)"))
            }
        } else if value > highestUserDefinable {
            causes.append(FieldError.forbidden("value", "maximum allowed value of a user defined priority is \(highestUserDefinable)"))
        }
        if let policy = priorityClass[path: "preemptionPolicy"].string, !["PreemptLowerPriority", "Never"].contains(policy) {
            causes.append(FieldError.notSupported("preemptionPolicy", policy, ["PreemptLowerPriority", "Never"]))
        }
        return causes
    }

    /// Only one class may be the global default.
    private static func checkDefault(_ priorityClass: KubeObject, others: [KubeObject]) throws(APIError) {
        guard priorityClass[path: "globalDefault"].bool == true,
            let current = others.filter({ $0[path: "globalDefault"].bool == true })
                .min(by: { ($0[path: "value"].int ?? 0) < ($1[path: "value"].int ?? 0) })
        else { return }
        throw APIError(
            reason: "Forbidden",
            message: "\(ResourceType.priorityClasses.qualifiedPlural) \"\(priorityClass.name)\" is forbidden: "
                + "PriorityClass \(current.name) is already marked as default. Only one default can exist",
            code: 403)
    }

    private static func refuse(_ priorityClass: KubeObject, _ causes: [Cause]) throws(APIError) {
        guard !causes.isEmpty else { return }
        throw APIError.invalid(kind: "PriorityClass", group: "scheduling.k8s.io", name: priorityClass.name, causes: causes)
    }
}
