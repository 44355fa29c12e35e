import KubeAPI

/// `qos.GetPodQOS` for a pod whose status does not say: Guaranteed, Burstable or BestEffort.
enum PodQOS {
    static func of(_ spec: JSONValue) -> String {
        var anySet = false
        var guaranteed = true
        for container in spec["containers"].array + spec["initContainers"].array {
            let requests = compute(container["resources"]["requests"])
            let limits = compute(container["resources"]["limits"])
            if !requests.isEmpty || !limits.isEmpty { anySet = true }
            if limits.count < 2 { guaranteed = false }
            for (name, amount) in requests where limits[name] != amount { guaranteed = false }
        }
        if !anySet { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }

    /// The non-zero cpu and memory amounts of a resource list, in milli-units.
    private static func compute(_ list: JSONValue) -> [String: Int64] {
        var result: [String: Int64] = [:]
        for name in ["cpu", "memory"] {
            if let amount = list[name].quantity?.milliValue, amount != 0 { result[name] = amount }
        }
        return result
    }
}
