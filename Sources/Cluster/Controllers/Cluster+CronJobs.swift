import KubeAPI

/// The CronJob controller (v2): creates a Job for each due run of each CronJob, tracks the
/// active ones, and deletes finished Jobs beyond the history limits.
///
/// A CronJob is synced when its next run falls due (100 ms after the scheduled minute) and
/// whenever one of its Jobs changes in a way that matters to it.
extension Cluster {
    func reconcileCronJobs() -> Bool {
        var changed = false
        let jobs = Dictionary(grouping: list(.jobs)) { job -> String in
            guard let owner = job.controllerReference, owner.kind == "CronJob" else { return "" }
            return "\(job.namespace ?? "")/\(owner.name)"
        }
        var live = Set<String>()
        for cronJob in list(.cronJobs) {
            live.insert(cronJob.uid)
            let owned = jobs["\(cronJob.namespace ?? "")/\(cronJob.name)"] ?? []
            changed = reconcileCronJob(cronJob, jobs: owned) || changed
        }
        for key in wakeups.keys(withPrefix: "cronjob/") where !live.contains(String(key.dropFirst(8))) {
            wakeups[key] = nil
        }
        return changed
    }

    private func reconcileCronJob(_ cronJob: KubeObject, jobs: [KubeObject]) -> Bool {
        let key = "cronjob/\(cronJob.uid)"
        let due = wakeups[key].map { $0 <= now } ?? false
        let sync = CronJobSync(cronJob: cronJob, jobs: jobs, now: now)
        guard due || sync.material else {
            if let next = sync.next {
                if wakeups[key] != next { wake(at: next, for: key) }
            } else {
                cancelWakeup(for: key)
            }
            return false
        }
        let before = store.revision
        let source = EventSource(component: "cronjob-controller")
        var status = sync.status
        for job in sync.delete { removeJob(job) }
        for (type, reason, message) in sync.events {
            recordEvent(cronJob, reason: reason, message: message, type: type, source: source)
        }
        var created: KubeObject?
        if let (request, _) = sync.create {
            if let existing = lookup(.jobs, request.namespace, request.name) {
                if existing.controllerUID == cronJob.uid { created = existing }
            } else if let job = createOwned(request, as: .jobs) {
                created = job
                recordEvent(cronJob, reason: "SuccessfulCreate", message: "Created job \(job.name)", source: source)
            }
        }
        if let job = created, !status["active"].array.contains(where: { $0["uid"].string == job.uid }) {
            var active = status["active"].array
            active.append([
                "apiVersion": "batch/v1", "kind": "Job", "name": .string(job.name),
                "namespace": .string(job.namespace ?? ""),
                "resourceVersion": .string(String(job.resourceVersion)), "uid": .string(job.uid),
            ])
            status["active"] = .array(active)
        }
        var updated = lookup(.cronJobs, cronJob.namespace, cronJob.name) ?? cronJob
        updated.value["status"] = status
        save(.cronJobs, updated)
        if let next = sync.next { wake(at: next, for: key) } else { cancelWakeup(for: key) }
        return store.revision != before
    }
}
