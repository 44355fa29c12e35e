import KubeAPI

/// One pass of the Job controller over one Job, computed without writing anything.
///
/// This is `syncJob` with `manageJob` and `trackJobStatusAndRemoveFinalizers`: the status to
/// store and the pods to create, delete and release. Kubernetes 1.32 with its default
/// feature gates: terminal conditions are delayed (`FailureTarget`, `SuccessCriteriaMet`
/// first) and terminating pods are counted.
struct JobSync {
    let job: KubeObject
    let pods: [KubeObject]
    let now: Timestamp
    /// Pods the controller deleted without counting them (suspend, scale down): no failures of
    /// the Job, so they add nothing to its back-off (only pods it counts do, `newBackoffRecord`).
    let released: Set<String>

    var status: JSONValue
    /// Completion indexes (nil for NonIndexed) of pods to create.
    var create: [Int?] = []
    /// Pods to delete whose finalizer is removed without counting them (suspend, scale down).
    var release: [KubeObject] = []
    /// Active pods to delete because the Job has failed (they are counted as failed).
    var kill: [KubeObject] = []
    /// Finished pods now counted, whose tracking finalizer comes off.
    var counted: [KubeObject] = []
    /// Events about the Job: (type, reason, message).
    var events: [(String, String, String)] = []
    /// When the Job wants another pass (back-off expiry, active deadline).
    var requeue: Timestamp?
    /// How many pods the controller's client may create now (its rate limit).
    let createBudget: Int
    /// How many pods the Job needs that the client's rate limit held back.
    var heldBack = 0

    init(job: KubeObject, pods: [KubeObject], now: Timestamp, released: Set<String> = [], createBudget: Int = .max) {
        self.job = job
        self.released = released
        self.createBudget = createBudget
        self.pods = pods.sorted { ($0.creationTimestamp ?? now, $0.name) < ($1.creationTimestamp ?? now, $1.name) }
        self.now = now
        status = job.value["status"]
        run()
    }

    var spec: JSONValue { job.value["spec"] }
    var suspended: Bool { spec["suspend"].bool == true }
    var indexed: Bool { spec["completionMode"].string == "Indexed" }
    var completions: Int? { spec["completions"].int }
    var onlyReplaceFailed: Bool { spec["podReplacementPolicy"].string == "Failed" || !spec["podFailurePolicy"].isNull }

    /// Whether this pass would change anything.
    var hasEffects: Bool {
        !create.isEmpty || !release.isEmpty || !kill.isEmpty || !counted.isEmpty || !events.isEmpty
            || !status.isEquivalent(to: job.value["status"])
    }

    private mutating func run() {
        let active = pods.filter(JobPods.isActive)
        var activeCount = active.count
        var ready = active.filter(JobPods.isReady).count
        var terminating = pods.filter(JobPods.isTerminating).count
        let tracked = pods.filter(JobPods.hasTrackingFinalizer)
        let newSucceeded = tracked.filter { $0[path: "status.phase"].string == "Succeeded" }
        let newFailed = tracked.filter { JobPods.isFailed($0, onlyReplaceFailed: onlyReplaceFailed) }
        var succeeded = (status["succeeded"].int ?? 0) + newSucceeded.count
        let failed = (status["failed"].int ?? 0) + newFailed.count
        if status["startTime"].isNull && !suspended { status["startTime"] = .string(now.rfc3339) }
        if status["uncountedTerminatedPods"].isNull { status["uncountedTerminatedPods"] = .emptyObject }

        var finished: JobCondition? = condition("SuccessCriteriaMet")
        if finished == nil, let target = condition("FailureTarget") {
            finished = JobCondition(type: "Failed", reason: target.reason, message: target.message, time: now)
        }
        if finished == nil {
            if failed > (spec["backoffLimit"].int ?? 6) || pastBackoffLimitOnFailure {
                finished = failure(JobCondition.backoffLimitExceeded)
            } else if let deadline = activeDeadline, !suspended {
                if deadline <= now { finished = failure(JobCondition.deadlineExceeded) } else { requeue = deadline }
            }
        }
        var succeededIndexes = Set<Int>()
        if indexed {
            succeededIndexes = JobIndexes.parse(status["completedIndexes"].string ?? "")
            for pod in newSucceeded {
                if let index = JobPods.completionIndex(pod), index < (completions ?? 0) {
                    succeededIndexes.insert(index)
                }
            }
            succeeded = succeededIndexes.count
        }
        if finished != nil {
            kill = active
            terminating += active.count
            ready -= active.filter(JobPods.isReady).count
            activeCount = 0
        } else {
            if job.deletionTimestamp == nil {
                activeCount = manage(
                    active: active, succeeded: succeeded, succeededIndexes: succeededIndexes,
                    terminating: &terminating, ready: &ready)
            }
            let complete = completions.map { succeeded >= $0 } ?? (succeeded > 0)
            if complete && activeCount == 0 {
                let (reason, message) = JobCondition.completionsReached
                finished = JobCondition(type: "SuccessCriteriaMet", reason: reason, message: message, time: now)
            } else if job.deletionTimestamp == nil {
                updateSuspendedCondition()
            }
        }
        if activeCount > 0 { status["active"] = .int(activeCount) } else { status["active"] = nil }
        status["ready"] = .int(ready)
        status["terminating"] = .int(terminating)
        track(tracked, finished: finished, succeededIndexes: succeededIndexes)
        finish(finished, terminating: terminating)
    }

