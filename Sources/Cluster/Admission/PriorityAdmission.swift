import KubeAPI

/// The Priority admission plugin on a new pod: its `priorityClassName` (or, without one, the
/// global default class) gives `spec.priority` and `spec.preemptionPolicy`; a class that does not
/// exist, or a priority or policy the pod sets itself that differs, is refused as Forbidden.
extension Cluster {
    func admitPriority(_ pod: consuming KubeObject, requestedName: String) throws(APIError) -> KubeObject {
        func refuse(_ text: String) -> APIError {
            APIError(reason: "Forbidden", message: "pods \"\(requestedName)\" is forbidden: \(text)", code: 403)
        }
        var priority = PriorityAdmission.defaultPriority
        var policy: String? = PriorityAdmission.defaultPolicy
        var defaultClass: String?
        let spec = pod.value["spec"]
        if let className = spec["priorityClassName"].string, !className.isEmpty {
            guard let priorityClass = lookup(.priorityClasses, nil, className) else {
                throw refuse("no PriorityClass with name \(className) was found")
            }
            priority = priorityClass[path: "value"].int ?? 0
            policy = priorityClass[path: "preemptionPolicy"].string
        } else if let fallback = globalDefaultPriorityClass() {
            defaultClass = fallback.name
            priority = fallback[path: "value"].int ?? 0
            policy = fallback[path: "preemptionPolicy"].string
        }
        if let own = spec["priority"].int, own != priority {
            throw refuse(
                "the integer value of priority (\(own)) must not be provided in pod spec; "
                    + "priority admission controller computed \(priority) from the given PriorityClass name")
        }
        if let policy, let own = spec["preemptionPolicy"].string, own != policy {
            throw refuse(
                "the string value of PreemptionPolicy (\(own)) must not be provided in pod spec; "
                    + "priority admission controller computed \(policy) from the given PriorityClass name")
        }
        // One edit of the spec, in place (the read above is let go first).
        _ = consume spec
        pod.value.modify("spec") { spec in
            if let defaultClass { spec["priorityClassName"] = .string(defaultClass) }
            spec["priority"] = .int(priority)
            if let policy { spec["preemptionPolicy"] = .string(policy) }
        }
        return pod
    }

    /// The class pods without one get: of several marked default, the one of lowest value.
    func globalDefaultPriorityClass() -> KubeObject? {
        list(.priorityClasses).filter { $0[path: "globalDefault"].bool == true }
            .min { ($0[path: "value"].int ?? 0) < ($1[path: "value"].int ?? 0) }
    }
}

enum PriorityAdmission {
    /// A pod's priority when it names no class and no class is the global default.
    static let defaultPriority = 0
    static let defaultPolicy = "PreemptLowerPriority"
}
