import KubeAPI

/// The Endpoints controller: for each Service with a selector, the addresses of the pods it
/// selects, ready ones (all, for a Service that publishes unready addresses) under `addresses`
/// and the rest under `notReadyAddresses`.
///
/// It reads the store's journal: only the namespaces where a Service, a pod or an Endpoints
/// object changed are synced again.
extension Cluster {
    func reconcileEndpoints() -> Bool {
        var changed = false
        let services: [KubeObject]
        if let changes = takeChanges(for: .endpoints) {
            let watched: Set<ResourceType> = [.services, .pods, .endpoints]
            let namespaces = Set(changes.lazy.filter { watched.contains($0.type) }.map(\.key.namespace))
            services = namespaces.sorted().flatMap { list(.services, namespace: $0) }
        } else {
            services = list(.services)
        }
        for service in services {
            let selector = service[path: "spec.selector"].stringMap
            guard !selector.isEmpty else { continue }
            changed = syncEndpoints(for: service, selector: selector) || changed
        }
        return changed
    }

    /// `syncService`: the subsets, the Service's labels (and the headless mark) and, when
    /// either changes, the trigger-time annotation.
    private func syncEndpoints(for service: KubeObject, selector: [String: String]) -> Bool {
        // `ShouldPodBeInEndpoints`: a Service that publishes unready addresses keeps terminating pods too.
        let tolerant = service[path: "spec.publishNotReadyAddresses"].bool == true
        let selected = list(.pods, namespace: service.namespace, selector: LabelSelector(matchLabels: selector))
        let key = "\(service.namespace ?? "")/\(service.name)"
        let triggerTime = EndpointsTriggerTimes.compute(&endpointsTriggerTimes[key], service: service, pods: selected)
        let pods = selected.filter {
            $0[path: "status.podIP"].string != nil && ($0.deletionTimestamp == nil || tolerant) && !$0.isFinished
        }
        let subsets = Self.subsets(for: service, pods: pods)
        let stored: JSONValue = subsets.isEmpty ? .null : .array(subsets)
        let existing = lookup(.endpoints, service.namespace, service.name)
        var labels = service.labels
        if let existing, existing.value["subsets"] == stored,
            existing.labels.filter({ $0.key != Self.headlessLabel }) == labels
        {
            return false
        }
        var endpoints = existing ?? newEndpoints(for: service)
        endpoints.value["subsets"] = stored
        var annotations = endpoints.annotations
        annotations[EndpointsTriggerTimes.annotation] = triggerTime.map(\.rfc3339)
        endpoints[path: "metadata.annotations"] = annotations.isEmpty ? .null : .stringMap(annotations)
        // `IsServiceIPSet`: no address, or None.
        let address = service[path: "spec.clusterIP"].string ?? ""
        if address.isEmpty || address == "None" { labels[Self.headlessLabel] = "" }
        endpoints.labels = labels
        return save(.endpoints, endpoints)
    }

    private func newEndpoints(for service: KubeObject) -> KubeObject {
        var endpoints = KubeObject(["apiVersion": "v1", "kind": "Endpoints"])
        endpoints.name = service.name
        endpoints.namespace = service.namespace
        endpoints.labels = service.labels
        endpoints[path: "metadata.uid"] = .string(names.uid())
        let created = restoring ? (service.creationTimestamp ?? now) : now
        endpoints[path: "metadata.creationTimestamp"] = .string(created.rfc3339)
        return endpoints
    }

    /// The subsets of the Service's Endpoints (`EndpointSubsets`).
    static func subsets(for service: KubeObject, pods: [KubeObject]) -> [JSONValue] {
        EndpointSubsets.subsets(for: service, pods: pods)
    }

    /// `FindPort`: a numeric `targetPort`, or a named one looked up in the pod's container ports
    /// (and its sidecars'), of the Service port's protocol; nil when the pod has no such port.
    static func findPort(_ port: JSONValue, in pod: KubeObject) -> Int? {
        if let number = port["targetPort"].int { return number }
        guard let name = port["targetPort"].string else { return port["port"].int }
        let proto = port["protocol"].string ?? "TCP"
        let sidecars = pod[path: "spec.initContainers"].array.filter { $0["restartPolicy"].string == "Always" }
        for container in pod[path: "spec.containers"].array + sidecars {
            let match = container["ports"].array.first { ($0["protocol"].string ?? "TCP") == proto && $0["name"].string == name }
            if let match { return match["containerPort"].int ?? 0 }
        }
        return nil
    }

    /// A Service port's target port on `pod`, its own number when the pod has no such named port.
    static func targetPort(of port: JSONValue, in pod: KubeObject) -> Int {
        findPort(port, in: pod) ?? port["port"].int ?? 0
    }
}
