import KubeAPI

/// One controller's pods counted as the workload controllers' statuses count them, kept by the
/// store as pods are written and removed, so a controller reads its counts without listing its
/// pods (an informer-fed controller's counts cost it one pass over its pods; ours would cost one
/// per reconcile pass).
struct PodTally: Sendable, Equatable {
    /// Every pod, finished and terminating ones too.
    var all = 0
    /// Pods not yet Succeeded or Failed (terminating ones included).
    var unfinished = 0
    /// Pods neither terminating nor finished (`FilterActivePods`).
    var active = 0
    /// Active pods whose Ready condition is True.
    var ready = 0
    /// The ready pods by when they became ready, as their Ready conditions spell it (nil for
    /// one without a time): read as a time only when availability is asked, not on every write.
    private var readySince: [String?: Int] = [:]

    /// What the tally counts of one pod.
    struct Facts: Sendable, Equatable {
        var finished: Bool
        var terminating: Bool
        /// The Ready condition's transition time as written when the pod is active and ready;
        /// `.some(nil)` when it has none.
        var readySince: String??

        init(_ pod: KubeObject) { self.init(pod, deletionTimestamp: pod.value.string("metadata", "deletionTimestamp")) }

        /// The facts of `pod`, whose `deletionTimestamp` its writer has read already; its status
        /// is read once, for its phase (as `isFinished` reads it) and its conditions.
        init(_ pod: KubeObject, deletionTimestamp: String?) {
            let status = pod.value["status"]
            let phase = status["phase"].string
            finished = phase == "Succeeded" || phase == "Failed"
            terminating = deletionTimestamp.flatMap(Timestamp.init(rfc3339:)) != nil
            readySince = nil
            guard !finished, !terminating,
                let ready = status["conditions"].array.first(where: {
                    $0["type"].string == "Ready"
                }),
                ready["status"].string == "True"
            else { return }
            readySince = .some(ready["lastTransitionTime"].string)
        }
    }

    var isEmpty: Bool { all == 0 }

    mutating func add(_ facts: Facts) { count(facts, by: 1) }

    mutating func remove(_ facts: Facts) { count(facts, by: -1) }

    private mutating func count(_ facts: Facts, by step: Int) {
        all += step
        if !facts.finished { unfinished += step }
        if !facts.finished && !facts.terminating { active += step }
        guard let since = facts.readySince else { return }
        ready += step
        let left = readySince[since, default: 0] + step
        readySince[since] = left == 0 ? nil : left
    }

    /// Ready pods that have been ready for at least `minReadySeconds` at `now` (`IsPodAvailable`;
    /// a Ready condition without a time, or with one that does not parse, counts from now).
    func available(minReadySeconds: Int, now: Timestamp) -> Int {
        if minReadySeconds <= 0 { return ready }
        return readySince.reduce(0) { total, entry in
            let since = entry.key.flatMap(Timestamp.init(rfc3339:)) ?? now
            let availableAt = since.adding(seconds: Int64(minReadySeconds))
            return availableAt <= now ? total + entry.value : total
        }
    }
}
