import KubeAPI

/// The ResourceQuota admission plugin: a new object must fit every quota of its namespace, and a
/// pod must state the cpu and memory requests or limits a quota limits. Refusals are Forbidden,
/// worded as the quota evaluator words them.
extension Cluster {
    func admitQuotas(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        let quotas = list(.resourceQuotas, namespace: object.namespace).sorted { $0.name < $1.name }
        guard !quotas.isEmpty else { return }
        let requested = QuotaUsage.of(object, as: type)
        for quota in quotas {
            var hard: [String: Quantity] = [:]
            for (resource, text) in quota[path: "spec.hard"].stringMap { hard[resource] = Quantity(text) }
            let limited = requested.keys.filter { hard[$0] != nil }
            if type == .pods {
                let required = Set(hard.keys).intersection(QuotaAdmission.computeResources)
                if let missing = QuotaAdmission.missing(required, in: object) {
                    throw forbidden(object, type, "failed quota: \(quota.name): must specify \(missing)")
                }
            }
            guard !limited.isEmpty else { continue }
            let used = quotaUsed(limited, namespace: object.namespace)
            let exceeded = limited.filter { resource in
                guard let limit = hard[resource], let request = requested[resource] else { return false }
                return (used[resource] ?? .zero).adding(request).milliValue > limit.milliValue
            }.sorted()
            guard !exceeded.isEmpty else { continue }
            func list(_ amounts: [String: Quantity]) -> String {
                exceeded.map { "\($0)=\(amounts[$0] ?? .zero)" }.joined(separator: ",")
            }
            throw forbidden(
                object, type,
                "exceeded quota: \(quota.name), requested: \(list(requested)), used: \(list(used)), limited: \(list(hard))")
        }
    }

    private func forbidden(_ object: KubeObject, _ type: ResourceType, _ text: String) -> APIError {
        APIError(reason: "Forbidden", message: "\(type.qualifiedPlural) \"\(object.name)\" is forbidden: \(text)", code: 403)
    }
}

enum QuotaAdmission {
    /// The resources a pod's every container must state when a quota limits them (`validationSet`).
    static let computeResources: Set<String> = ["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]

    /// `must specify` text for the containers that leave out a required resource: `limits.cpu for: a,b; ...`.
    static func missing(_ required: Set<String>, in pod: KubeObject) -> String? {
        guard !required.isEmpty else { return nil }
        var missing: [String: Set<String>] = [:]
        let containers = pod[path: "spec.containers"].array + pod[path: "spec.initContainers"].array
        for container in containers {
            var stated: Set<String> = []
            for resource in ["cpu", "memory"] {
                if !container["resources"]["requests"][resource].isNull { stated.formUnion([resource, "requests.\(resource)"]) }
                if !container["resources"]["limits"][resource].isNull { stated.insert("limits.\(resource)") }
            }
            for resource in required.subtracting(stated) { missing[resource, default: []].insert(container["name"].string ?? "") }
        }
        guard !missing.isEmpty else { return nil }
        return missing.keys.sorted().map { "\($0) for: \(missing[$0, default: []].sorted().joined(separator: ","))" }
            .joined(separator: "; ")
    }
}
