import KubeAPI

/// How the HPA controller turns a metric proposal into the replica count it sets: the
/// stabilization window over recent recommendations, then the bounds and scaling rate, each
/// reported as the AbleToScale and ScalingLimited conditions say it.
enum ReplicaNormalizer {
    /// The count to set and the conditions that explain it.
    struct Outcome: Equatable {
        var replicas: Int
        var ableToScale: (reason: String, message: String)
        var limited: (status: Bool, reason: String, message: String)

        static func == (a: Outcome, b: Outcome) -> Bool {
            a.replicas == b.replicas && a.ableToScale == b.ableToScale && a.limited == b.limited
        }
    }

    /// Without a behavior (`normalizeDesiredReplicas`): the highest recommendation of the last
    /// five minutes, and never more than twice the current count (at least 4).
    static func normalize(
        _ history: inout AutoscalerHistory, current: Int, proposed: Int, min minReplicas: Int, max maxReplicas: Int,
        now: Timestamp
    ) -> Outcome {
        let cutoff = now.adding(seconds: -Int64(AutoscalerBehavior.downscaleStabilizationSeconds))
        let stabilized = history.recommendations.filter { !($0.time < cutoff) }.map(\.replicas).reduce(
            proposed, Swift.max)
        history.record(proposed, at: now, replacingOlderThan: cutoff)
        let able = stabilized != proposed ? stabilizedDown : ready
        let upLimit = Swift.max(2 * current, 4)
        var limitReason = ("TooManyReplicas", "the desired replica count is more than the maximum replica count")
        var allowedMax = maxReplicas
        if maxReplicas > upLimit {
            allowedMax = upLimit
            limitReason = ("ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
        }
        if stabilized < minReplicas {
            return Outcome(replicas: minReplicas, ableToScale: able, limited: (true, "TooFewReplicas", tooFew))
        }
        if stabilized > allowedMax {
            return Outcome(replicas: allowedMax, ableToScale: able, limited: (true, limitReason.0, limitReason.1))
        }
        return Outcome(replicas: stabilized, ableToScale: able, limited: (false, "DesiredWithinRange", withinRange))
    }

    /// With a behavior (`normalizeDesiredReplicasWithBehaviors`): each direction's window and its
    /// policies, which count the replicas already added or removed within their periods.
    static func normalize(
        _ history: inout AutoscalerHistory, behavior: AutoscalerBehavior, current: Int, proposed: Int,
        min minReplicas: Int, max maxReplicas: Int, now: Timestamp
    ) -> Outcome {
        let up = proposed >= current
        let window = up ? behavior.scaleUp.stabilizationWindowSeconds : behavior.scaleDown.stabilizationWindowSeconds
        let cutoff = now.adding(seconds: -Int64(window))
        let longest = Swift.max(
            behavior.scaleUp.stabilizationWindowSeconds, behavior.scaleDown.stabilizationWindowSeconds)
        var stabilized = proposed
        for recommendation in history.recommendations where recommendation.time > cutoff {
            stabilized =
                up ? Swift.min(stabilized, recommendation.replicas) : Swift.max(stabilized, recommendation.replicas)
        }
        history.record(proposed, at: now, replacingOlderThan: now.adding(seconds: -Int64(longest)))
        var able = ready
        if stabilized != proposed {
            able =
                up
                ? (
                    "ScaleUpStabilized",
                    "recent recommendations were lower than current one, applying the lowest recent recommendation"
                )
                : stabilizedDown
        }
        let (replicas, reason, message) = rateLimited(
            history, behavior: behavior, current: current, desired: stabilized, min: minReplicas, max: maxReplicas,
            now: now)
        return Outcome(replicas: replicas, ableToScale: able, limited: (replicas != stabilized, reason, message))
    }

    /// `convertDesiredReplicasWithBehaviorRate`: the bounds and what the policies still allow.
    private static func rateLimited(
        _ history: AutoscalerHistory, behavior: AutoscalerBehavior, current: Int, desired: Int, min minReplicas: Int,
        max maxReplicas: Int, now: Timestamp
    ) -> (Int, String, String) {
        if desired > current {
            let limit = Swift.max(scaleUpLimit(current, history.scaleUpEvents, behavior.scaleUp, now), current)
            var allowed = maxReplicas
            var reason = ("TooManyReplicas", "the desired replica count is more than the maximum replica count")
            if allowed > limit {
                allowed = limit
                reason = ("ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
            }
            if desired > allowed { return (allowed, reason.0, reason.1) }
        } else if desired < current {
            let limit = Swift.min(scaleDownLimit(current, history.scaleDownEvents, behavior.scaleDown, now), current)
            var allowed = minReplicas
            var reason = ("TooFewReplicas", tooFew)
            if allowed < limit {
                allowed = limit
                reason = (
                    "ScaleDownLimit", "the desired replica count is decreasing faster than the maximum scale rate"
                )
            }
            if desired < allowed { return (allowed, reason.0, reason.1) }
        }
        return (desired, "DesiredWithinRange", withinRange)
    }

    /// The most replicas the scale-up policies allow now.
    static func scaleUpLimit(
        _ current: Int, _ events: [AutoscalerHistory.ScaleEvent], _ rules: AutoscalerBehavior.Rules, _ now: Timestamp
    ) -> Int {
        if rules.selectPolicy == "Disabled" { return current }
        var result = 0
        for policy in rules.policies {
            let start = current - AutoscalerHistory.change(in: events, periodSeconds: policy.periodSeconds, now: now)
            let proposed =
                policy.type == "Pods"
                ? start + policy.value : Int((Double(start) * (1 + Double(policy.value) / 100)).rounded(.up))
            result = rules.selectPolicy == "Min" ? Swift.min(result, proposed) : Swift.max(result, proposed)
        }
        return result
    }

    /// The fewest replicas the scale-down policies allow now.
    static func scaleDownLimit(
        _ current: Int, _ events: [AutoscalerHistory.ScaleEvent], _ rules: AutoscalerBehavior.Rules, _ now: Timestamp
    ) -> Int {
        if rules.selectPolicy == "Disabled" { return current }
        var result = Int(Int32.max)
        for policy in rules.policies {
            let start = current + AutoscalerHistory.change(in: events, periodSeconds: policy.periodSeconds, now: now)
            let proposed =
                policy.type == "Pods" ? start - policy.value : Int(Double(start) * (1 - Double(policy.value) / 100))
            result = rules.selectPolicy == "Min" ? Swift.max(result, proposed) : Swift.min(result, proposed)
        }
        return result
    }

    static let ready = ("ReadyForNewScale", "recommended size matches current size")
    static let stabilizedDown = (
        "ScaleDownStabilized",
        "recent recommendations were higher than current one, applying the highest recent recommendation"
    )
    static let tooFew = "the desired replica count is less than the minimum replica count"
    static let withinRange = "the desired count is within the acceptable range"
}
