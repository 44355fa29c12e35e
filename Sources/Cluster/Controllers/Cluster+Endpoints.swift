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
            // `ShouldPodBeInEndpoints`: a Service that publishes unready addresses keeps terminating pods too.
            let tolerant = service[path: "spec.publishNotReadyAddresses"].bool == true
            let pods = list(.pods, namespace: service.namespace, selector: LabelSelector(matchLabels: selector))
                .filter { $0[path: "status.podIP"].string != nil && ($0.deletionTimestamp == nil || tolerant) && !$0.isFinished }
            var endpoints = lookup(.endpoints, service.namespace, service.name)
                ?? newEndpoints(for: service)
            let subsets = Self.subsets(for: service, pods: pods)
            endpoints.value["subsets"] = subsets.isEmpty ? .null : .array(subsets)
            changed = save(.endpoints, endpoints) || changed
        }
        return changed
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

    /// One subset whose ports are the Service's target ports, addresses sorted by IP text.
    static func subsets(for service: KubeObject, pods: [KubeObject]) -> [JSONValue] {
        guard !pods.isEmpty else { return [] }
        func address(_ pod: KubeObject) -> JSONValue {
            [
                "ip": pod[path: "status.podIP"], "nodeName": pod[path: "spec.nodeName"],
                "targetRef": [
                    "kind": "Pod", "name": .string(pod.name), "namespace": .string(pod.namespace ?? ""),
                    "uid": .string(pod.uid),
                ],
            ]
        }
        let byIP = { (a: KubeObject, b: KubeObject) in
            Array((a[path: "status.podIP"].string ?? "").utf8).lexicographicallyPrecedes(Array((b[path: "status.podIP"].string ?? "").utf8))
        }
        // With `publishNotReadyAddresses` every address counts as ready (`tolerateUnreadyEndpoints`).
        let tolerant = service[path: "spec.publishNotReadyAddresses"].bool == true
        let ready = pods.filter { tolerant || $0.isReady }.sorted(by: byIP).map(address)
        let notReady = pods.filter { !tolerant && !$0.isReady }.sorted(by: byIP).map(address)
        let ports: [JSONValue] = service[path: "spec.ports"].array.map { port in
            var p: JSONValue = ["port": .int(targetPort(of: port, in: pods[0])), "protocol": port["protocol"]]
            if let name = port["name"].string { p["name"] = .string(name) }
            return p
        }
        var subset: JSONValue = [:]
        if !ready.isEmpty { subset["addresses"] = .array(ready) }
        if !notReady.isEmpty { subset["notReadyAddresses"] = .array(notReady) }
        subset["ports"] = .array(EndpointPortOrder.endpoints(ports))
        return [subset]
    }

    /// A numeric `targetPort`, or a named one looked up in the pod's container ports.
    static func targetPort(of port: JSONValue, in pod: KubeObject) -> Int {
        if let number = port["targetPort"].int { return number }
        if let name = port["targetPort"].string {
            for container in pod[path: "spec.containers"].array {
                if let match = container["ports"].array.first(where: { $0["name"].string == name }) {
                    return match["containerPort"].int ?? 0
                }
            }
        }
        return port["port"].int ?? 0
    }
}
