import KubeAPI

/// The DisruptionAllowed condition of a PodDisruptionBudget, set as `meta.SetStatusCondition`
/// sets a `metav1.Condition`: its transition time moves only when its status changes.
enum DisruptionCondition {
    static func set(
        in conditions: JSONValue, status: String, reason: String, message: String, generation: JSONValue, now: Timestamp
    ) -> JSONValue {
        var list = conditions.array
        let index = list.firstIndex { $0["type"].string == type }
        let previous = index.map { list[$0] }
        var transition = JSONValue.string(now.rfc3339)
        if let previous, previous["status"].string == status, !previous["lastTransitionTime"].isNull {
            transition = previous["lastTransitionTime"]
        }
        var condition: JSONValue = ["type": .string(type), "status": .string(status)]
        if let generation = generation.int, generation != 0 { condition["observedGeneration"] = .int(generation) }
        condition["lastTransitionTime"] = transition
        condition["reason"] = .string(reason)
        condition["message"] = .string(message)
        if let index { list[index] = condition } else { list.append(condition) }
        return .array(list)
    }

    static let type = "DisruptionAllowed"
}
