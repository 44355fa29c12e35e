import KubeAPI

/// The kubelet's image manager: find an image present or pull it, report failures, and back off
/// (10 s doubling to 5 min) before pulling a refused image again.
extension Cluster {
    /// The `pull` step: honour the pull policy, then start the container or begin a pull.
    func ensureImage(of container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let image = container["image"].string ?? ""
        let policy = container["imagePullPolicy"].string ?? "IfNotPresent"
        let facts = imageFacts(image)
        let present = isPresent(image, canonical: facts.canonical, on: node)
        if present && policy != "Always" {
            let fieldPath = pod.fieldPath(of: name)
            recordContainerEvent(
                pod, name, reason: "Pulled", message: Self.alreadyPresent(image), node: node, fieldPath: fieldPath)
            startContainer(container, in: pod, node: node, fieldPath: fieldPath)
            return
        }
        if policy == "Never" {
            let message = Self.neverPull(image)
            recordContainerEvent(pod, name, reason: "ErrImageNeverPull", message: message, type: "Warning", node: node)
            recordContainerEvent(pod, name, reason: "Failed", message: "Error: ErrImageNeverPull", type: "Warning", node: node)
            var waiting = pod
            PodStatusWriter.update(&waiting, container: name) { PodStatusWriter.waiting(&$0, reason: "ErrImageNeverPull", message: message) }
            PodStatusWriter.refresh(&waiting, at: now)
            save(.pods, waiting)
            logKubelet(.syncFailed(container: name, reason: "ErrImageNeverPull", message: message), pod: pod, node: node)
            startNextContainer(after: name, in: pod)
            return
        }
        recordContainerEvent(pod, name, reason: "Pulling", message: "Pulling image \"\(image)\"", node: node)
        trackPullStarted(of: pod)
        let catalog = runtime.images
        if catalog.isEmpty || facts.entry != nil {
            let milliseconds = pullMilliseconds(sizeBytes: facts.sizeBytes, downloaded: !present)
            schedule(present ? .verified : .pulled, pod.uid, name, at: now.adding(milliseconds: milliseconds))
        } else {
            schedule(.pullFailed, pod.uid, name, at: now.adding(milliseconds: catalog.pullLatencyMilliseconds))
        }
    }

    /// The `pulled` step: report the pull with its duration and size, then start the container.
    func finishPull(of container: JSONValue, in pod: KubeObject, node: String, downloaded: Bool) {
        let name = container["name"].string ?? ""
        let image = container["image"].string ?? ""
        let facts = imageFacts(image)
        let took = GoDuration.format(milliseconds: pullMilliseconds(sizeBytes: facts.sizeBytes, downloaded: downloaded))
        let size = facts.sizeBytes
        let message = "Successfully pulled image \"\(image)\" in \(took) (\(took) including waiting). Image size: \(size) bytes."
        let fieldPath = pod.fieldPath(of: name)
        recordContainerEvent(pod, name, reason: "Pulled", message: message, node: node, fieldPath: fieldPath)
        trackPullFinished(of: pod)
        nodeImages[node, default: []].insert(facts.canonical)
        startContainer(container, in: pod, node: node, fieldPath: fieldPath)
    }

    /// The `pullFailed` step: `ErrImagePull`, with the registry's error quoted.
    func failPull(of container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let image = container["image"].string ?? ""
        let error = runtime.images.pullError(image, lookup: runtime.images.lookup(image))
        let failure = "Failed to pull image \"\(image)\": \(error)"
        recordContainerEvent(pod, name, reason: "Failed", message: failure, type: "Warning", node: node)
        recordContainerEvent(pod, name, reason: "Failed", message: "Error: ErrImagePull", type: "Warning", node: node)
        var failed = lookup(.pods, pod.namespace, pod.name) ?? pod
        PodStatusWriter.update(&failed, container: name) { PodStatusWriter.waiting(&$0, reason: "ErrImagePull", message: error) }
        PodStatusWriter.refresh(&failed, at: now)
        save(.pods, failed)
        logKubelet(.syncFailed(container: name, reason: "ErrImagePull", message: error), pod: pod, node: node)
        // The sandbox the first sync created makes the kubelet sync again a second later; after
        // that, a pod whose sync failed is retried every 10 s.
        let attempts = pullFailures(of: pod, container: name, message: failure, node: node)?.count ?? 1
        schedule(.pullSync, pod.uid, name, at: now.adding(seconds: attempts == 1 ? 1 : Self.syncRetrySeconds))
        startNextContainer(after: name, in: pod)
    }

