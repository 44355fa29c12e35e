import KubeAPI

/// The EndpointSlice controller (`pkg/controller/endpointslice`): one IPv4 slice per Service
/// with a selector, named `<service>-<5 random>`, listing every selected pod that has an IP,
/// terminating pods included, each with its ready, serving and terminating conditions.
///
/// Like an informer-fed controller it reads the store's journal: only the namespaces where a
/// Service, a pod or a slice changed are synced again.
extension Cluster {
    func reconcileEndpointSlices() -> Bool {
        let before = store.revision
        let watched: Set<ResourceType> = [.services, .pods, .endpointSlices]
        let services: [KubeObject]
        if let changes = takeChanges(for: .endpointSlices) {
            let namespaces = Set(changes.lazy.filter { watched.contains($0.type) }.map(\.key.namespace))
            services = namespaces.sorted().flatMap { list(.services, namespace: $0) }
        } else {
            services = list(.services)
        }
        for service in services where service.deletionTimestamp == nil {
            syncEndpointSlice(for: service)
        }
        return store.revision != before
    }

    /// Brings the Service's managed slice in line with its pods, creating it when missing.
    private func syncEndpointSlice(for service: KubeObject) {
        let selector = service[path: "spec.selector"].stringMap
        guard !selector.isEmpty, service[path: "spec.type"].string != "ExternalName" else { return }
        let namespace = service.namespace ?? "default"
        let pods = list(.pods, namespace: namespace, selector: LabelSelector(matchLabels: selector))
            .filter { $0[path: "status.podIP"].string != nil && !$0.isFinished }
        let existing = store.list(.endpointSlices, controlledBy: service.uid)
            .first { $0.labels[Self.managedByLabel] == Self.endpointSliceControllerName }
        let desired = EndpointSliceContent(service: service, pods: pods, keepingOrderOf: existing)
        guard var slice = existing else {
            createOwned(newEndpointSlice(for: service, content: desired), as: .endpointSlices)
            return
        }
        let labels = Self.endpointSliceLabels(for: service)
        let current = EndpointSliceContent(slice)
        if current == desired && slice.labels == labels { return }
        slice.labels = labels
        if current != desired {
            desired.write(into: &slice)
            slice[path: "metadata.generation"] = .int((slice.metadata["generation"].int ?? 1) + 1)
        }
        save(.endpointSlices, slice)
    }

    private func newEndpointSlice(for service: KubeObject, content: EndpointSliceContent) -> KubeObject {
        var slice = KubeObject(["apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4"])
        slice[path: "metadata.generateName"] = .string(service.name + "-")
        slice.namespace = service.namespace
        slice.labels = Self.endpointSliceLabels(for: service)
        slice[path: "metadata.generation"] = 1
        slice[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "v1", kind: "Service", name: service.name, uid: service.uid).json
        ]
        if restoring, let created = service.creationTimestamp {
            slice[path: "metadata.creationTimestamp"] = .string(created.rfc3339)
        }
        content.write(into: &slice)
        return slice
    }

    /// The Service's labels, less the two the controller owns, plus those two (and the headless mark).
    static func endpointSliceLabels(for service: KubeObject) -> [String: String] {
        var labels = service.labels.filter { $0.key != serviceNameLabel && $0.key != managedByLabel }
        labels[serviceNameLabel] = service.name
        labels[managedByLabel] = endpointSliceControllerName
        if service[path: "spec.clusterIP"].string == "None" { labels[headlessLabel] = "" }
        return labels
    }

    static let serviceNameLabel = "kubernetes.io/service-name"
    static let managedByLabel = "endpointslice.kubernetes.io/managed-by"
    static let headlessLabel = "service.kubernetes.io/headless"
    static let endpointSliceControllerName = "endpointslice-controller.k8s.io"
}
