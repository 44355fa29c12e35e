import KubeAPI

/// Whether tolerations let a pod stay on or be placed on a node with given taints
/// (`v1.Toleration.ToleratesTaint` and `FindMatchingUntoleratedTaint`).
enum Tolerations {
    /// Whether one toleration tolerates one taint: same effect (or any), same key (or any), and
    /// `Exists`, or `Equal` with the same value.
    static func tolerates(_ toleration: JSONValue, _ taint: JSONValue) -> Bool {
        if let effect = toleration["effect"].string, !effect.isEmpty, effect != taint["effect"].string { return false }
        if let key = toleration["key"].string, !key.isEmpty, key != taint["key"].string { return false }
        switch toleration["operator"].string ?? "" {
        case "Exists": return true
        case "", "Equal": return (toleration["value"].string ?? "") == (taint["value"].string ?? "")
        default: return false
        }
    }

    /// The first of `taints` with one of `effects` that no toleration tolerates.
    static func firstUntolerated(_ taints: [JSONValue], _ tolerations: [JSONValue], effects: Set<String>) -> JSONValue? {
        taints.first { taint in
            effects.contains(taint["effect"].string ?? "") && !tolerations.contains { tolerates($0, taint) }
        }
    }

    /// `key=value:Effect`, `key:Effect`, as taints and their removal are written (`Taint.ToString`).
    static func describe(_ taint: JSONValue) -> String {
        let key = taint["key"].string ?? ""
        let value = taint["value"].string ?? ""
        let effect = taint["effect"].string ?? ""
        if value.isEmpty { return effect.isEmpty ? key : "\(key):\(effect)" }
        return "\(key)=\(value):\(effect)"
    }
}

extension KubeObject {
    /// A node's taints, with the `node.kubernetes.io/not-ready` taint a node that is not Ready carries.
    var schedulingTaints: [JSONValue] {
        var taints = self[path: "spec.taints"].array
        let nodeTaintKeys = [Cluster.notReadyTaintKey, Cluster.unreachableTaintKey]
        if !isReady, !taints.contains(where: { nodeTaintKeys.contains($0["key"].string ?? "") }) {
            taints.append(["effect": "NoSchedule", "key": .string(Cluster.notReadyTaintKey)])
        }
        return taints
    }
}