    /// `manageJob`: deletes extra pods or creates missing ones, respecting the back-off.
    private mutating func manage(
        active: [KubeObject], succeeded: Int, succeededIndexes: Set<Int>, terminating: inout Int, ready: inout Int
    ) -> Int {
        var count = active.count
        if suspended {
            release = active
            terminating += active.count
            ready -= active.filter(JobPods.isReady).count
            return 0
        }
        let parallelism = spec["parallelism"].int ?? 1
        var want: Int
        if let completions {
            want = max(0, min(completions - succeeded, parallelism))
        } else {
            want = succeeded > 0 ? count : parallelism
        }
        var extra =
            indexed ? JobIndexes.surplus(active, completions: completions ?? 0, succeeded: succeededIndexes) : []
        let excess = max(0, count - want) - extra.count
        if excess > 0 {
            let rest = active.filter { pod in !extra.contains { $0.uid == pod.uid } }
            extra += rest.sorted(by: Cluster.deletionOrder).prefix(excess)
        }
        if !extra.isEmpty {
            release = extra
            terminating += extra.count
            ready -= extra.filter(JobPods.isReady).count
            return count - extra.count
        }
        let missing = want - (onlyReplaceFailed ? terminating : 0) - count
        guard missing > 0 else { return count }
        if let until = JobPods.backoffUntil(
            pods.filter { !released.contains($0.uid) }, onlyReplaceFailed: onlyReplaceFailed, now: now) {
            requeue = min(requeue ?? until, max(until, now.adding(seconds: 1)))
            return 0
        }
        let diff = min(missing, createBudget)
        heldBack = missing - diff
        guard diff > 0 else { return count }
        if indexed {
            create = JobIndexes.pending(
                active: active, succeeded: succeededIndexes, completions: completions ?? 0, count: diff
            ).map { $0 }
        } else {
            create = Array(repeating: nil, count: diff)
        }
        count += create.count
        return count
    }

    /// The Suspended condition and its events, set when a pass managed the Job's pods.
    private mutating func updateSuspendedCondition() {
        var conditions = status["conditions"].array
        if suspended {
            let condition = JobCondition(type: "Suspended", reason: "JobSuspended", message: "Job suspended", time: now)
            if JobCondition.ensure(condition, in: &conditions) {
                events.append(("Normal", "Suspended", "Job suspended"))
            }
        } else {
            let condition = JobCondition(
                type: "Suspended", status: "False", reason: "JobResumed", message: "Job resumed", time: now)
            if JobCondition.ensure(condition, in: &conditions) {
                events.append(("Normal", "Resumed", "Job resumed"))
                status["startTime"] = .string(now.rfc3339)
            }
        }
        status["conditions"] = conditions.isEmpty ? nil : .array(conditions)
    }

