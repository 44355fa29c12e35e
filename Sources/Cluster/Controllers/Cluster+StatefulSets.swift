import KubeAPI

/// The StatefulSets controller (not yet written: see issue 3).
extension Cluster {
    func reconcileStatefulSets() -> Bool { false }
}
