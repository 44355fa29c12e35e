import KubeAPI

/// The EndpointSlice controller (`pkg/controller/endpointslice`): for each Service with a
/// selector, one IPv4 slice per set of ports its pods serve (a pod without a named target port
/// serves fewer), named `<service>-<5 random>`, listing every selected pod that has an IP,
/// terminating pods included, each with its ready, serving and terminating conditions. With no
/// pods, one placeholder slice lists nothing.
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

    /// Brings the Service's managed slices in line with its pods: a slice per port set, reusing
    /// slices whose port set is no longer wanted before creating new ones (the reconciler's
    /// `finalize`), and deleting what is left over.
    private func syncEndpointSlice(for service: KubeObject) {
        let selector = service[path: "spec.selector"].stringMap
        guard !selector.isEmpty, service[path: "spec.type"].string != "ExternalName" else { return }
        let namespace = service.namespace ?? "default"
        let pods = list(.pods, namespace: namespace, selector: LabelSelector(matchLabels: selector))
            .filter { $0[path: "status.podIP"].string != nil && !$0.isFinished }
        var groups: [(ports: [JSONValue], pods: [KubeObject])] = []
        for pod in pods {
            let ports = EndpointSliceContent.ports(of: service, for: pod)
            if let index = groups.firstIndex(where: { $0.ports == ports }) {
                groups[index].pods.append(pod)
            } else {
                groups.append((ports, [pod]))
            }
        }
        // No pods: one placeholder, with neither ports nor endpoints.
        if groups.isEmpty { groups = [([], [])] }
        var unclaimed = store.list(.endpointSlices, controlledBy: service.uid)
            .filter { $0.labels[Self.managedByLabel] == Self.endpointSliceControllerName }
        var matched: [(group: (ports: [JSONValue], pods: [KubeObject]), slice: KubeObject?)] = groups.map { group in
            let wanted = EndpointSliceContent(service: service, ports: group.ports, pods: group.pods, keepingOrderOf: nil)
            guard let index = unclaimed.firstIndex(where: { EndpointSliceContent($0).ports == wanted.ports }) else {
                return (group, nil)
            }
            return (group, unclaimed.remove(at: index))
        }
        for index in matched.indices where matched[index].slice == nil && !unclaimed.isEmpty {
            matched[index].slice = unclaimed.removeFirst()
        }
        for (group, existing) in matched {
            let desired = EndpointSliceContent(service: service, ports: group.ports, pods: group.pods, keepingOrderOf: existing)
            guard var slice = existing else {
                createOwned(newEndpointSlice(for: service, content: desired), as: .endpointSlices)
                continue
            }
            let labels = Self.endpointSliceLabels(for: service)
            let current = EndpointSliceContent(slice)
            if current == desired && slice.labels == labels { continue }
            slice.labels = labels
            if current != desired {
                desired.write(into: &slice)
                slice[path: "metadata.generation"] = .int((slice.metadata["generation"].int ?? 1) + 1)
            }
            save(.endpointSlices, slice)
        }
        for slice in unclaimed {
            store.remove(.endpointSlices, namespace: slice.namespace, name: slice.name)
        }
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
