import KubeAPI

/// The resource quota controller: `status.hard` as the spec says, `status.used` summed over the
/// namespace's objects for every resource the quota limits.
extension Cluster {
    func reconcileResourceQuotas() -> Bool {
        var changed = false
        for quota in list(.resourceQuotas) {
            let hard = quota[path: "spec.hard"]
            var updated = quota
            if hard.isNull {
                updated[path: "status"] = .emptyObject
            } else {
                let used = quotaUsed(Array(hard.stringMap.keys), namespace: quota.namespace)
                updated[path: "status"] = ["hard": hard, "used": used.isEmpty ? .null : .stringMap(used.mapValues(\.description))]
            }
            changed = save(.resourceQuotas, updated) || changed
        }
        return changed
    }

    /// What the namespace's objects use of each of `resources` (zero for resources nothing is charged by).
    func quotaUsed(_ resources: [String], namespace: String?) -> [String: Quantity] {
        var used: [String: Quantity] = [:]
        var charges: [ResourceType: [[String: Quantity]]] = [:]
        for resource in resources {
            guard let type = QuotaUsage.chargedType(resource) else { continue }
            if charges[type] == nil {
                charges[type] = list(type, namespace: namespace).filter { QuotaUsage.counts($0, as: type) }
                    .map { QuotaUsage.of($0, as: type) }
            }
            let amounts = (charges[type] ?? []).compactMap { $0[resource] }
            used[resource] = amounts.reduce(nil) { (sum: Quantity?, next: Quantity) in sum?.adding(next) ?? next } ?? .zero
        }
        return used
    }
}
