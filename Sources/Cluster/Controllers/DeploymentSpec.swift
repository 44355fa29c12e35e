import KubeAPI

/// A Deployment's spec as the controller reads it, with the apiserver's defaults filled in
/// (one replica, RollingUpdate 25%/25%, ten kept revisions, a 600 s progress deadline).
struct DeploymentSpec {
    var replicas: Int
    var recreate: Bool
    var maxSurgeText: JSONValue
    var maxUnavailableText: JSONValue
    var minReadySeconds: Int
    var revisionHistoryLimit: Int
    var progressDeadlineSeconds: Int?
    var paused: Bool

    init(_ deployment: KubeObject) {
        let spec = deployment.value["spec"]
        replicas = spec["replicas"].int ?? 1
        recreate = spec[path: "strategy.type"].string == "Recreate"
        let rolling = spec[path: "strategy.rollingUpdate"]
        maxSurgeText = rolling["maxSurge"].isNull ? "25%" : rolling["maxSurge"]
        maxUnavailableText = rolling["maxUnavailable"].isNull ? "25%" : rolling["maxUnavailable"]
        minReadySeconds = spec["minReadySeconds"].int ?? 0
        revisionHistoryLimit = spec["revisionHistoryLimit"].int ?? 10
        progressDeadlineSeconds = spec["progressDeadlineSeconds"].isNull ? 600 : spec["progressDeadlineSeconds"].int
        if progressDeadlineSeconds == Int(Int32.max) { progressDeadlineSeconds = nil }
        paused = spec["paused"].bool ?? false
    }

    /// How many pods above `replicas` a rolling update may run (0 for Recreate).
    var maxSurge: Int {
        recreate ? 0 : Self.fenceposts(surge: maxSurgeText, unavailable: maxUnavailableText, desired: replicas).surge
    }

    /// How many of `replicas` may be unavailable during a rolling update (0 for Recreate or
    /// no replicas), never more than `replicas`.
    var maxUnavailable: Int {
        guard !recreate, replicas > 0 else { return 0 }
        let value = Self.fenceposts(surge: maxSurgeText, unavailable: maxUnavailableText, desired: replicas).unavailable
        return min(value, replicas)
    }

    /// Kubernetes' `ResolveFenceposts`: surge rounds up, unavailable rounds down, and when
    /// both come out 0 one pod may be unavailable so the rollout can move at all.
    static func fenceposts(surge: JSONValue, unavailable: JSONValue, desired: Int) -> (surge: Int, unavailable: Int) {
        let s = scaled(surge, total: desired, roundUp: true)
        var u = scaled(unavailable, total: desired, roundUp: false)
        if s == 0 && u == 0 { u = 1 }
        return (s, u)
    }

    /// An int-or-percent value of `total` (`intstr.GetScaledValueFromIntOrPercent`).
    static func scaled(_ value: JSONValue, total: Int, roundUp: Bool) -> Int {
        if let number = value.int { return number }
        guard let text = value.string, text.hasSuffix("%"), let percent = Int(text.dropLast()) else { return 0 }
        let product = percent * total
        return roundUp ? (product + 99) / 100 : product / 100
    }
}
