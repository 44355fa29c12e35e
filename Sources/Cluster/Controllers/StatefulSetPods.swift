import KubeAPI

/// How the StatefulSet controller makes a member: its claims first, then the pod with its
/// stable identity (name, hostname, subdomain, ordinal labels) and storage (one claim per template).
extension Cluster {
    /// Creates the claims the pod of `ordinal` mounts, then the pod at `revision` from `template`.
    ///
    /// Returns the created pod (nil when the name is still taken).
    @discardableResult
    func createStatefulPod(
        _ spec: StatefulSetSpec, ordinal: Int, template: JSONValue, revision: String
    ) -> KubeObject? {
        createStatefulClaims(spec, ordinal: ordinal)
        let pod = Self.statefulPod(spec, ordinal: ordinal, template: template, revision: revision)
        guard let created = createOwned(pod, as: .pods) else { return nil }
        recordEvent(
            spec.object, reason: "SuccessfulCreate", message: StatefulSetMessage.pod("create", pod.name, spec.name),
            source: Self.statefulSetController)
        return created
    }

    /// Creates whichever claims of the pod of `ordinal` do not exist yet.
    func createStatefulClaims(_ spec: StatefulSetSpec, ordinal: Int) {
        for claimTemplate in spec.claimTemplates {
            let claimName = spec.claimName(claimTemplate, ordinal: ordinal)
            guard lookup(.persistentVolumeClaims, spec.object.namespace, claimName) == nil else { continue }
            guard
                createOwned(Self.claim(claimTemplate, named: claimName, for: spec), as: .persistentVolumeClaims) != nil
            else { continue }
            recordEvent(
                spec.object, reason: "SuccessfulCreate",
                message: StatefulSetMessage.createClaim(claimName, spec.podName(ordinal), spec.name),
                source: Self.statefulSetController)
        }
    }

    /// Deletes a member pod (gracefully when it runs) and records it; its claims stay.
    func deleteStatefulPod(_ pod: KubeObject, of spec: StatefulSetSpec) {
        deletePod(pod)
        recordEvent(
            spec.object, reason: "SuccessfulDelete", message: StatefulSetMessage.pod("delete", pod.name, spec.name),
            source: Self.statefulSetController)
    }

    /// `newStatefulSetPod` plus `setPodRevision`: the template with identity, storage and revision.
    static func statefulPod(_ spec: StatefulSetSpec, ordinal: Int, template: JSONValue, revision: String) -> KubeObject
    {
        var pod = KubeObject.pod(fromTemplate: template, owner: spec.object)
        let name = spec.podName(ordinal)
        pod.name = name
        var labels = pod.labels
        labels["statefulset.kubernetes.io/pod-name"] = name
        labels["apps.kubernetes.io/pod-index"] = String(ordinal)
        labels["controller-revision-hash"] = revision
        pod[path: "metadata.labels"] = .stringMap(labels)
        pod[path: "spec.hostname"] = .string(name)
        if !spec.serviceName.isEmpty { pod[path: "spec.subdomain"] = .string(spec.serviceName) }
        let claimVolumes: [JSONValue] = spec.claimTemplates.map { claimTemplate in
            [
                "name": claimTemplate[path: "metadata.name"],
                "persistentVolumeClaim": ["claimName": .string(spec.claimName(claimTemplate, ordinal: ordinal))],
            ]
        }
        let claimNames = Set(spec.claimTemplates.compactMap { $0[path: "metadata.name"].string })
        let otherVolumes = pod[path: "spec.volumes"].array.filter { !claimNames.contains($0["name"].string ?? "") }
        let volumes = claimVolumes + otherVolumes
        pod[path: "spec.volumes"] = volumes.isEmpty ? nil : .array(volumes)
        return pod
    }

    /// A claim from a volume claim template: its name per ordinal, labelled with the set's selector.
    static func claim(_ template: JSONValue, named name: String, for spec: StatefulSetSpec) -> KubeObject {
        var claim = KubeObject(["apiVersion": "v1", "kind": "PersistentVolumeClaim"])
        claim.metadata = template["metadata"]
        claim[path: "metadata.creationTimestamp"] = nil
        claim.name = name
        claim.namespace = spec.object.namespace
        let selector = spec.object[path: "spec.selector.matchLabels"].stringMap
        if !claim.labels.isEmpty || !selector.isEmpty {
            claim[path: "metadata.labels"] = .stringMap(claim.labels.merging(selector) { $1 })
        }
        claim.value["spec"] = template["spec"]
        return claim
    }

    static let statefulSetController = EventSource(component: "statefulset-controller")

    /// Event messages, worded as `stateful_pod_control.go` words them.
    enum StatefulSetMessage {
        static func pod(_ verb: String, _ pod: String, _ set: String) -> String {
            "\(verb) Pod \(pod) in StatefulSet \(set) successful"
        }

        static func createClaim(_ claim: String, _ pod: String, _ set: String) -> String {
            "create Claim \(claim) Pod \(pod) in StatefulSet \(set) success"
        }

        static func recreating(_ namespace: String, _ set: String, _ pod: String, failed: Bool) -> String {
            "StatefulSet \(namespace)/\(set) is recreating \(failed ? "failed" : "terminated") Pod \(pod)"
        }
    }
}
