import KubeAPI
import OrderedCollections

/// The LimitRanger admission plugin: a new pod gets its namespace's LimitRange defaults for the
/// requests and limits it leaves out (recorded in the `kubernetes.io/limit-ranger` annotation),
/// then must fit each range's min, max and max limit/request ratio, or is refused as Forbidden.
extension Cluster {
    func admitLimitRanges(_ pod: KubeObject) throws(APIError) -> KubeObject {
        let ranges = list(.limitRanges, namespace: pod.namespace).sorted { $0.name < $1.name }
        guard !ranges.isEmpty else { return pod }
        var pod = pod
        for range in ranges { pod = LimitRanger.mergeDefaults(into: pod, from: range) }
        var problems: [String] = []
        for range in ranges { problems += LimitRanger.violations(of: pod, in: range) }
        if !problems.isEmpty {
            let text = problems.count == 1 ? problems[0] : "[\(problems.joined(separator: ", "))]"
            throw APIError(reason: "Forbidden", message: "pods \"\(pod.name)\" is forbidden: \(text)", code: 403)
        }
        pod[path: "status.qosClass"] = .string(PodDefaults.qosClass(of: pod))
        return pod
    }

    /// A new claim's storage request must fit each PersistentVolumeClaim item's min and max.
    func admitClaimLimitRanges(_ claim: KubeObject) throws(APIError) {
        let ranges = list(.limitRanges, namespace: claim.namespace).sorted { $0.name < $1.name }
        let problems = ranges.flatMap { LimitRanger.claimViolations(of: claim, in: $0) }
        guard !problems.isEmpty else { return }
        let text = problems.count == 1 ? problems[0] : "[\(problems.joined(separator: ", "))]"
        throw APIError(reason: "Forbidden", message: "persistentvolumeclaims \"\(claim.name)\" is forbidden: \(text)", code: 403)
    }
}

enum LimitRanger {
    static let annotation = "kubernetes.io/limit-ranger"

    /// `mergePodResourceRequirements`: the Container items' `defaultRequest` and `default` fill the gaps.
    static func mergeDefaults(into pod: KubeObject, from range: KubeObject) -> KubeObject {
        var requests: OrderedDictionary<String, JSONValue> = [:]
        var limits: OrderedDictionary<String, JSONValue> = [:]
        for item in range[path: "spec.limits"].array where item["type"].string == "Container" {
            for (resource, value) in item["defaultRequest"].object { requests[resource] = value }
            for (resource, value) in item["default"].object { limits[resource] = value }
        }
        var pod = pod
        var notes: [String] = []
        for (key, label) in [("containers", "container"), ("initContainers", "init container")] {
            guard !pod[path: "spec.\(key)"].isNull else { continue }
            pod[path: "spec.\(key)"] = .array(pod[path: "spec.\(key)"].array.map { container in
                var container = container
                var set: (requests: [String], limits: [String]) = ([], [])
                var resources = container["resources"]
                if resources.isNull { resources = .emptyObject }
                var ownLimits = resources["limits"].object
                for (resource, value) in limits where ownLimits[resource] == nil {
                    ownLimits[resource] = value
                    set.limits.append(resource)
                }
                var ownRequests = resources["requests"].object
                for (resource, value) in requests where ownRequests[resource] == nil {
                    ownRequests[resource] = value
                    set.requests.append(resource)
                }
                if !ownLimits.isEmpty { resources["limits"] = .object(ownLimits) }
                if !ownRequests.isEmpty { resources["requests"] = .object(ownRequests) }
                container["resources"] = resources
                let name = container["name"].string ?? ""
                if !set.requests.isEmpty {
                    notes.append("\(set.requests.sorted().joined(separator: ", ")) request for \(label) \(name)")
                }
                if !set.limits.isEmpty {
                    notes.append("\(set.limits.sorted().joined(separator: ", ")) limit for \(label) \(name)")
                }
                return container
            })
        }
        if !notes.isEmpty {
            var annotations = pod.metadata["annotations"]
            if annotations.isNull { annotations = .emptyObject }
            annotations[annotation] = .string("LimitRanger plugin set: " + notes.joined(separator: "; "))
            pod[path: "metadata.annotations"] = annotations
        }
        return pod
    }

    /// `PodValidateLimitFunc`: Container items against every container, Pod items against the sums.
    /// Go walks each list in map order; resources go in name order here.
    static func violations(of pod: KubeObject, in range: KubeObject) -> [String] {
        var problems: [String] = []
        let containers = pod[path: "spec.containers"].array + pod[path: "spec.initContainers"].array
        for item in range[path: "spec.limits"].array {
            switch item["type"].string {
            case "Container":
                for container in containers {
                    problems += check(item, type: "Container", requests: amounts(container[path: "resources.requests"]),
                                      limits: amounts(container[path: "resources.limits"]))
                }
            case "Pod":
                let regular = pod[path: "spec.containers"].array
                problems += check(item, type: "Pod", requests: sum(regular.map { amounts($0[path: "resources.requests"]) }),
                                  limits: sum(regular.map { amounts($0[path: "resources.limits"]) }))
            default: break
            }
        }
        return problems
    }

