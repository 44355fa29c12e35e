import KubeAPI

/// The resource quota controller's status: `hard` as the spec says and, for the object-count
/// resources, how many objects the namespace holds. Compute usage (cpu, memory) is not tracked yet.
extension Cluster {
    func reconcileResourceQuotas() -> Bool {
        var changed = false
        for quota in list(.resourceQuotas) {
            let hard = quota[path: "spec.hard"]
            var used: [String: String] = [:]
            for resource in hard.stringMap.keys {
                guard let type = Self.countedType(resource) else { continue }
                var objects = list(type, namespace: quota.namespace)
                if type == .pods { objects = objects.filter { !$0.isFinished && $0.deletionTimestamp == nil } }
                used[resource] = String(objects.count)
            }
            var updated = quota
            updated[path: "status"] = ["hard": hard, "used": used.isEmpty ? .null : .stringMap(used)]
            if updated[path: "status.hard"].isNull { updated[path: "status"] = .emptyObject }
            changed = save(.resourceQuotas, updated) || changed
        }
        return changed
    }

    /// The type a count resource (`pods`, `count/deployments.apps`) counts.
    static func countedType(_ resource: String) -> ResourceType? {
        let named: [String: ResourceType] = [
            "pods": .pods, "services": .services, "configmaps": .configMaps, "secrets": .secrets,
            "persistentvolumeclaims": .persistentVolumeClaims, "replicationcontrollers": .replicationControllers,
            "resourcequotas": .resourceQuotas,
        ]
        if let type = named[resource] { return type }
        guard resource.hasPrefix("count/") else { return nil }
        let name = resource.dropFirst("count/".count)
        return ResourceType.served.first { $0.qualifiedPlural == name }
    }
}
