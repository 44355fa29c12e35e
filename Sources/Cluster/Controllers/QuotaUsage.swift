import KubeAPI

/// What one object charges against a ResourceQuota (the quota evaluators' `Usage`): object counts
/// under their legacy names and `count/<resource>`, a pod's compute requests and limits, a claim's storage.
enum QuotaUsage {
    static func of(_ object: KubeObject, as type: ResourceType) -> [String: Quantity] {
        var usage: [String: Quantity] = ["count/\(type.qualifiedPlural)": one]
        if legacyCounted.contains(type) { usage[type.plural] = one }
        if type == .pods { usage.merge(compute(of: object)) { $1 } }
        if type == .services {
            let serviceType = object[path: "spec.type"].string ?? "ClusterIP"
            let nodePorts = object[path: "spec.ports"].array.filter { !$0["nodePort"].isNull }.count
            if serviceType == "NodePort" || serviceType == "LoadBalancer" {
                usage["services.nodeports"] = Quantity(mantissa: Int64(nodePorts), scale: 0, format: .decimalSI)
            }
            if serviceType == "LoadBalancer" { usage["services.loadbalancers"] = one }
        }
        if type == .persistentVolumeClaims, let storage = object[path: "spec.resources.requests.storage"].string.flatMap(Quantity.init) {
            usage["requests.storage"] = storage
            if let className = object[path: "spec.storageClassName"].string {
                usage["\(className).storageclass.storage.k8s.io/requests.storage"] = storage
                usage["\(className).storageclass.storage.k8s.io/persistentvolumeclaims"] = one
            }
        }
        return usage
    }

    /// Whether a pod still counts: not finished and not being deleted.
    static func counts(_ object: KubeObject, as type: ResourceType) -> Bool {
        type != .pods || (!object.isFinished && object.deletionTimestamp == nil)
    }

    /// A pod's requests and limits: the containers' sums, or the largest init container when that is more.
    static func compute(of pod: KubeObject) -> [String: Quantity] {
        var usage: [String: Quantity] = [:]
        for (list, prefix) in [("requests", "requests."), ("limits", "limits.")] {
            for resource in ["cpu", "memory", "ephemeral-storage"] {
                let total = pod[path: "spec.containers"].array.compactMap { amount($0, list, resource) }
                    .reduce(nil) { (sum: Quantity?, next: Quantity) in sum?.adding(next) ?? next }
                let initMax = pod[path: "spec.initContainers"].array.compactMap { amount($0, list, resource) }
                    .max { $0.milliValue < $1.milliValue }
                var value = total
                if let initMax, initMax.milliValue > (total?.milliValue ?? 0) { value = initMax }
                guard let value else { continue }
                usage[prefix + resource] = value
                if list == "requests" { usage[resource] = value }
            }
        }
        return usage
    }

    private static func amount(_ container: JSONValue, _ list: String, _ resource: String) -> Quantity? {
        container["resources"][list][resource].string.flatMap(Quantity.init)
    }

    static let one = Quantity(mantissa: 1, scale: 0, format: .decimalSI)

    static let legacyCounted: Set<ResourceType> = [
        .pods, .services, .configMaps, .secrets, .persistentVolumeClaims, .replicationControllers, .resourceQuotas,
    ]

    /// The type whose objects a quota resource name is charged by, if any.
    static func chargedType(_ resource: String) -> ResourceType? {
        if let type = legacyCounted.first(where: { $0.plural == resource }) { return type }
        if resource.hasPrefix("count/") {
            let name = resource.dropFirst("count/".count)
            return ResourceType.served.first { $0.qualifiedPlural == name }
        }
        if ["cpu", "memory", "ephemeral-storage"].contains(resource) || resource.hasPrefix("requests.") && resource != "requests.storage"
            || resource.hasPrefix("limits.")
        {
            return .pods
        }
        if resource.hasPrefix("services.") { return .services }
        if resource == "requests.storage" || resource.contains(".storageclass.storage.k8s.io/") { return .persistentVolumeClaims }
        return nil
    }
}
