import KubeAPI

/// External provisioners running in pods (sig-storage-lib-external-provisioner's
/// `ProvisionController` around the local-path provisioner): for a claim the PV controller handed
/// to it (and, when binding waits for a consumer, once the scheduler picked a node) it creates the
/// volume `pvc-<claim uid>`; a Released volume it made with reclaim policy Delete it deletes.
/// Nothing happens while no provisioner pod runs; a new one picks up what waited.
///
/// It reads the journal: claims and volumes that changed, and everything when a provisioner's pod
/// changed (it may have just started) or a ConfigMap or StorageClass did.
extension Cluster {
    func runProvisioners() -> Bool {
        let before = store.revision
        // A provisioner's start matters only for claims and volumes: with none, its pods are not looked up.
        let anyStorage = store.count(of: .persistentVolumeClaims) > 0 || store.count(of: .persistentVolumes) > 0
        let changes = takeChanges(
            for: .provisioners,
            of: [.persistentVolumeClaims, .persistentVolumes, .configMaps, .storageClasses] + (anyStorage ? [.pods] : []))
        var claimKeys: Set<ObjectStore.Key> = []
        var volumeNames: Set<String> = []
        var startedProvisioner = false
        var everything = changes == nil
        for change in changes ?? [] {
            switch change.type {
            case .persistentVolumeClaims: claimKeys.insert(change.key)
            case .persistentVolumes: volumeNames.insert(change.key.name)
            case .pods where !change.removed && !startedProvisioner && anyStorage:
                // A provisioner that has just started lists everything first.
                let pod = lookup(.pods, change.key.namespace, change.key.name)
                startedProvisioner = pod.flatMap(LocalPathProvisioner.init(pod:)) != nil
            case .configMaps, .storageClasses: everything = true
            default: break
            }
        }
        if startedProvisioner { everything = true }
        let claims =
            (everything
            ? list(.persistentVolumeClaims)
            : claimKeys.sorted().compactMap {
                lookup(.persistentVolumeClaims, $0.namespace, $0.name)
            }).filter(awaitsProvisioning)
        let volumes =
            (everything
            ? list(.persistentVolumes)
            : volumeNames.sorted().compactMap {
                lookup(.persistentVolumes, nil, $0)
            }).filter(awaitsDeletion)
        let waiting = !helperPodOperations.isEmpty
        if claims.isEmpty && volumes.isEmpty && !waiting { return false }
        let provisioners = list(.pods).compactMap(LocalPathProvisioner.init(pod:))
        if waiting { _ = pollHelperPods(provisioners) }
        return provisionAndDelete(claims, volumes, provisioners, before: before)
    }

    private func provisionAndDelete(
        _ claims: [KubeObject], _ volumes: [KubeObject], _ provisioners: [LocalPathProvisioner], before: Int
    ) -> Bool {
        guard !provisioners.isEmpty else { return store.revision != before }
        for claim in claims {
            let wanted =
                claim.annotations[VolumeAnnotations.storageProvisioner]
                ?? claim.annotations[VolumeAnnotations.betaStorageProvisioner]
            if let provisioner = provisioners.first(where: { $0.name == wanted }) { provision(claim, by: provisioner) }
        }
        for volume in volumes {
            guard let provisioner = provisioners.first(where: { $0.name == volume.annotations[VolumeAnnotations.provisionedBy] })
            else {
                continue
            }
            delete(volume, by: provisioner)
        }
        return store.revision != before
    }

    /// `shouldProvision`: unbound, handed to a provisioner, with a node picked when the class waits
    /// for a consumer, and its volume not made yet.
    private func awaitsProvisioning(_ claim: KubeObject) -> Bool {
        guard claim.deletionTimestamp == nil, (claim[path: "spec.volumeName"].string ?? "").isEmpty,
            claim.annotations[VolumeAnnotations.storageProvisioner] != nil
                || claim.annotations[VolumeAnnotations.betaStorageProvisioner] != nil,
            lookup(.persistentVolumes, nil, "pvc-\(claim.uid)") == nil
        else { return false }
        return !isDelayBinding(claim) || !(claim.annotations[VolumeAnnotations.selectedNode] ?? "").isEmpty
    }

