import KubeAPI

/// kube-controller-manager's volume controllers: the PersistentVolume binder (`pv_controller.go`)
/// and the pvc-protection and pv-protection controllers.
///
/// It reads the store's journal as informers feed the real ones: claims that changed are synced,
/// volumes that changed are synced (and the claims they point at), and every 15 s a resync looks
/// at everything again, which is when a waiting claim repeats its event. Its own writes need no
/// second look, so its cursor skips them.
extension Cluster {
    func reconcileVolumes() -> Bool {
        let before = store.revision
        let resync = wakeups[Self.volumeResyncKey].map { $0 <= now } ?? false
        if resync { cancelWakeup(for: Self.volumeResyncKey) }
        // Pods matter only to the claims of their namespace: with no claims, their changes go unread.
        let podsMatter = store.count(of: .persistentVolumeClaims) > 0
        let changes = takeChanges(for: .volumes, of: [.persistentVolumeClaims, .persistentVolumes] + (podsMatter ? [.pods] : []))
        defer { journalCursors[.volumes] = store.journal.end }
        let everything = changes == nil || resync
        var allVolumes = everything
        var claimKeys: Set<ObjectStore.Key> = []
        var volumeNames: Set<String> = []
        var podNamespaces: Set<String> = []
        for change in changes ?? [] {
            switch change.type {
            case .persistentVolumeClaims:
                claimKeys.insert(change.key)
                if change.removed { allVolumes = true }  // its volume is released
            case .persistentVolumes: volumeNames.insert(change.key.name)
            case .pods: podNamespaces.insert(change.key.namespace)
            default: break
            }
        }
        if !allVolumes && claimKeys.isEmpty && volumeNames.isEmpty && podNamespaces.isEmpty { return false }

        // Claim protection first: a claim it lets go releases its volume in the same pass.
        let guarded =
            everything
            ? list(.persistentVolumeClaims)
            : claimKeys.sorted().compactMap {
                lookup(.persistentVolumeClaims, $0.namespace, $0.name)
            } + podNamespaces.sorted().flatMap { list(.persistentVolumeClaims, namespace: $0) }
        for claim in guarded where claim.deletionTimestamp != nil {
            if releaseClaimProtection(claim) { allVolumes = true }
        }

        let volumes =
            allVolumes
            ? list(.persistentVolumes) : volumeNames.sorted().compactMap { lookup(.persistentVolumes, nil, $0) }
        for volume in volumes { claimKeys.formUnion(syncVolume(volume)) }
        let claims =
            everything
            ? list(.persistentVolumeClaims)
            : claimKeys.sorted().compactMap { lookup(.persistentVolumeClaims, $0.namespace, $0.name) }
        for claim in claims { syncClaim(claim) }
        for volume in list(.persistentVolumes) where volume.deletionTimestamp != nil { releaseVolumeProtection(volume) }

        if wakeups[Self.volumeResyncKey] == nil,
            list(.persistentVolumeClaims).contains(where: { $0[path: "status.phase"].string == "Pending" })
        {
            wake(at: now.adding(seconds: Self.volumeResyncSeconds), for: Self.volumeResyncKey)
        }
        return store.revision != before
    }

    /// `syncClaim`: a claim the controller has not yet bound, or one it has.
    private func syncClaim(_ claim: KubeObject) {
        if claim.annotations[VolumeAnnotations.bindCompleted] == nil {
            syncUnboundClaim(claim)
        } else {
            syncBoundClaim(claim)
        }
    }

    /// `syncUnboundClaim`: bind a matching volume, else wait for a consumer or a provisioner.
    private func syncUnboundClaim(_ claim: KubeObject) {
        let volumes = list(.persistentVolumes)
        if let name = claim[path: "spec.volumeName"].string, !name.isEmpty {
            if let volume = volumes.first(where: { $0.name == name }),
                volume[path: "spec.claimRef"].isNull || VolumeMatching.isVolume(volume, boundTo: claim)
            {
                bind(volume, claim)
            } else {
                updateClaimPhase(claim, "Pending")
            }
            return
        }
        let delayBinding = isDelayBinding(claim)
        if let volume = VolumeMatching.bestMatch(for: claim, among: volumes, delayBinding: delayBinding) {
            bind(volume, claim)
            return
        }
        if delayBinding && claim.annotations[VolumeAnnotations.selectedNode] == nil {
            let waiting = list(.pods, namespace: claim.namespace)
                .filter { $0.nodeName == nil && $0.claimNames.contains(claim.name) }.map(\.name)
            let message =
                waiting.isEmpty
                ? VolumeBinderMessage.waitForFirstConsumer
                : VolumeBinderMessage.waitForPods(waiting)
            recordEvent(
                claim, reason: waiting.isEmpty ? "WaitForFirstConsumer" : "WaitForPodScheduled", message: message,
                source: Self.volumeBinder)
        } else if !claim.claimClass.isEmpty {
            provisionClaim(claim)
        } else {
            recordEvent(claim, reason: "FailedBinding", message: VolumeBinderMessage.noClass, source: Self.volumeBinder)
        }
        updateClaimPhase(lookup(.persistentVolumeClaims, claim.namespace, claim.name) ?? claim, "Pending")
    }