    /// `PersistentVolumeClaimValidateLimitFunc`: min as for containers (no limits), max against the request.
    static func claimViolations(of claim: KubeObject, in range: KubeObject) -> [String] {
        let requests = amounts(claim[path: "spec.resources.requests"])
        var problems: [String] = []
        for item in range[path: "spec.limits"].array where item["type"].string == "PersistentVolumeClaim" {
            var minOnly = item
            minOnly["max"] = .null
            minOnly["maxLimitRequestRatio"] = .null
            problems += check(minOnly, type: "PersistentVolumeClaim", requests: requests, limits: [:])
            for (resource, bound) in sorted(item["max"]) {
                let enforced = bound.description
                guard let request = requests[resource] else {
                    problems.append("maximum \(resource) usage per PersistentVolumeClaim is \(enforced).  No request is specified")
                    continue
                }
                let (req, _, max) = comparable(request, nil, bound)
                if req > max {
                    problems.append("maximum \(resource) usage per PersistentVolumeClaim is \(enforced), but request is \(request)")
                }
            }
        }
        return problems
    }

    private static func check(
        _ item: JSONValue, type: String, requests: [String: Quantity], limits: [String: Quantity]
    ) -> [String] {
        var problems: [String] = []
        for (resource, bound) in sorted(item["min"]) {
            let enforced = bound.description
            guard let request = requests[resource] else {
                problems.append("minimum \(resource) usage per \(type) is \(enforced).  No request is specified")
                continue
            }
            let (req, lim, min) = comparable(request, limits[resource], bound)
            if req < min {
                problems.append("minimum \(resource) usage per \(type) is \(enforced), but request is \(request)")
            } else if let limit = limits[resource], lim < min {
                problems.append("minimum \(resource) usage per \(type) is \(enforced), but limit is \(limit)")
            }
        }
        for (resource, bound) in sorted(item["max"]) {
            let enforced = bound.description
            guard let limit = limits[resource] else {
                problems.append("maximum \(resource) usage per \(type) is \(enforced).  No limit is specified")
                continue
            }
            let (req, lim, max) = comparable(requests[resource], limit, bound)
            if lim > max {
                problems.append("maximum \(resource) usage per \(type) is \(enforced), but limit is \(limit)")
            } else if let request = requests[resource], req > max {
                problems.append("maximum \(resource) usage per \(type) is \(enforced), but request is \(request)")
            }
        }
        for (resource, bound) in sorted(item["maxLimitRequestRatio"]) {
            let enforced = bound.description
            let (req, lim, _) = comparable(requests[resource], limits[resource], bound)
            if requests[resource] == nil || req == 0 {
                problems.append(
                    "\(resource) max limit to request ratio per \(type) is \(enforced), but no request is specified or request is 0")
                continue
            }
            if limits[resource] == nil || lim == 0 {
                problems.append(
                    "\(resource) max limit to request ratio per \(type) is \(enforced), but no limit is specified or limit is 0")
                continue
            }
            let ratio = Double(lim) / Double(req)
            let allowed = bound.value <= maxMilliValue ? Double(bound.milliValue) / 1000 : Double(bound.value)
            if ratio > allowed {
                problems.append(
                    "\(resource) max limit to request ratio per \(type) is \(enforced), but provided ratio is \(goFixed(ratio))")
            }
        }
        return problems
    }

    /// `requestLimitEnforcedValues`: milli units when none overflows, whole units otherwise.
    private static func comparable(_ request: Quantity?, _ limit: Quantity?, _ enforced: Quantity) -> (Int64, Int64, Int64) {
        let values = [request ?? .zero, limit ?? .zero, enforced]
        if values.allSatisfy({ $0.value <= maxMilliValue }) {
            return (values[0].milliValue, values[1].milliValue, values[2].milliValue)
        }
        return (values[0].value, values[1].value, values[2].value)
    }

    private static let maxMilliValue = Int64.max / 1000

    private static func sorted(_ list: JSONValue) -> [(String, Quantity)] {
        list.object.compactMap { key, value in value.string.flatMap(Quantity.init).map { (key, $0) } }.sorted { $0.0 < $1.0 }
    }

    private static func amounts(_ list: JSONValue) -> [String: Quantity] {
        var result: [String: Quantity] = [:]
        for (key, value) in list.object { if let text = value.string, let quantity = Quantity(text) { result[key] = quantity } }
        return result
    }

    /// The pod's total of each resource every container sets (a resource some container leaves out has no total).
    private static func sum(_ lists: [[String: Quantity]]) -> [String: Quantity] {
        guard let first = lists.first else { return [:] }
        var result: [String: Quantity] = [:]
        for key in first.keys {
            let values = lists.compactMap { $0[key] }
            guard values.count == lists.count else { continue }
            if key == "cpu" {
                result[key] = Quantity(mantissa: values.reduce(0) { $0 + $1.milliValue }, scale: -3, format: .decimalSI)
            } else {
                result[key] = Quantity(mantissa: values.reduce(0) { $0 + $1.value }, scale: 0, format: .decimalSI)
            }
        }
        return result
    }

    /// Go's `%f`: six decimals, rounded.
    static func goFixed(_ value: Double) -> String {
        let micros = Int64((value * 1_000_000).rounded())
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
