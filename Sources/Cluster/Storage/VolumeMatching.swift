import KubeAPI

/// Which PersistentVolume suits a claim (`FindMatchingVolume` and the PV controller's index by
/// access modes): one pre-bound to the claim wins; otherwise an Available volume of the claim's
/// class, volume mode and selector with room enough, the fewest access modes first, then the smallest.
enum VolumeMatching {
    /// The best volume for `claim` among `volumes`.
    ///
    /// Without a node (the PV controller) a claim whose
    /// binding waits for its first consumer matches only a pre-bound volume; with a node (the
    /// scheduler) the volume's node affinity must admit that node.
    static func bestMatch(
        for claim: KubeObject, among volumes: [KubeObject], delayBinding: Bool, node: SchedulingNode? = nil
    ) -> KubeObject? {
        let requested = claim.requestedStorage
        let wantedModes = claim.accessModeSet
        let selector = claim[path: "spec.selector"].isNull ? nil : LabelSelector(json: claim[path: "spec.selector"])
        var best: (modes: Int, bytes: Int64, volume: KubeObject)?
        for volume in volumes {
            let claimRef = volume[path: "spec.claimRef"]
            let boundHere = isVolume(volume, boundTo: claim)
            if !claimRef.isNull && !boundHere { continue }
            guard volume.storageCapacity >= requested, volume.volumeMode == claim.volumeMode,
                volume.deletionTimestamp == nil
            else { continue }
            let fitsNode = node.map { affinityAdmits(volume, $0) } ?? true
            if boundHere { return fitsNode ? volume : nil }
            if node == nil && delayBinding { continue }
            guard volume[path: "status.phase"].string == "Available", selector?.matches(volume.labels) ?? true,
                volume.volumeClass == claim.claimClass, fitsNode, wantedModes.isSubset(of: volume.accessModeSet)
            else { continue }
            let candidate = (volume.accessModeSet.count, volume.storageCapacity, volume)
            if best.map({ (candidate.0, candidate.1) < ($0.modes, $0.bytes) }) ?? true { best = candidate }
        }
        return best?.volume
    }

    /// `IsVolumeBoundToClaim`: the claim reference names the claim, and its UID if it has one.
    static func isVolume(_ volume: KubeObject, boundTo claim: KubeObject) -> Bool {
        let ref = volume[path: "spec.claimRef"]
        guard ref["name"].string == claim.name, ref["namespace"].string == claim.namespace else { return false }
        return (ref["uid"].string ?? "").isEmpty || ref["uid"].string == claim.uid
    }

    /// Whether the volume's required node affinity (if any) admits `node`.
    static func affinityAdmits(_ volume: KubeObject, _ node: SchedulingNode) -> Bool {
        let required = volume[path: "spec.nodeAffinity.required"]
        guard !required.isNull else { return true }
        return required["nodeSelectorTerms"].array.contains { NodeAffinity.termMatches($0, node) }
    }
}

extension KubeObject {
    /// `GetPersistentVolumeClaimClass` / `GetPersistentVolumeClass`: the beta annotation, else the field, else "".
    var claimClass: String {
        annotations["volume.beta.kubernetes.io/storage-class"] ?? self[path: "spec.storageClassName"].string ?? ""
    }

    var volumeClass: String { claimClass }

    /// A claim's requested storage in bytes.
    var requestedStorage: Int64 {
        self[path: "spec.resources.requests.storage"].string.flatMap { Quantity($0)?.value } ?? 0
    }

    /// A volume's capacity in bytes.
    var storageCapacity: Int64 {
        self[path: "spec.capacity.storage"].string.flatMap { Quantity($0)?.value } ?? 0
    }

    var accessModeSet: Set<String> { Set(self[path: "spec.accessModes"].array.compactMap(\.string)) }

    var volumeMode: String { self[path: "spec.volumeMode"].string ?? "Filesystem" }

    /// The claims a pod mounts, by name, in volume order.
    var claimNames: [String] {
        self[path: "spec.volumes"].array.compactMap { $0["persistentVolumeClaim"]["claimName"].string }
    }
}
