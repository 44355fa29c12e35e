import KubeAPI

/// A DaemonSet's spec as its controller reads it, with the apiserver's defaults for absent fields
/// (`RollingUpdate` with maxUnavailable 1 and maxSurge 0, ten kept revisions).
struct DaemonSetSpec {
    /// Per node name, whether a pod should be created there and whether one there may stay.
    typealias Placements = [String: (shouldRun: Bool, shouldContinueRunning: Bool)]

    let object: KubeObject

    var isRollingUpdate: Bool {
        (object[path: "spec.updateStrategy.type"].string ?? "RollingUpdate") == "RollingUpdate"
    }
    var minReadySeconds: Int { max(0, object[path: "spec.minReadySeconds"].int ?? 0) }
    var revisionHistoryLimit: Int { max(0, object[path: "spec.revisionHistoryLimit"].int ?? 10) }
    var generation: Int { object.metadata["generation"].int ?? 1 }

    /// The template generation the apiserver keeps in `deprecated.daemonset.template.generation`.
    var templateGeneration: String? { object.annotations[DaemonSetDefaults.templateGenerationAnnotation] }

    /// `updatedDesiredNodeCounts`: both limits scaled to `desired` rounding up, and one pod
    /// allowed to be unavailable when both come out 0.
    func limits(desired: Int) -> (maxSurge: Int, maxUnavailable: Int) {
        let rolling = object[path: "spec.updateStrategy.rollingUpdate"]
        let surge = DeploymentSpec.scaled(
            rolling["maxSurge"].isNull ? .int(0) : rolling["maxSurge"], total: desired, roundUp: true)
        var unavailable = DeploymentSpec.scaled(
            rolling["maxUnavailable"].isNull ? .int(1) : rolling["maxUnavailable"], total: desired, roundUp: true)
        if desired > 0 && surge == 0 && unavailable == 0 { unavailable = 1 }
        return (surge, unavailable)
    }

    /// `AllowsSurge`: a rolling update whose maxSurge, scaled to one node, is not zero.
    var allowsSurge: Bool { isRollingUpdate && limits(desired: 1).maxSurge != 0 }

    /// `IsPodUpdated`: the pod carries the current revision's hash or the current template generation.
    func isUpdated(_ pod: KubeObject, hash: String) -> Bool {
        let hashMatches = !hash.isEmpty && pod.labels[DaemonSetRevisionLabels.hash] == hash
        let generationMatches = templateGeneration.map { pod.labels[DaemonSetRevisionLabels.generation] == $0 } ?? false
        return hashMatches || generationMatches
    }
}

/// The labels a DaemonSet's pods carry to say which template they were made from.
enum DaemonSetRevisionLabels {
    static let hash = "controller-revision-hash"
    static let generation = "pod-template-generation"
}

extension KubeObject {
    /// `podByCreationTimestampAndPhase`: bound pods first, then oldest, then by name.
    static func daemonPodOrder(_ a: KubeObject, _ b: KubeObject) -> Bool {
        if (a.nodeName == nil) != (b.nodeName == nil) { return a.nodeName != nil }
        let (ta, tb) = (a.creationTimestamp, b.creationTimestamp)
        if ta == tb { return a.name < b.name }
        guard let ta, let tb else { return ta != nil }
        return ta < tb
    }
}
