import KubeAPI

/// The CronJobs controller (not yet written: see issue 3).
extension Cluster {
    func reconcileCronJobs() -> Bool { false }
}
