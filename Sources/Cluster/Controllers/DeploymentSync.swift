import KubeAPI

/// What one pass of the Deployment controller works on: the Deployment (changed in place and
/// saved at the end), its ReplicaSets, and the pods each of them controls.
struct DeploymentSync {
    static let revisionKey = "deployment.kubernetes.io/revision"
    static let revisionHistoryKey = "deployment.kubernetes.io/revision-history"
    static let desiredReplicasKey = "deployment.kubernetes.io/desired-replicas"
    static let maxReplicasKey = "deployment.kubernetes.io/max-replicas"
    /// Deployment annotations that are not copied onto its ReplicaSets (nor back on rollback).
    static let uncopiedAnnotations: Set<String> = [
        "kubectl.kubernetes.io/last-applied-configuration", revisionKey, revisionHistoryKey, desiredReplicasKey,
        maxReplicasKey, "deprecated.deployment.rollback.to",
    ]

    var deployment: KubeObject
    let pods: PodsByController
    let now: Timestamp
    /// Every ReplicaSet the Deployment controls, oldest first.
    var replicaSets: [KubeObject] = []
    /// The ReplicaSet whose template is the Deployment's, once found or created.
    var newRS: KubeObject?
    /// When a ready pod will have been ready for `minReadySeconds`, the soonest such time.
    var nextAvailability: Timestamp?
    /// When the Progressing condition should be checked for its deadline.
    var progressDeadline: Timestamp?
    /// Each ReplicaSet's pod counts, as this pass found them.
    private let summaries = SummaryCache()

    private final class SummaryCache {
        var byUID: [String: ReplicaSetPodSummary] = [:]
    }

    init(deployment: KubeObject, pods: PodsByController, now: Timestamp) {
        self.deployment = deployment
        self.pods = pods
        self.now = now
    }

    var spec: DeploymentSpec { DeploymentSpec(deployment) }
    var name: String { deployment.name }
    var status: JSONValue {
        get { deployment.value["status"] }
        set { deployment.value["status"] = newValue }
    }

    /// ReplicaSets other than the new one, oldest first.
    var oldRSs: [KubeObject] { replicaSets.filter { $0.uid != newRS?.uid } }
    /// Old ReplicaSets, then the new one.
    var all: [KubeObject] { oldRSs + (newRS.map { [$0] } ?? []) }

    /// Pods of `rs` that are neither terminating nor finished.
    func activePods(of rs: KubeObject) -> [KubeObject] {
        (pods[rs.uid] ?? []).filter { $0.deletionTimestamp == nil && !$0.isFinished }
    }

    /// `status.replicas` of `rs`: its active pods.
    func actualReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + summary(of: $1).active } }
    func readyReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + summary(of: $1).ready } }
    /// Active pods that have been ready for at least `minReadySeconds`.
    func availableReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + summary(of: $1).available } }

    /// Pods of `sets` that are ready but not yet available, the soonest time one becomes so.
    func nextAvailable(_ sets: [KubeObject]) -> Timestamp? { sets.compactMap { summary(of: $0).nextAvailable }.min() }

    /// The counts of one ReplicaSet's active pods, worked out once per pass.
    private func summary(of rs: KubeObject) -> ReplicaSetPodSummary {
        if let known = summaries.byUID[rs.uid] { return known }
        let summary = ReplicaSetPodSummary(activePods(of: rs), minReadySeconds: spec.minReadySeconds, now: now)
        summaries.byUID[rs.uid] = summary
        return summary
    }

    /// `GetReplicaCountForReplicaSets`: the sum of `spec.replicas`.
    static func specReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + $1.specReplicas } }

    /// The highest revision among `sets`.
    static func maxRevision(_ sets: [KubeObject]) -> Int { sets.compactMap(\.revision).max() ?? 0 }
}

extension KubeObject {
    /// A ReplicaSet's `spec.replicas` (1 when unset).
    var specReplicas: Int { self[path: "spec.replicas"].int ?? 1 }
    /// The `deployment.kubernetes.io/revision` annotation as a number.
    var revision: Int? { Int(annotations[DeploymentSync.revisionKey] ?? "") }
}
