import KubeAPI

/// The Jobs controller (not yet written: see issue 3).
extension Cluster {
    func reconcileJobs() -> Bool { false }
}
