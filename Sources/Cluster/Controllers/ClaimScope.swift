import KubeAPI

/// Which controller claims what: the owners' type and the dependents' type (a DaemonSet's
/// pods, a Deployment's ReplicaSets).
struct ClaimScope: Hashable, Sendable {
    let owners: ResourceType
    let dependents: ResourceType

    /// How many writes each of the two types had when a claim last found nothing to change.
    struct Writes: Equatable, Sendable {
        let owners: Int
        let dependents: Int
    }
}
