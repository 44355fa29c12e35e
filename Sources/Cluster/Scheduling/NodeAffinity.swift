import KubeAPI

/// A pod's node selector and node affinity as the NodeAffinity plugin reads them
/// (`nodeaffinity.GetRequiredNodeAffinity` and the preferred terms' weights).
enum NodeAffinity {
    /// Whether `node` satisfies the pod's `nodeSelector` and every required node affinity rule.
    static func requiredMatches(_ pod: SchedulingPod, _ node: SchedulingNode) -> Bool {
        guard pod.nodeSelector.allSatisfy({ node.labels[$0.key] == $0.value }) else { return false }
        guard let terms = pod.requiredNodeTerms else { return true }
        return terms.contains { termMatches($0, node) }
    }

    /// The sum of the weights of the preferred terms `node` matches.
    static func preferredWeight(_ pod: SchedulingPod, _ node: SchedulingNode) -> Int {
        pod.preferredNodeTerms.reduce(0) { sum, term in
            termMatches(term["preference"], node) ? sum + (term["weight"].int ?? 0) : sum
        }
    }

    /// A term matches when all its expressions and fields do; an empty term matches no node.
    static func termMatches(_ term: JSONValue, _ node: SchedulingNode) -> Bool {
        let expressions = term["matchExpressions"].array
        let fields = term["matchFields"].array
        guard !expressions.isEmpty || !fields.isEmpty else { return false }
        return expressions.allSatisfy { requirementHolds($0, value: node.labels[$0["key"].string ?? ""]) }
            && fields.allSatisfy { $0["key"].string == "metadata.name" && requirementHolds($0, value: node.name) }
    }

    private static func requirementHolds(_ requirement: JSONValue, value: String?) -> Bool {
        let values = requirement["values"].array.compactMap(\.string)
        switch requirement["operator"].string ?? "" {
        case "In": return value.map(values.contains) ?? false
        case "NotIn": return value.map { !values.contains($0) } ?? true
        case "Exists": return value != nil
        case "DoesNotExist": return value == nil
        case "Gt", "Lt":
            guard let value, let actual = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
            return requirement["operator"].string == "Gt" ? actual > bound : actual < bound
        default: return false
        }
    }
}
