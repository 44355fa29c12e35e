import KubeAPI

/// A pod's claims as the scheduler's VolumeBinding plugin reads them once per pod (`PreFilter`):
/// bound ones tie the pod to where their volume can be reached; unbound ones whose class waits
/// for a first consumer are bound for the node the pod is given.
struct PodVolumes {
    /// Why no node can take the pod (a missing claim, one being deleted, an unbound immediate one).
    var rejection: String?
    /// The volumes of the claims already bound.
    var boundVolumes: [KubeObject] = []
    /// Whether a bound claim names a volume that does not exist.
    var missingVolume = false
    /// Unbound claims whose binding waits for this pod.
    var delayed: [KubeObject] = []
    /// Available volumes the delayed claims could take.
    var available: [KubeObject] = []
    /// The delayed claims (by name) whose class has a provisioner that can make a volume.
    var provisionable: Set<String> = []

    static let none = PodVolumes()

    /// Whether `reasons(on:)` can find anything against some node; without bound or delayed
    /// claims, every node serves the pod's volumes.
    var constrainsNodes: Bool { missingVolume || !boundVolumes.isEmpty || !delayed.isEmpty }

    /// The `Filter` step: why `node` cannot serve the pod's volumes; empty when it can.
    func reasons(on node: SchedulingNode) -> [String] {
        var reasons: [String] = missingVolume ? [Self.missingVolume] : []
        if boundVolumes.contains(where: { !VolumeMatching.affinityAdmits($0, node) }) {
            reasons.append(Self.nodeConflict)
        }
        let unboundSatisfied = delayed.allSatisfy { claim in
            if let selected = claim.annotations[VolumeAnnotations.selectedNode] { return selected == node.name }
            return VolumeMatching.bestMatch(for: claim, among: available, delayBinding: true, node: node) != nil
                || provisionable.contains(claim.name)
        }
        if !unboundSatisfied { reasons.append(Self.bindConflict) }
        return reasons
    }

    static let nodeConflict = "node(s) had volume node affinity conflict"
    static let bindConflict = "node(s) didn't find available persistent volumes to bind"
    static let unboundImmediate = "pod has unbound immediate PersistentVolumeClaims"
    static let missingVolume = "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)"

    static func claimNotFound(_ name: String) -> String { "persistentvolumeclaim \"\(name)\" not found" }
    static func claimDeleting(_ name: String) -> String { "persistentvolumeclaim \"\(name)\" is being deleted" }
}

extension SchedulerFilter {
    /// The `FitError` message when a PreFilter plugin rejected the pod on every node.
    static func preFilterMessage(_ reason: String, nodes: Int) -> String {
        "0/\(nodes) nodes are available: \(reason). preemption: 0/\(nodes) nodes are available: \(nodes) Preemption is not helpful for scheduling."
    }

    /// What the scheduler reports when the volumes it assumed for a pod were not bound in time.
    static let volumeBindingTimeout =
        "running PreBind plugin \"VolumeBinding\": binding volumes: context deadline exceeded"
}
