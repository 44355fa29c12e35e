import KubeAPI

/// A volume the local-path provisioner is making or removing through a helper pod: what it will
/// do once the pod has succeeded (store the volume for the claim, or delete the volume).
struct HelperPodOperation: Sendable {
    var action: HelperPod.Action
    /// The provisioner process that waits (a restarted one has forgotten the wait).
    var provisionerIdentity: String
    var namespace: String
    var pod: String
    /// The claim's volume to store (create), or the volume to delete (delete).
    var volume: KubeObject
    var claimNamespace: String?
    var claimName: String?
    var node: String
    var path: String
    var startedAt: Timestamp
}

/// `createHelperPod`: the provisioner logs what it does, creates the helper pod on the node, then
/// looks at it every second (for up to `cmdTimeoutSeconds`, 120) until it has Succeeded; then it
/// says the volume is done, copies the helper's log into its own, deletes the pod, and the
/// provision controller stores (or deletes) the volume.
extension Cluster {
    static let helperPollSeconds: Int64 = 1
    static let helperTimeoutSeconds: Int64 = 120

    /// Starts the helper pod for `action` on `volume`; false when the ConfigMap has no usable template.
    func startHelperPod(
        _ action: HelperPod.Action, volume: KubeObject, claim: KubeObject?, node: String, path: String,
        by provisioner: LocalPathProvisioner
    ) -> Bool {
        let namespace = provisioner.pod.namespace ?? "default"
        let size = ResourceAmount.parse(volume[path: "spec.capacity.storage"].string ?? "0")
        let helper = HelperPod(
            action: action, volume: volume.name, path: path, node: node, sizeBytes: size,
            volumeMode: volume[path: "spec.volumeMode"].string ?? "Filesystem")
        let config = lookup(.configMaps, namespace, provisioner.configMapName)
        guard let template = config?[path: "data"][LocalPathProvisioner.helperPodKey].string,
            let pod = helper.pod(
                template: template, namespace: namespace, serviceAccount: provisioner.serviceAccountName,
                configMap: provisioner.configMapName)
        else { return false }
        logProvisioner(provisioner, "create the helper pod \(pod.name) into \(namespace)")
        // One left by an earlier attempt is waited for as if just made.
        if lookup(.pods, namespace, pod.name) == nil { createOwned(pod, as: .pods) }
        let key = namespace + "/" + pod.name
        helperPodOperations[key] = HelperPodOperation(
            action: action, provisionerIdentity: provisioner.identity, namespace: namespace, pod: pod.name,
            volume: volume, claimNamespace: claim?.namespace, claimName: claim?.name, node: node, path: path,
            startedAt: now)
        wake(at: now.adding(seconds: Self.helperPollSeconds), for: "provisioner/" + key)
        return true
    }

    /// Whether a helper pod is already being waited for on this volume.
    func helperPodRunning(_ action: HelperPod.Action, volume: String) -> Bool {
        helperPodOperations.values.contains { $0.action == action && $0.volume.name == volume }
    }

    /// The waits whose poll is due: finish those whose pod has succeeded, give up on timed-out ones.
    func pollHelperPods(_ provisioners: [LocalPathProvisioner]) -> Bool {
        let before = store.revision
        for key in helperPodOperations.keys.sorted() {
            guard let operation = helperPodOperations[key] else { continue }
            guard let provisioner = provisioners.first(where: { $0.identity == operation.provisionerIdentity }) else {
                // The process that waited is gone; its helper pod stays for a later attempt.
                helperPodOperations[key] = nil
                cancelWakeup(for: "provisioner/" + key)
                continue
            }
            if let due = wakeups["provisioner/" + key], due > now { continue }
            let pod = lookup(.pods, operation.namespace, operation.pod)
            if pod?[path: "status.phase"].string == "Succeeded", let pod {
                finishHelperPod(operation, pod: pod, by: provisioner)
            } else if pod == nil || now.milliseconds(since: operation.startedAt) >= Self.helperTimeoutSeconds * 1000 {
                failHelperPod(operation, pod: pod, by: provisioner)
            } else {
                wake(at: now.adding(seconds: Self.helperPollSeconds), for: "provisioner/" + key)
                continue
            }
            helperPodOperations[key] = nil
            cancelWakeup(for: "provisioner/" + key)
        }
        return store.revision != before
    }

    private func finishHelperPod(_ operation: HelperPodOperation, pod: KubeObject, by provisioner: LocalPathProvisioner) {
        logProvisioner(
            provisioner,
            "Volume \(operation.volume.name) has been \(operation.action.rawValue)d on \(operation.node):\(operation.path)")
        saveHelperPodLogs(pod, by: provisioner)
        deleteObject(.pods, pod, propagation: .background)
        let source = EventSource(component: provisioner.identity)
        switch operation.action {
        case .create:
            guard let created = createOwned(operation.volume, as: .persistentVolumes) else { return }
            if let name = operation.claimName, let claim = lookup(.persistentVolumeClaims, operation.claimNamespace, name) {
                recordEvent(
                    claim, reason: "ProvisioningSucceeded", message: ProvisionerMessage.succeeded(created.name),
                    source: source)
            }
        case .delete:
            if let volume = lookup(.persistentVolumes, nil, operation.volume.name), volume.uid == operation.volume.uid {
                deleteObject(.persistentVolumes, volume, propagation: .background)
            }
        }
    }

    /// The helper never succeeded (or its pod went): the provisioner gives up this attempt.
    private func failHelperPod(_ operation: HelperPodOperation, pod: KubeObject?, by provisioner: LocalPathProvisioner) {
        let reason =
            pod == nil
            ? "pods \"\(operation.pod)\" not found"
            : "create process timeout after \(Self.helperTimeoutSeconds) seconds"
        let failure = "failed to \(operation.action.rawValue) volume \(operation.volume.name): \(reason)"
        if let pod {
            saveHelperPodLogs(pod, by: provisioner)
            deleteObject(.pods, pod, propagation: .background)
        }
        let source = EventSource(component: provisioner.identity)
        switch operation.action {
        case .create:
            guard let name = operation.claimName, let claim = lookup(.persistentVolumeClaims, operation.claimNamespace, name)
            else { return }
            let storageClass = claim.claimClass
            recordEvent(
                claim, reason: "ProvisioningFailed", message: ProvisionerMessage.failed(storageClass, failure),
                type: "Warning", source: source)
        case .delete:
            logProvisioner(provisioner, "clean up volume \(operation.volume.name) failed: \(failure)")
        }
    }

    /// `saveHelperPodLogs`: the helper's output between a start and an end line.
    private func saveHelperPodLogs(_ pod: KubeObject, by provisioner: LocalPathProvisioner) {
        let container = pod[path: "spec.containers"][0]["name"].string ?? ""
        let text = (try? podLog(namespace: pod.namespace ?? "", name: pod.name, PodLogOptions(container: container)))?.text ?? ""
        logProvisioner(provisioner, "Start of \(pod.name) logs")
        if !text.isEmpty {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            for line in lines.isEmpty ? [""] : lines { logProvisioner(provisioner, String(line)) }
        }
        logProvisioner(provisioner, "End of \(pod.name) logs")
    }

    /// Appends a line to the provisioner's own log, stamped now.
    func logProvisioner(_ provisioner: LocalPathProvisioner, _ message: String, level: String = "info") {
        processLogs[provisioner.pod.uid + "/" + provisioner.container, default: []].append(
            LogEntry(time: now, text: LocalPathProvisioner.logLine(message, level: level, at: now)))
    }
}