    /// `shouldDelete`: Released, reclaim policy Delete, made by a provisioner, not yet being deleted.
    private func awaitsDeletion(_ volume: KubeObject) -> Bool {
        volume.deletionTimestamp == nil && volume[path: "status.phase"].string == "Released"
            && volume[path: "spec.persistentVolumeReclaimPolicy"].string == "Delete"
            && volume.annotations[VolumeAnnotations.provisionedBy] != nil
    }

    /// `provisionClaimOperation`: says it provisions, asks the provisioner, stores the volume.
    private func provision(_ claim: KubeObject, by provisioner: LocalPathProvisioner) {
        guard !helperPodRunning(.create, volume: "pvc-\(claim.uid)") else { return }
        let source = EventSource(component: provisioner.identity)
        guard let storageClass = lookup(.storageClasses, nil, claim.claimClass),
            storageClass[path: "provisioner"].string == provisioner.name
        else { return }
        let selected = claim.annotations[VolumeAnnotations.selectedNode] ?? ""
        guard let node = lookup(.nodes, nil, selected) else { return }
        recordEvent(claim, reason: "Provisioning", message: ProvisionerMessage.provisioning(claim), source: source)
        let config = lookup(.configMaps, provisioner.pod.namespace, provisioner.configMapName)?[path: "data"][
            "config.json"]
        let basePath = config?.string.flatMap { LocalPathProvisioner.basePath(configJSON: $0, node: node.name) }
        let refusal =
            LocalPathProvisioner.refusal(of: claim)
            ?? (basePath == nil ? ProvisionerMessage.noPath(node.name) : nil)
        if let refusal {
            recordEvent(
                claim, reason: "ProvisioningFailed", message: ProvisionerMessage.failed(claim.claimClass, refusal),
                type: "Warning", source: source)
            return
        }
        let volume = provisioner.volume(for: claim, node: node, basePath: basePath ?? "", storageClass: storageClass)
        let path = LocalPathProvisioner.path(of: volume) ?? ""
        logProvisioner(provisioner, "Creating volume \(volume.name) at \(node.name):\(path)")
        _ = startHelperPod(.create, volume: volume, claim: claim, node: node.name, path: path, by: provisioner)
    }

    /// `deleteFor`: a volume kept by Retain is left alone; any other has its folder removed by a
    /// helper pod on its node, after which the provision controller deletes it.
    private func delete(_ volume: KubeObject, by provisioner: LocalPathProvisioner) {
        guard !helperPodRunning(.delete, volume: volume.name) else { return }
        let node = Self.affinityNode(of: volume)
        guard let path = LocalPathProvisioner.path(of: volume), let node else {
            deleteObject(.persistentVolumes, volume, propagation: .background)
            return
        }
        logProvisioner(provisioner, "Deleting volume \(volume.name) at \(node):\(path)")
        if !startHelperPod(.delete, volume: volume, claim: nil, node: node, path: path, by: provisioner) {
            deleteObject(.persistentVolumes, volume, propagation: .background)
        }
    }

    /// The node a local-path volume's affinity names (`getPathAndNodeForPV`).
    static func affinityNode(of volume: KubeObject) -> String? {
        for term in volume[path: "spec.nodeAffinity.required.nodeSelectorTerms"].array {
            for expression in term["matchExpressions"].array
            where expression["key"].string == "kubernetes.io/hostname" && expression["operator"].string == "In" {
                return expression["values"].array.count == 1 ? expression["values"][0].string : nil
            }
        }
        return nil
    }
}

/// Event messages, worded as the provision controller and the local-path provisioner word them.
enum ProvisionerMessage {
    static func provisioning(_ claim: KubeObject) -> String {
        "External provisioner is provisioning volume for claim \"\(claim.namespace ?? "default")/\(claim.name)\""
    }

    static func succeeded(_ volume: String) -> String { "Successfully provisioned volume \(volume)" }

    static func failed(_ storageClass: String, _ reason: String) -> String {
        "failed to provision volume with StorageClass \"\(storageClass)\": \(reason)"
    }

    static func noPath(_ node: String) -> String {
        "config doesn't contain node \(node), and no \(LocalPathProvisioner.defaultNodeKey) available"
    }
}
