import KubeAPI

/// A ReplicaSet's active pods counted as the Deployment controller counts them: all, ready,
/// and available (ready for at least `minReadySeconds`), with when the next becomes available.
struct ReplicaSetPodSummary {
    var active = 0
    var ready = 0
    var available = 0
    var nextAvailable: Timestamp?

    init(_ activePods: [KubeObject], minReadySeconds: Int, now: Timestamp) {
        active = activePods.count
        for pod in activePods {
            guard let ready = pod[path: "status.conditions"].array.first(where: { $0["type"].string == "Ready" }),
                ready["status"].string == "True"
            else { continue }
            self.ready += 1
            let since = ready["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:)) ?? now
            let availableAt = since.adding(seconds: Int64(minReadySeconds))
            if availableAt <= now {
                available += 1
            } else if nextAvailable == nil || availableAt < nextAvailable! {
                nextAvailable = availableAt
            }
        }
    }
}
