import KubeAPI

/// The taints Kubernetes itself puts on nodes, keyed as the node lifecycle controller keys them.
extension Cluster {
    static let unschedulableTaintKey = "node.kubernetes.io/unschedulable"
    static let notReadyTaintKey = "node.kubernetes.io/not-ready"
    static let unreachableTaintKey = "node.kubernetes.io/unreachable"

    /// The taint a cordoned node carries (`spec.unschedulable: true`).
    static let unschedulableTaint: JSONValue = ["effect": "NoSchedule", "key": .string(unschedulableTaintKey)]

    /// `node.kubernetes.io/<key>` with `effect`, added now (controllers stamp `timeAdded`).
    func controllerTaint(_ key: String, _ effect: String) -> JSONValue {
        ["effect": .string(effect), "key": .string(key), "timeAdded": .string(now.rfc3339)]
    }
}

extension JSONValue {
    /// Whether two taints are the same taint: same key and effect (`Taint.MatchTaint`).
    func matchesTaint(_ other: JSONValue) -> Bool {
        self["key"].string == other["key"].string && self["effect"].string == other["effect"].string
    }
}
