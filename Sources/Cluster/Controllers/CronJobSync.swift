import KubeAPI

/// One pass of the CronJob controller over one CronJob (`cleanupFinishedJobs`, then
/// `syncCronJob`), computed without writing anything.
struct CronJobSync {
    let cronJob: KubeObject
    let jobs: [KubeObject]
    let now: Timestamp

    var status: JSONValue
    /// Jobs to delete: history beyond the limits, or active ones a `Replace` run supersedes.
    var delete: [KubeObject] = []
    /// The Job to create for a due run, with the run's scheduled time.
    var create: (job: KubeObject, scheduled: Timestamp)?
    var events: [(String, String, String)] = []
    /// When the controller wants to look again: the next run, plus 100 ms (`nextScheduleDelta`).
    var next: Timestamp?
    /// Whether the pass writes anything besides its per-pass warnings.
    var material = false

    init(cronJob: KubeObject, jobs: [KubeObject], now: Timestamp) {
        self.cronJob = cronJob
        self.jobs = jobs
        self.now = now
        status = cronJob.value["status"]
        cleanup()
        sync()
    }

    var spec: JSONValue { cronJob.value["spec"] }
    var zoneOffset: Int64 { CronTimeZone.offsetSeconds(spec["timeZone"].string ?? "") ?? 0 }
    var active: [JSONValue] {
        get { status["active"].array }
        set { status["active"] = newValue.isEmpty ? nil : .array(newValue) }
    }

    /// Deletes the oldest finished Jobs beyond `successfulJobsHistoryLimit` and `failedJobsHistoryLimit`.
    private mutating func cleanup() {
        for (condition, limitKey) in [("Complete", "successfulJobsHistoryLimit"), ("Failed", "failedJobsHistoryLimit")]
        {
            guard let limit = spec[limitKey].int else { continue }
            let finished = jobs.filter { $0.trueCondition(condition) != nil && Self.finishedStatus($0) == condition }
                .sorted(by: Self.byStartTime)
            for job in finished.prefix(max(0, finished.count - limit)) { remove(job) }
        }
    }

    /// `deleteJob`: the Job goes, with its reference in `active`.
    private mutating func remove(_ job: KubeObject) {
        delete.append(job)
        active.removeAll { $0["uid"].string == job.uid }
        events.append(("Normal", "SuccessfulDelete", "Deleted job \(job.name)"))
        material = true
    }

    private mutating func sync() {
        for job in jobs {
            let found = active.contains { $0["uid"].string == job.uid }
            if !found && !job.isFinishedJob {
                events.append(
                    ("Warning", "UnexpectedJob", "Saw a job that the controller did not create or forgot: \(job.name)"))
            } else if found && job.isFinishedJob {
                active.removeAll { $0["uid"].string == job.uid }
                events.append(
                    ("Normal", "SawCompletedJob", "Saw completed job: \(job.name), status: \(Self.finishedStatus(job))")
                )
                material = true
            } else if job.trueCondition("Complete") != nil, let completed = job[path: "status.completionTime"].string,
                let time = Timestamp(rfc3339: completed)
            {
                let last = status["lastSuccessfulTime"].string.flatMap(Timestamp.init(rfc3339:))
                if last.map({ time > $0 }) ?? true {
                    status["lastSuccessfulTime"] = .string(completed)
                    material = true
                }
            }
        }
        for reference in active where !jobs.contains(where: { $0.uid == reference["uid"].string }) {
            events.append(("Normal", "MissingJob", "Active job went missing: \(reference["name"].string ?? "")"))
            active.removeAll { $0["uid"] == reference["uid"] }
            material = true
        }
        guard cronJob.deletionTimestamp == nil, spec["suspend"].bool != true,
            let schedule = try? CronSchedule.parse(spec["schedule"].string ?? "")
        else { return }
        startDueRun(schedule)
    }

    /// Starts the run that is due, if any, as the concurrency policy allows.
    private mutating func startDueRun(_ schedule: CronSchedule) {
        defer { next = nextWakeup(schedule) }
        let recent = mostRecent(schedule, includingDeadline: true)
        if recent.many {
            events.append(
                (
                    "Warning", "TooManyMissedTimes",
                    "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew"
                ))
        }
        guard let scheduled = recent.time, scheduled <= now else { return }
        if let deadline = spec["startingDeadlineSeconds"].int, scheduled.adding(seconds: Int64(deadline)) < now {
            events.append(
                ("Warning", "MissSchedule", "Missed scheduled time to start a job: \(CronFormat.rfc1123Z(scheduled))"))
            return
        }
        let name = "\(cronJob.name)-\(scheduled.seconds.floorDividedBy60)"
        if active.contains(where: { $0["name"].string == name })
            || status["lastScheduleTime"].string == scheduled.rfc3339
        {
            return
        }
        let policy = spec["concurrencyPolicy"].string ?? "Allow"
        if policy == "Forbid" && !active.isEmpty {
            events.append(
                (
                    "Normal", "JobAlreadyActive",
                    "Not starting job because prior execution is running and concurrency policy is Forbid"
                ))
            return
        }
        if policy == "Replace" {
            for reference in active {
                if let job = jobs.first(where: { $0.uid == reference["uid"].string }) { remove(job) }
            }
        }
        create = (job(named: name, scheduled: scheduled), scheduled)
        status["lastScheduleTime"] = .string(scheduled.rfc3339)
        material = true
    }

