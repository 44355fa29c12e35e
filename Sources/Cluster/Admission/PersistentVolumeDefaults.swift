import KubeAPI

/// What the apiserver fills into a new PersistentVolume: the `Retain` reclaim policy and
/// `Filesystem` mode by default, the `Pending` phase with its transition time, and the
/// protection finalizer (StorageObjectInUseProtection admission).
enum PersistentVolumeDefaults {
    static func apply(to volume: KubeObject, now: Timestamp) -> KubeObject {
        var volume = volume
        if volume[path: "spec.persistentVolumeReclaimPolicy"].isNull {
            volume[path: "spec.persistentVolumeReclaimPolicy"] = "Retain"
        }
        if volume[path: "spec.volumeMode"].isNull { volume[path: "spec.volumeMode"] = "Filesystem" }
        if !volume[path: "spec.hostPath"].isNull, volume[path: "spec.hostPath.type"].isNull {
            volume[path: "spec.hostPath.type"] = ""
        }
        volume[path: "status"] = ["phase": "Pending", "lastPhaseTransitionTime": .string(now.rfc3339)]
        if !volume.finalizerNames.contains(Cluster.volumeProtectionFinalizer) {
            volume.finalizerNames.append(Cluster.volumeProtectionFinalizer)
        }
        return volume
    }
}
