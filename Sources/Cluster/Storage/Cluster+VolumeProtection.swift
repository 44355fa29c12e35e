import KubeAPI

/// The pvc-protection and pv-protection controllers: a claim being deleted keeps its finalizer
/// while a scheduled pod still names it, and a volume being deleted keeps its own while it is Bound.
extension Cluster {
    /// Lets a claim being deleted go once no scheduled pod uses it; reports whether it did.
    @discardableResult
    func releaseClaimProtection(_ claim: KubeObject) -> Bool {
        guard claim.finalizerNames.contains(Self.claimProtectionFinalizer) else { return false }
        let inUse = list(.pods, namespace: claim.namespace).contains { pod in
            pod.nodeName != nil && pod.claimNames.contains(claim.name)
        }
        if !inUse { removeFinalizer(Self.claimProtectionFinalizer, from: claim, as: .persistentVolumeClaims) }
        return !inUse
    }

    func releaseVolumeProtection(_ volume: KubeObject) {
        guard volume.finalizerNames.contains(Self.volumeProtectionFinalizer),
            volume[path: "status.phase"].string != "Bound"
        else { return }
        removeFinalizer(Self.volumeProtectionFinalizer, from: volume, as: .persistentVolumes)
    }

    static let claimProtectionFinalizer = "kubernetes.io/pvc-protection"
    static let volumeProtectionFinalizer = "kubernetes.io/pv-protection"
}
