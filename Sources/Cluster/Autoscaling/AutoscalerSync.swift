import KubeAPI
import OrderedCollections

/// An autoscaler being synced: its object, whose conditions and status the sync rewrites.
struct AutoscalerSync {
    var hpa: KubeObject

    /// `setCondition`: updates the condition of `type` in place (or appends it), moving its
    /// transition time only when its status changes.
    mutating func setCondition(_ type: String, _ status: Bool, _ reason: String, _ message: String, now: Timestamp) {
        var conditions = hpa[path: "status.conditions"].array
        let value = status ? "True" : "False"
        var condition: JSONValue = ["type": .string(type)]
        var index = conditions.endIndex
        if let existing = conditions.firstIndex(where: { $0["type"].string == type }) {
            condition = conditions[existing]
            index = existing
        } else {
            conditions.append(condition)
        }
        if condition["status"].string != value { condition["lastTransitionTime"] = .string(now.rfc3339) }
        condition["status"] = .string(value)
        condition["reason"] = .string(reason)
        condition["message"] = .string(message)
        conditions[index] = condition
        hpa[path: "status.conditions"] = .array(conditions)
    }

    /// `setStatus`: the replica counts and metrics (v2 leaves a zero current count out and
    /// always writes `currentMetrics`, null when there are none).
    mutating func setStatus(current: Int, desired: Int, metrics: JSONValue) {
        let old = hpa.value["status"]
        var status = OrderedDictionary<String, JSONValue>()
        for key in ["conditions", "lastScaleTime"] where !old[key].isNull { status[key] = old[key] }
        if current != 0 { status["currentReplicas"] = .int(current) }
        status["desiredReplicas"] = .int(desired)
        status["currentMetrics"] = metrics.array.isEmpty ? .null : metrics
        hpa.value["status"] = .object(status)
    }
}