    /// The `pullSync` step: pull again once the back-off has passed, else report `ImagePullBackOff`.
    func syncPullBackOff(of container: JSONValue, in pod: KubeObject, node: String) {
        let name = container["name"].string ?? ""
        let image = container["image"].string ?? ""
        let failure = "Failed to pull image \"\(image)\": " + runtime.images.pullError(image, lookup: runtime.images.lookup(image))
        let failures = pullFailures(of: pod, container: name, message: failure, node: node)
        let attempts = failures?.count ?? 1
        let failedAt = failures?.last ?? now
        if now.milliseconds(since: failedAt) >= Self.backOff(afterFailures: attempts) * 1000 {
            ensureImage(of: container, in: pod, node: node)
            return
        }
        let message = "Back-off pulling image \"\(image)\""
        recordContainerEvent(pod, name, reason: "BackOff", message: message, node: node)
        recordContainerEvent(pod, name, reason: "Failed", message: "Error: ImagePullBackOff", type: "Warning", node: node)
        var waiting = lookup(.pods, pod.namespace, pod.name) ?? pod
        PodStatusWriter.update(&waiting, container: name) { PodStatusWriter.waiting(&$0, reason: "ImagePullBackOff", message: message) }
        save(.pods, waiting)
        logKubelet(.syncFailed(container: name, reason: "ImagePullBackOff", message: message), pod: pod, node: node)
        schedule(.pullSync, pod.uid, name, at: now.adding(seconds: Self.syncRetrySeconds))
    }

    /// The kubelet's back-off (`flowcontrol.Backoff`, 10 s doubling, at most 300 s) after `failures` in a row.
    static func backOff(afterFailures failures: Int) -> Int64 {
        min(10 << Int64(min(max(failures - 1, 0), 10)), 300)
    }

    /// Whether a node holds `image` (compared as the runtime resolves names).
    func isPresent(_ image: String, on node: String) -> Bool {
        isPresent(image, canonical: imageFacts(image).canonical, on: node)
    }

    /// `isPresent(_:on:)` for an image whose fully qualified name is known.
    private func isPresent(_ image: String, canonical: String, on node: String) -> Bool {
        guard let held = nodeImages[node] else { return false }
        return held.contains(image) || held.contains(canonical)
    }

    /// How long a pull takes: the whole download, or only the registry round trip when the node has the image.
    private func pullMilliseconds(sizeBytes: Int64, downloaded: Bool) -> Int64 {
        let catalog = runtime.images
        if catalog.isEmpty { return downloaded ? runtime.imagePullSeconds * 1000 : 0 }
        return downloaded ? catalog.pullMilliseconds(sizeBytes: sizeBytes) : catalog.pullLatencyMilliseconds
    }

    /// How many pulls of the container's image failed, and when the last did, as the kubelet's
    /// own record of its `Failed` events has it (written to the API or not).
    private func pullFailures(of pod: KubeObject, container: String, message: String, node: String)
        -> (count: Int, last: Timestamp)?
    {
        eventCorrelator.observation(
            of: EventCorrelator.Occurrence(
                source: EventSource(component: "kubelet", host: node), objectUID: pod.uid,
                fieldPath: pod.fieldPath(of: container), type: "Warning", reason: "Failed", message: message))
    }

    /// How often the kubelet retries the sync of a pod whose last sync failed (`backOffPeriod`).
    static let syncRetrySeconds: Int64 = 10

    /// With no catalog loaded, every image exists and runs until stopped.
    static let anyImage = ImageCatalog.Image(tags: [], sizeBytes: 0, defaultRun: .forever)

    static func alreadyPresent(_ image: String) -> String { "Container image \"\(image)\" already present on machine" }

    static func neverPull(_ image: String) -> String {
        "Container image \"\(image)\" is not present with pull policy of Never"
    }
}
