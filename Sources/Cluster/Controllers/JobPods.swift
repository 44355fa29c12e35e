import KubeAPI

/// How the Job controller reads its pods: which are active, failed, terminating, when each
/// finished, and the exponential back-off their failures impose on new pods.
enum JobPods {
    static let trackingFinalizer = "batch.kubernetes.io/job-tracking"
    static let completionIndexKey = "batch.kubernetes.io/job-completion-index"

    static func hasTrackingFinalizer(_ pod: KubeObject) -> Bool {
        pod.value.member("metadata", "finalizers").array.contains { $0.string == trackingFinalizer }
    }

    /// Not finished and not being deleted (`FilterActivePods`).
    static func isActive(_ pod: KubeObject) -> Bool { !pod.isFinished && pod.deletionTimestamp == nil }

    /// Being deleted but not finished (`IsPodTerminating`).
    static func isTerminating(_ pod: KubeObject) -> Bool { !pod.isFinished && pod.deletionTimestamp != nil }

    /// `isPodFailed`: phase Failed, or (unless only failed pods are replaced) deleted before succeeding.
    static func isFailed(_ pod: KubeObject, onlyReplaceFailed: Bool) -> Bool {
        let phase = pod[path: "status.phase"].string
        if phase == "Failed" { return true }
        if onlyReplaceFailed { return false }
        return pod.deletionTimestamp != nil && phase != "Succeeded"
    }

    /// The pod's Ready condition is True.
    static func isReady(_ pod: KubeObject) -> Bool {
        pod[path: "status.conditions"].array.contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }

    /// The completion index an Indexed Job's pod carries, if any.
    static func completionIndex(_ pod: KubeObject) -> Int? {
        pod.annotations[completionIndexKey].flatMap { Int($0) }
    }

    /// `getFinishedTime`: the last container's exit, else when Ready turned False, else the
    /// moment of deletion, else creation.
    static func finishedTime(_ pod: KubeObject) -> Timestamp {
        let statuses = pod[path: "status.containerStatuses"].array
        let exits = statuses.map { $0[path: "state.terminated.finishedAt"].string.flatMap(Timestamp.init(rfc3339:)) }
        if !exits.isEmpty, exits.allSatisfy({ $0 != nil }), let last = exits.compactMap({ $0 }).max() { return last }
        if let ready = pod[path: "status.conditions"].array.first(where: { $0["type"].string == "Ready" }),
            ready["status"].string == "False",
            let time = ready["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:))
        {
            return time
        }
        if let deletion = pod.deletionTimestamp {
            return deletion.adding(seconds: -Int64(pod.metadata["deletionGracePeriodSeconds"].int ?? 0))
        }
        return pod.creationTimestamp ?? Timestamp(milliseconds: 0)
    }

    /// When new pods may be created after failures, or nil when they may be now.
    ///
    /// The back-off is 10 s, doubled per consecutive failure since the last success, capped at
    /// 10 minutes (`DefaultJobPodFailureBackOff`, `MaxJobPodFailureBackOff` in 1.32).
    static func backoffUntil(_ pods: [KubeObject], onlyReplaceFailed: Bool, now: Timestamp) -> Timestamp? {
        let succeeded = pods.filter { $0[path: "status.phase"].string == "Succeeded" }.map(finishedTime)
        let lastSuccess = succeeded.max()
        let failures = pods.filter { isFailed($0, onlyReplaceFailed: onlyReplaceFailed) }.map(finishedTime)
            .filter { time in lastSuccess.map { time > $0 } ?? true }
        guard let lastFailure = failures.max() else { return nil }
        var delay: Int64 = 10_000
        for _ in 1..<failures.count {
            delay *= 2
            if delay >= 600_000 {
                delay = 600_000
                break
            }
        }
        let until = lastFailure.adding(milliseconds: delay)
        return until > now ? until : nil
    }
}
