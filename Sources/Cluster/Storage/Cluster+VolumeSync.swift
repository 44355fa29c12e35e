import KubeAPI

/// The PV controller's side of volumes (`syncVolume`, `bind`): a volume is Available until a
/// claim is bound to it, Bound while the claim is, and Released when the claim goes, after which
/// its reclaim policy decides (Retain keeps it; Delete leaves it to the provisioner that made it).
extension Cluster {
    /// Syncs one volume; returns the claims that should be synced now (one bound to it but not yet back).
    func syncVolume(_ volume: KubeObject) -> [ObjectStore.Key] {
        let ref = volume[path: "spec.claimRef"]
        guard !ref.isNull, let uid = ref["uid"].string, !uid.isEmpty else {
            updateVolumePhase(volume, "Available")
            return []
        }
        let namespace = ref["namespace"].string ?? ""
        let claim = lookup(.persistentVolumeClaims, namespace, ref["name"].string ?? "").flatMap {
            $0.uid == uid ? $0 : nil
        }
        guard let claim else {
            let phase = volume[path: "status.phase"].string
            if phase != "Released" && phase != "Failed" { updateVolumePhase(volume, "Released") }
            return []
        }
        let claimVolume = claim[path: "spec.volumeName"].string ?? ""
        if claimVolume.isEmpty { return [ObjectStore.Key(namespace: namespace, name: claim.name)] }
        if claimVolume == volume.name {
            updateVolumePhase(volume, "Bound")
        } else if volume.annotations[VolumeAnnotations.provisionedBy] != nil,
            volume[path: "spec.persistentVolumeReclaimPolicy"].string == "Delete"
        {
            let phase = volume[path: "status.phase"].string
            if phase != "Released" && phase != "Failed" { updateVolumePhase(volume, "Released") }
        } else {
            var unbound = volume
            unbound[path: "spec.claimRef.uid"] = nil
            if volume.annotations[VolumeAnnotations.boundByController] != nil { unbound[path: "spec.claimRef"] = nil }
            unbound[path: "metadata.annotations"][VolumeAnnotations.boundByController] = nil
            save(.persistentVolumes, unbound)
            updateVolumePhase(lookup(.persistentVolumes, nil, volume.name) ?? unbound, "Available")
        }
        return []
    }

    /// `bind`: the volume's claim reference and phase first, then the claim's volume, annotations and status.
    func bind(_ volume: KubeObject, _ claim: KubeObject) {
        var boundVolume = volume
        let alreadyBound = VolumeMatching.isVolume(volume, boundTo: claim)
        if !alreadyBound || volume[path: "spec.claimRef.uid"].string != claim.uid {
            boundVolume[path: "spec.claimRef"] = Self.claimReference(claim)
            if !alreadyBound { boundVolume[path: "metadata.annotations"][VolumeAnnotations.boundByController] = "yes" }
            save(.persistentVolumes, boundVolume)
        }
        updateVolumePhase(lookup(.persistentVolumes, nil, volume.name) ?? boundVolume, "Bound")

        var boundClaim = claim
        if claim[path: "spec.volumeName"].string != volume.name {
            boundClaim[path: "spec.volumeName"] = .string(volume.name)
            if claim.annotations[VolumeAnnotations.boundByController] == nil {
                boundClaim[path: "metadata.annotations"][VolumeAnnotations.boundByController] = "yes"
            }
        }
        if claim.annotations[VolumeAnnotations.bindCompleted] == nil {
            boundClaim[path: "metadata.annotations"][VolumeAnnotations.bindCompleted] = "yes"
        }
        boundClaim[path: "status.phase"] = "Bound"
        boundClaim[path: "status.accessModes"] = volume[path: "spec.accessModes"]
        boundClaim[path: "status.capacity"] = volume[path: "spec.capacity"]
        save(.persistentVolumeClaims, boundClaim)
    }

    /// `ref.GetReference` of a claim, as a volume's `spec.claimRef`.
    static func claimReference(_ claim: KubeObject) -> JSONValue {
        [
            "apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": .string(claim.name),
            "namespace": .string(claim.namespace ?? ""), "resourceVersion": .string(String(claim.resourceVersion)),
            "uid": .string(claim.uid),
        ]
    }

    /// `updateClaimStatus` without a volume: the phase, and no access modes or capacity.
    func updateClaimPhase(_ claim: KubeObject, _ phase: String) {
        var updated = claim
        updated[path: "status.phase"] = .string(phase)
        updated[path: "status.accessModes"] = nil
        updated[path: "status.capacity"] = nil
        save(.persistentVolumeClaims, updated)
    }

    /// `updateVolumePhase`: the phase, and when it changes, the time it did.
    func updateVolumePhase(_ volume: KubeObject, _ phase: String) {
        guard volume[path: "status.phase"].string != phase else { return }
        var updated = volume
        updated[path: "status.phase"] = .string(phase)
        updated[path: "status.lastPhaseTransitionTime"] = .string(now.rfc3339)
        save(.persistentVolumes, updated)
    }
}
