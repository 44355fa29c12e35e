import KubeAPI

extension KubeObject {
    /// The pod with a `DisruptionTarget` condition (replacing any earlier one), as the controllers
    /// that are about to delete a pod write it.
    func withDisruptionTarget(reason: String, message: String, at now: Timestamp) -> KubeObject {
        var marked = self
        var conditions = self[path: "status.conditions"].array.filter { $0["type"].string != "DisruptionTarget" }
        conditions.append([
            "lastProbeTime": nil, "lastTransitionTime": .string(now.rfc3339),
            "message": .string(message), "reason": .string(reason),
            "status": "True", "type": "DisruptionTarget",
        ])
        marked[path: "status.conditions"] = .array(conditions)
        return marked
    }
}
