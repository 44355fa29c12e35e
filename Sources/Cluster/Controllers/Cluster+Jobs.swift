import KubeAPI

/// The Job controller: runs each Job's pods to completion, retrying failures with back-off.
///
/// A new Job, a change to `suspend`, an expired back-off or deadline are synced at once; any
/// other change (a pod starting, becoming ready, finishing) is batched and synced one second
/// later, as the real controller's `syncJobBatchPeriod` does.
extension Cluster {
    func reconcileJobs() -> Bool {
        var changed = false
        let pods = podsByControllerUID()
        var live = Set<String>()
        for job in list(.jobs) {
            live.insert(job.uid)
            changed = reconcileJob(job, pods: pods[job.uid] ?? []) || changed
        }
        for key in Self.jobWakeupPrefixes.flatMap(wakeups.keys(withPrefix:)) {
            if let uid = key.split(separator: "/").last, !live.contains(String(uid)) { wakeups[key] = nil }
        }
        if !jobReleasedPods.isEmpty { jobReleasedPods = jobReleasedPods.filter { store.object(uid: $0) != nil } }
        changed = expireFinishedJobs() || changed
        changed = releaseOrphanJobPods() || changed
        return changed
    }

    static let jobWakeupPrefixes = ["job-sync/", "job-requeue/", "job-ttl/"]
    static let jobController = EventSource(component: "job-controller")

    /// One Job: its claims and its pass, at once or batched a second later.
    private func reconcileJob(_ job: KubeObject, pods: [KubeObject]) -> Bool {
        let syncKey = "job-sync/\(job.uid)"
        let requeueKey = "job-requeue/\(job.uid)"
        if job.isFinishedJob {
            cancelWakeup(for: syncKey)
            cancelWakeup(for: requeueKey)
            return false
        }
        let due = [syncKey, requeueKey].filter { wakeups[$0].map { $0 <= now } ?? false }
        // `getPodsForJob`: every pod of the namespace, adopted with the tracking finalizer.
        let claims = controllerRefChanges(for: [job], among: list(.pods, namespace: job.namespace))
        let budget = requestBudget(of: Self.jobController.component)
        var sync = JobSync(job: job, pods: pods, now: now, released: jobReleasedPods, createBudget: budget)
        let suspendedCondition = job.trueCondition("Suspended") != nil
        let immediate = !due.isEmpty || job[path: "status.ready"].isNull || sync.suspended != suspendedCondition
        guard immediate else {
            if sync.hasEffects || !claims.isEmpty, wakeups[syncKey] == nil {
                wake(at: now.adding(seconds: 1), for: syncKey)
            }
            return false
        }
        if !claims.isEmpty {
            apply(claims, to: .pods, finalizers: [JobPods.trackingFinalizer])
            let claimed = list(.pods, namespace: job.namespace).filter { $0.controllerUID == job.uid }
            sync = JobSync(job: job, pods: claimed, now: now, released: jobReleasedPods, createBudget: budget)
        }
        for key in due { cancelWakeup(for: key) }
        cancelWakeup(for: syncKey)
        spendRequests(sync.create.count, client: Self.jobController.component)
        if sync.heldBack > 0 {
            let resume = timeToResume(Self.jobController.component, wanting: sync.heldBack)
            sync.requeue = min(sync.requeue ?? resume, resume)
        }
        if let requeue = sync.requeue {
            let pending = wakeups[requeueKey]
            wake(at: pending.map { min($0, requeue) } ?? requeue, for: requeueKey)
        }
        return apply(sync)
    }

    /// Writes one pass's results: finalizers, deletions, new pods, the status, the events.
    private func apply(_ sync: JobSync) -> Bool {
        let before = store.revision
        let job = sync.job
        let source = Self.jobController
        for pod in sync.counted + sync.release {
            guard var current = lookup(.pods, pod.namespace, pod.name), current.uid == pod.uid else { continue }
            let finalizers = current.metadata["finalizers"].array.filter { $0.string != JobPods.trackingFinalizer }
            current[path: "metadata.finalizers"] = finalizers.isEmpty ? nil : .array(finalizers)
            save(.pods, current)
        }
        for pod in sync.release { jobReleasedPods.insert(pod.uid) }
        for pod in sync.release + sync.kill {
            guard let current = lookup(.pods, pod.namespace, pod.name), current.uid == pod.uid else { continue }
            deletePod(current)
            recordEvent(job, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: source)
        }
        for index in sync.create {
            if let pod = createPod(forJob: job, index: index) {
                recordEvent(job, reason: "SuccessfulCreate", message: "Created pod: \(pod.name)", source: source)
            }
        }
        var updated = lookup(.jobs, job.namespace, job.name) ?? job
        updated.value["status"] = sync.status
        save(.jobs, updated)
        for (type, reason, message) in sync.events {
            recordEvent(updated, reason: reason, message: message, type: type, source: source)
        }
        return store.revision != before
    }

    /// Creates one pod from a Job's template, with the tracking finalizer and, for an Indexed
    /// Job, its completion index (annotation, label, hostname, `JOB_COMPLETION_INDEX`).
    func createPod(forJob job: KubeObject, index: Int?) -> KubeObject? {
        var template = job[path: "spec.template"]
        var finalizers = template[path: "metadata.finalizers"].array
        if !finalizers.contains(.string(JobPods.trackingFinalizer)) {
            finalizers.append(.string(JobPods.trackingFinalizer))
        }
        template[path: "metadata.finalizers"] = .array(finalizers)
        if let index {
            var annotations = template[path: "metadata.annotations"].stringMap
            annotations[JobPods.completionIndexKey] = String(index)
            template[path: "metadata.annotations"] = .stringMap(annotations)
            var labels = template[path: "metadata.labels"].stringMap
            labels[JobPods.completionIndexKey] = String(index)
            template[path: "metadata.labels"] = .stringMap(labels)
            template[path: "spec.hostname"] = .string("\(job.name)-\(index)")
            for list in ["initContainers", "containers"] where !template[path: "spec.\(list)"].isNull {
                template[path: "spec.\(list)"] = .array(
                    template[path: "spec.\(list)"].array.map(Self.withCompletionIndexEnv))
            }
        }
        var pod = KubeObject.pod(fromTemplate: template, owner: job)
        if let index {
            let suffix = "-\(index)-"
            pod[path: "metadata.generateName"] = .string(String(job.name.prefix(58 - suffix.count)) + suffix)
        }
        return createOwned(pod, as: .pods)
    }

    /// Adds `JOB_COMPLETION_INDEX` from the pod's completion-index annotation, unless set.
    private static func withCompletionIndexEnv(_ container: JSONValue) -> JSONValue {
        var env = container["env"].array
        guard !env.contains(where: { $0["name"].string == "JOB_COMPLETION_INDEX" }) else { return container }
        env.append([
            "name": "JOB_COMPLETION_INDEX",
            "valueFrom": [
                "fieldRef": [
                    "apiVersion": "v1", "fieldPath": .string("metadata.annotations['\(JobPods.completionIndexKey)']"),
                ]
            ],
        ])
        var c = container
        c["env"] = .array(env)
        return c
    }
}
