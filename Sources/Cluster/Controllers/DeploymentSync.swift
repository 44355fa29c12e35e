import KubeAPI

/// What one pass of the Deployment controller works on: the Deployment (changed in place and
/// saved at the end), its ReplicaSets, and the counts of the pods each of them controls.
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
    /// The counts of the pods a ReplicaSet (by UID) controls, as the store keeps them.
    let pods: (String) -> PodTally
    let now: Timestamp
    /// Every ReplicaSet the Deployment controls, oldest first.
    var replicaSets: [KubeObject] = []
    /// The ReplicaSet whose template is the Deployment's, once found or created.
    var newRS: KubeObject?
    /// When a ready pod will have been ready for `minReadySeconds`, the soonest such time.
    var nextAvailability: Timestamp?
    /// When the Progressing condition should be checked for its deadline.
    var progressDeadline: Timestamp?
    init(deployment: KubeObject, pods: @escaping (String) -> PodTally, now: Timestamp) {
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

    /// `status.replicas` of `sets`: their pods that are neither terminating nor finished.
    func actualReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + pods($1.uid).active } }
    func readyReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + pods($1.uid).ready } }
    /// Active pods that have been ready for at least `minReadySeconds`.
    func availableReplicas(_ sets: [KubeObject]) -> Int {
        let minReadySeconds = spec.minReadySeconds
        return sets.reduce(0) { $0 + pods($1.uid).available(minReadySeconds: minReadySeconds, now: now) }
    }

    /// Pods of `sets` that are ready but not yet available, the soonest time one becomes so.
    func nextAvailable(_ sets: [KubeObject]) -> Timestamp? {
        let minReadySeconds = spec.minReadySeconds
        return sets.compactMap { pods($0.uid).nextAvailable(minReadySeconds: minReadySeconds, now: now) }.min()
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
