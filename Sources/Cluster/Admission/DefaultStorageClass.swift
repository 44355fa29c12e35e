import KubeAPI

/// The DefaultStorageClass admission plugin: a claim that names no class gets the default
/// StorageClass (the newest, when several are marked), if there is one. The tk8s lab marks none.
extension Cluster {
    func defaultStorageClass(for claim: KubeObject) -> KubeObject {
        guard claim[path: "spec.storageClassName"].isNull,
            claim.annotations["volume.beta.kubernetes.io/storage-class"] == nil
        else { return claim }
        let defaults = list(.storageClasses).filter { storageClass in
            let annotations = storageClass.annotations
            return annotations["storageclass.kubernetes.io/is-default-class"] == "true"
                || annotations["storageclass.beta.kubernetes.io/is-default-class"] == "true"
        }
        guard
            let chosen = defaults.max(by: {
                ($0.creationTimestamp ?? now, $1.name) < ($1.creationTimestamp ?? now, $0.name)
            })
        else { return claim }
        var defaulted = claim
        defaulted[path: "spec.storageClassName"] = .string(chosen.name)
        return defaulted
    }
}