    /// `getJobFromTemplate2`: the job template's labels, annotations (plus the scheduled
    /// time) and spec, named after the run's minute, controlled by the CronJob.
    private func job(named name: String, scheduled: Timestamp) -> KubeObject {
        let template = spec["jobTemplate"]
        var annotations = template[path: "metadata.annotations"].stringMap
        annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] = CronFormat.rfc3339(
            scheduled, offset: zoneOffset)
        var metadata: JSONValue = ["name": .string(name), "annotations": .stringMap(annotations)]
        if !template[path: "metadata.labels"].isNull { metadata["labels"] = template[path: "metadata.labels"] }
        metadata["ownerReferences"] = [
            OwnerReference(apiVersion: cronJob.apiVersion, kind: cronJob.kind, name: cronJob.name, uid: cronJob.uid)
                .json
        ]
        metadata["namespace"] = .string(cronJob.namespace ?? "default")
        var spec = template["spec"]
        spec[path: "template.metadata.creationTimestamp"] = nil
        return KubeObject(["apiVersion": "batch/v1", "kind": "Job", "metadata": metadata, "spec": spec])
    }

    /// `mostRecentScheduleTime`: the latest run due by now since the last one (or creation,
    /// or the starting deadline), and whether more than 100 were missed.
    func mostRecent(_ schedule: CronSchedule, includingDeadline: Bool) -> (
        earliest: Timestamp, time: Timestamp?, many: Bool, none: Bool
    ) {
        var earliest =
            status["lastScheduleTime"].string.flatMap(Timestamp.init(rfc3339:))
            ?? cronJob.creationTimestamp ?? now
        if includingDeadline, let deadline = spec["startingDeadlineSeconds"].int {
            let limit = now.adding(seconds: -Int64(deadline))
            if limit > earliest { earliest = limit }
        }
        guard let t1 = schedule.next(after: earliest, offsetSeconds: zoneOffset), now >= t1 else {
            return (earliest, nil, false, true)
        }
        guard let t2 = schedule.next(after: t1, offsetSeconds: zoneOffset), now >= t2 else {
            return (earliest, t1, false, true)
        }
        let between = (t2.milliseconds(since: t1) + 500) / 1000
        guard between >= 1 else { return (earliest, nil, false, true) }
        let missed = now.milliseconds(since: t1) / 1000 / between + 1
        var time: Timestamp?
        var t = schedule.next(after: t1.adding(seconds: (missed - 2) * between), offsetSeconds: zoneOffset)
        while let candidate = t, candidate <= now {
            time = candidate
            t = schedule.next(after: candidate, offsetSeconds: zoneOffset)
        }
        return (earliest, time, missed > 100, false)
    }

    /// `nextScheduleTimeDuration`, as a moment: the run after the most recent one, plus 100 ms.
    private func nextWakeup(_ schedule: CronSchedule) -> Timestamp? {
        let recent = mostRecent(schedule, includingDeadline: false)
        let base = recent.time ?? (recent.none ? recent.earliest : now)
        return schedule.next(after: base, offsetSeconds: zoneOffset)?.adding(milliseconds: 100)
    }

    static func finishedStatus(_ job: KubeObject) -> String {
        for condition in job[path: "status.conditions"].array
        where ["Complete", "Failed"].contains(condition["type"].string ?? "") && condition["status"].string == "True" {
            return condition["type"].string ?? ""
        }
        return ""
    }

    /// `byJobStartTime`: started Jobs first, earliest first, names breaking ties.
    static func byStartTime(_ a: KubeObject, _ b: KubeObject) -> Bool {
        let sa = a[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:))
        let sb = b[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:))
        switch (sa, sb) {
        case (nil, .some): return false
        case (.some, nil): return true
        case (let x?, let y?) where x != y: return x < y
        default: return a.name < b.name
        }
    }
}

extension Int64 {
    /// Seconds to whole minutes, rounding down (`getTimeHashInMinutes`).
    var floorDividedBy60: Int64 { self >= 0 ? self / 60 : (self - 59) / 60 }
}
