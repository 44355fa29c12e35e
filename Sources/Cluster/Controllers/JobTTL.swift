import KubeAPI

/// The TTL-after-finished controller: deletes a finished Job, and its pods, once
/// `ttlSecondsAfterFinished` have passed since its Complete or Failed condition.
extension Cluster {
    func expireFinishedJobs() -> Bool {
        var changed = false
        for job in list(.jobs) {
            let key = "job-ttl/\(job.uid)"
            guard let ttl = job[path: "spec.ttlSecondsAfterFinished"].int, let finished = job.jobFinishTime,
                job.deletionTimestamp == nil
            else {
                cancelWakeup(for: key)
                continue
            }
            let expiry = finished.adding(seconds: Int64(ttl))
            if expiry > now {
                wake(at: expiry, for: key)
                continue
            }
            cancelWakeup(for: key)
            removeJob(job)
            changed = true
        }
        return changed
    }

    /// Deletes a Job and the pods it controls, as a cascading delete does.
    func removeJob(_ job: KubeObject) {
        for pod in list(.pods, namespace: job.namespace) where pod.controllerUID == job.uid {
            deletePod(pod)
        }
        store.remove(.jobs, namespace: job.namespace, name: job.name)
        for prefix in Self.jobWakeupPrefixes { cancelWakeup(for: prefix + job.uid) }
    }
}
