import KubeAPI

/// What the apiserver fills into a new PersistentVolumeClaim: the default volume mode, the
/// `Pending` phase, and the protection finalizer (StorageObjectInUseProtection admission).
enum PersistentVolumeClaimDefaults {
    static func apply(to claim: KubeObject) -> KubeObject {
        var claim = claim
        if claim[path: "spec.volumeMode"].isNull { claim[path: "spec.volumeMode"] = "Filesystem" }
        if claim[path: "status.phase"].isNull { claim[path: "status.phase"] = "Pending" }
        var finalizers = claim.metadata["finalizers"].array
        if !finalizers.contains(protectionFinalizer) {
            finalizers.append(protectionFinalizer)
            claim[path: "metadata.finalizers"] = .array(finalizers)
        }
        return claim
    }

    static let protectionFinalizer: JSONValue = "kubernetes.io/pvc-protection"
}