    /// `provisionClaimOperationExternal`: name the class's provisioner on the claim and say it waits for it.
    private func provisionClaim(_ claim: KubeObject) {
        guard let storageClass = lookup(.storageClasses, nil, claim.claimClass) else {
            recordEvent(
                claim, reason: "ProvisioningFailed", message: VolumeBinderMessage.classNotFound(claim.claimClass),
                type: "Warning", source: Self.volumeBinder)
            return
        }
        let provisioner = storageClass[path: "provisioner"].string ?? ""
        var annotated = claim
        for key in [VolumeAnnotations.betaStorageProvisioner, VolumeAnnotations.storageProvisioner] {
            annotated[path: "metadata.annotations"][key] = .string(provisioner)
        }
        save(.persistentVolumeClaims, annotated)
        recordEvent(
            annotated, reason: "ExternalProvisioning", message: VolumeBinderMessage.externalProvisioning(provisioner),
            source: Self.volumeBinder)
    }

    /// `syncBoundClaim`: a bound claim whose volume went is Lost; otherwise the binding is kept whole.
    private func syncBoundClaim(_ claim: KubeObject) {
        let name = claim[path: "spec.volumeName"].string ?? ""
        guard let volume = lookup(.persistentVolumes, nil, name), !name.isEmpty else {
            guard claim[path: "status.phase"].string != "Lost" else { return }
            updateClaimPhase(claim, "Lost")
            recordEvent(
                claim, reason: "ClaimLost", message: VolumeBinderMessage.claimLost, type: "Warning",
                source: Self.volumeBinder)
            return
        }
        if volume[path: "spec.claimRef"].isNull || volume[path: "spec.claimRef.uid"].string == claim.uid {
            bind(volume, claim)
        }
    }

    /// Whether the claim's class delays binding until a pod uses the claim.
    func isDelayBinding(_ claim: KubeObject) -> Bool {
        guard !claim.claimClass.isEmpty, let storageClass = lookup(.storageClasses, nil, claim.claimClass) else {
            return false
        }
        return storageClass[path: "volumeBindingMode"].string == "WaitForFirstConsumer"
    }

    static let volumeBinder = EventSource(component: "persistentvolume-controller")
    static let volumeResyncKey = "volume-resync"
    /// kube-controller-manager's `--pvclaimbinder-sync-period`.
    static let volumeResyncSeconds: Int64 = 15
}

/// The annotations the volume controllers and the scheduler write.
enum VolumeAnnotations {
    static let bindCompleted = "pv.kubernetes.io/bind-completed"
    static let boundByController = "pv.kubernetes.io/bound-by-controller"
    static let provisionedBy = "pv.kubernetes.io/provisioned-by"
    static let selectedNode = "volume.kubernetes.io/selected-node"
    static let storageProvisioner = "volume.kubernetes.io/storage-provisioner"
    static let betaStorageProvisioner = "volume.beta.kubernetes.io/storage-provisioner"
}

/// Event messages, worded as `pv_controller.go` words them.
enum VolumeBinderMessage {
    static let waitForFirstConsumer = "waiting for first consumer to be created before binding"
    static let noClass = "no persistent volumes available for this claim and no storage class is set"
    static let claimLost = "Bound claim has lost its PersistentVolume. Data on the volume is lost!"

    static func waitForPods(_ pods: [String]) -> String {
        pods.count == 1
            ? "waiting for pod \(pods[0]) to be scheduled"
            : "waiting for pods \(pods.joined(separator: ",")) to be scheduled"
    }

    static func externalProvisioning(_ provisioner: String) -> String {
        "Waiting for a volume to be created either by the external provisioner '\(provisioner)' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered."
    }

    static func classNotFound(_ name: String) -> String { "storageclass.storage.k8s.io \"\(name)\" not found" }
}