    /// Counts finished pods into `succeeded`/`failed` and releases their tracking finalizers.
    private mutating func track(_ tracked: [KubeObject], finished: JobCondition?, succeededIndexes: Set<Int>) {
        let failing = finished.map { $0.type != "SuccessCriteriaMet" } ?? false
        var succeededCount = 0
        var failedCount = 0
        for pod in tracked {
            let failed = JobPods.isFailed(pod, onlyReplaceFailed: onlyReplaceFailed)
            let phase = pod[path: "status.phase"].string
            guard job.deletionTimestamp != nil || finished != nil || phase == "Succeeded" || failed else { continue }
            counted.append(pod)
            if phase == "Succeeded" {
                succeededCount += 1
            } else if failed || failing {
                if indexed, (JobPods.completionIndex(pod) ?? Int.max) >= (completions ?? 0) { continue }
                failedCount += 1
            }
        }
        if indexed {
            status["succeeded"] = succeededIndexes.isEmpty ? nil : .int(succeededIndexes.count)
            status["completedIndexes"] = succeededIndexes.isEmpty ? nil : .string(JobIndexes.format(succeededIndexes))
        } else {
            let total = (status["succeeded"].int ?? 0) + succeededCount
            status["succeeded"] = total > 0 ? .int(total) : nil
        }
        let failedTotal = (status["failed"].int ?? 0) + failedCount
        status["failed"] = failedTotal > 0 ? .int(failedTotal) : nil
    }

    /// Adds the interim condition, then the terminal one once no pod is still terminating
    /// (`enactJobFinished`), with the events `recordJobFinished` sends.
    private mutating func finish(_ condition: JobCondition?, terminating: Int) {
        guard var finished = condition else { return }
        var conditions = status["conditions"].array
        if finished.type == "FailureTarget" {
            conditions.append(finished.json)
            finished = JobCondition(type: "Failed", reason: finished.reason, message: finished.message, time: now)
        } else if finished.type == "SuccessCriteriaMet" {
            if self.condition("SuccessCriteriaMet") == nil { conditions.append(finished.json) }
            finished = JobCondition(type: "Complete", reason: finished.reason, message: finished.message, time: now)
        }
        if terminating == 0, JobCondition.ensure(finished, in: &conditions) {
            if finished.type == "Complete" {
                status["completionTime"] = .string(now.rfc3339)
                events.append(("Normal", "Completed", "Job completed"))
            } else {
                events.append(("Warning", finished.reason, finished.message))
            }
        }
        status["conditions"] = .array(conditions)
    }

    /// A True condition of the stored Job, as a value.
    private func condition(_ type: String) -> JobCondition? {
        guard let c = job.trueCondition(type) else { return nil }
        return JobCondition(
            type: type, reason: c["reason"].string ?? "", message: c["message"].string ?? "",
            time: c["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:)) ?? now)
    }

    private func failure(_ reasonAndMessage: (String, String)) -> JobCondition {
        JobCondition(type: "FailureTarget", reason: reasonAndMessage.0, message: reasonAndMessage.1, time: now)
    }

    /// `pastBackoffLimitOnFailure`: with restartPolicy OnFailure, container restarts of running
    /// and pending pods count against the back-off limit.
    private var pastBackoffLimitOnFailure: Bool {
        guard spec[path: "template.spec.restartPolicy"].string == "OnFailure" else { return false }
        var restarts = 0
        for pod in pods where ["Running", "Pending"].contains(pod[path: "status.phase"].string ?? "") {
            for list in ["status.initContainerStatuses", "status.containerStatuses"] {
                restarts += pod[path: list].array.reduce(0) { $0 + ($1["restartCount"].int ?? 0) }
            }
        }
        let limit = spec["backoffLimit"].int ?? 6
        return limit == 0 ? restarts > 0 : restarts >= limit
    }

    /// When `activeDeadlineSeconds` runs out, counted from `startTime`.
    private var activeDeadline: Timestamp? {
        guard let seconds = spec["activeDeadlineSeconds"].int,
            let start = status["startTime"].string.flatMap(Timestamp.init(rfc3339:))
        else { return nil }
        return start.adding(seconds: Int64(seconds))
    }
}
