import KubeAPI

/// The scheduler's VolumeBinding plugin around the filters: `PreFilter` reads the pod's claims,
/// and for a pod whose claims wait for it, `PreBind` binds them for the chosen node (a matching
/// Available volume, else the `selected-node` annotation that starts provisioning) and waits; the
/// pod is bound to the node once all its claims are, or the wait fails after 10 minutes.
extension Cluster {
    /// The pod's claims as the plugin sees them; `.none` when it mounts none.
    func podVolumes(for pod: KubeObject) -> PodVolumes {
        let names = pod.claimNames
        guard !names.isEmpty else { return .none }
        var volumes = PodVolumes()
        for name in names {
            guard let claim = lookup(.persistentVolumeClaims, pod.namespace, name) else {
                return PodVolumes(rejection: PodVolumes.claimNotFound(name))
            }
            if claim.deletionTimestamp != nil { return PodVolumes(rejection: PodVolumes.claimDeleting(name)) }
            if let volumeName = claim[path: "spec.volumeName"].string, !volumeName.isEmpty,
                claim.annotations[VolumeAnnotations.bindCompleted] != nil
            {
                if let volume = lookup(.persistentVolumes, nil, volumeName) {
                    volumes.boundVolumes.append(volume)
                } else {
                    volumes.missingVolume = true
                }
            } else if isDelayBinding(claim) {
                volumes.delayed.append(claim)
                let provisioner = lookup(.storageClasses, nil, claim.claimClass)?[path: "provisioner"].string ?? ""
                if !provisioner.isEmpty && provisioner != Self.noProvisioner {
                    volumes.provisionable.insert(claim.name)
                }
            } else {
                return PodVolumes(rejection: PodVolumes.unboundImmediate)
            }
        }
        if !volumes.delayed.isEmpty {
            volumes.available = list(.persistentVolumes).filter { $0[path: "status.phase"].string == "Available" }
        }
        return volumes
    }

    /// `AssumePodVolumes` and `BindPodVolumes` for `node`; reports whether anything was written.
    ///
    /// The pod stays unbound; a later pass binds it once its claims are bound.
    func assumeVolumes(_ volumes: PodVolumes, of pod: KubeObject, on node: SchedulingNode, instance: String) -> Bool {
        var changed = false
        var taken: Set<String> = []
        for claim in volumes.delayed where claim.annotations[VolumeAnnotations.selectedNode] == nil {
            let free = volumes.available.filter { !taken.contains($0.name) }
            if let volume = VolumeMatching.bestMatch(for: claim, among: free, delayBinding: true, node: node) {
                taken.insert(volume.name)
                var prebound = volume
                prebound[path: "spec.claimRef"] = Self.claimReference(claim)
                prebound[path: "metadata.annotations"][VolumeAnnotations.boundByController] = "yes"
                changed = save(.persistentVolumes, prebound) || changed
            } else {
                var selected = claim
                selected[path: "metadata.annotations"][VolumeAnnotations.selectedNode] = .string(node.name)
                changed = save(.persistentVolumeClaims, selected) || changed
            }
        }
        let key = Self.volumeBindingPrefix + pod.uid
        guard let deadline = wakeups[key] else {
            wake(at: now.adding(seconds: Self.volumeBindingTimeoutSeconds), for: key)
            return changed
        }
        if deadline <= now {
            wake(at: now.adding(seconds: Self.volumeBindingTimeoutSeconds), for: key)
            changed =
                reportUnschedulable(
                    pod, message: SchedulerFilter.volumeBindingTimeout, instance: instance, reason: "SchedulerError")
                || changed
        }
        return changed
    }

    /// The wake-up key of a pod's binding wait (`volume-binding/<uid>`); a deleted pod's is dropped.
    static let volumeBindingPrefix = "volume-binding/"

    /// The provisioner name of classes whose volumes are only ever made by hand.
    static let noProvisioner = "kubernetes.io/no-provisioner"
    /// The VolumeBinding plugin's `bindTimeoutSeconds`.
    static let volumeBindingTimeoutSeconds: Int64 = 600
}
