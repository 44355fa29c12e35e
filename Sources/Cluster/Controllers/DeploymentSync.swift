import KubeAPI

/// What one pass of the Deployment controller works on: the Deployment (changed in place and
/// saved at the end) and its ReplicaSets, whose status counts its own are summed from.
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
    /// The counts of the pods a ReplicaSet (by UID) controls, as the store keeps them: only a
    /// Recreate rollout looks at pods themselves, to wait for the old ones to be gone.
    let pods: (String) -> PodTally
    let now: Timestamp
    /// Every ReplicaSet the Deployment controls, oldest first.
    var replicaSets: [KubeObject] = []
    /// The ReplicaSet whose template is the Deployment's, once found or created.
    var newRS: KubeObject?
    /// When the Progressing condition should be checked for its deadline.
    var progressDeadline: Timestamp?
    /// The spec, read once: a sync writes only the Deployment's metadata and status.
    let spec: DeploymentSpec
    init(deployment: KubeObject, pods: @escaping (String) -> PodTally, now: Timestamp) {
        self.deployment = deployment
        self.pods = pods
        self.now = now
        spec = DeploymentSpec(deployment)
    }

    var name: String { deployment.name }
    var status: JSONValue {
        get { deployment.value["status"] }
        set { deployment.value["status"] = newValue }
    }

    /// ReplicaSets other than the new one, oldest first.
    var oldRSs: [KubeObject] { replicaSets.filter { $0.uid != newRS?.uid } }
    /// Old ReplicaSets, then the new one.
    var all: [KubeObject] { oldRSs + (newRS.map { [$0] } ?? []) }

    /// `GetActualReplicaCountForReplicaSets`: the sum of `status.replicas`, as the ReplicaSet
    /// controller last wrote them.
    static func actualReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + $1.statusCount("replicas") } }
    /// `GetReadyReplicaCountForReplicaSets`: the sum of `status.readyReplicas`.
    static func readyReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + $1.statusCount("readyReplicas") } }
    /// `GetAvailableReplicaCountForReplicaSets`: the sum of `status.availableReplicas`.
    static func availableReplicas(_ sets: [KubeObject]) -> Int {
        sets.reduce(0) { $0 + $1.statusCount("availableReplicas") }
    }

    /// `GetReplicaCountForReplicaSets`: the sum of `spec.replicas`.
    static func specReplicas(_ sets: [KubeObject]) -> Int { sets.reduce(0) { $0 + $1.specReplicas } }

    /// The highest revision among `sets`.
    static func maxRevision(_ sets: [KubeObject]) -> Int { sets.compactMap(\.revision).max() ?? 0 }
}

extension KubeObject {
    /// A ReplicaSet's `spec.replicas` (1 when unset).
    var specReplicas: Int { self[path: "spec.replicas"].int ?? 1 }
    /// A count in a ReplicaSet's status (0 when left out).
    func statusCount(_ field: String) -> Int { value["status"][field].int ?? 0 }
    /// The `deployment.kubernetes.io/revision` annotation as a number.
    var revision: Int? { Int(annotations[DeploymentSync.revisionKey] ?? "") }
}
