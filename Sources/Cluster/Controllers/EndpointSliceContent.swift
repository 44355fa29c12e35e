import KubeAPI
import OrderedCollections

/// What an EndpointSlice lists: its ports and endpoints.
///
/// They are built as `podToEndpoint` and `getEndpointPorts` build them. A slice with no pods is the controller's placeholder,
/// whose `ports` and `endpoints` are both null.
struct EndpointSliceContent: Equatable {
    var ports: [JSONValue]
    var endpoints: [JSONValue]

    /// What a stored slice lists now.
    init(_ slice: KubeObject) {
        ports = slice[path: "ports"].array
        endpoints = slice[path: "endpoints"].array
    }

    /// What a slice of `service` serving `ports` should list for `pods` (those with these ports).
    ///
    /// Endpoints still wanted keep their place in `existing`; new ones follow, ordered by IP.
    init(service: KubeObject, ports: [JSONValue], pods: [KubeObject], keepingOrderOf existing: KubeObject?) {
        guard !pods.isEmpty else {
            self.ports = []
            endpoints = []
            return
        }
        self.ports = ports
        let wanted = pods.map { Self.endpoint(for: $0, service: service) }
        let previous = existing.map { $0[path: "endpoints"].array.compactMap { $0["targetRef"]["uid"].string } } ?? []
        let place = Dictionary(previous.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let byIP = { (a: JSONValue, b: JSONValue) in
            Array(a["addresses"][0].string?.utf8 ?? "".utf8).lexicographicallyPrecedes(
                Array(b["addresses"][0].string?.utf8 ?? "".utf8))
        }
        let placed = wanted.map { (place: place[$0["targetRef"]["uid"].string ?? ""], endpoint: $0) }
        let kept = placed.compactMap { entry in entry.place.map { ($0, entry.endpoint) } }.sorted { $0.0 < $1.0 }
        let added = placed.filter { $0.place == nil }.map(\.endpoint).sorted(by: byIP)
        endpoints = kept.map(\.1) + added
    }

    /// `getEndpointPorts`: the Service's ports `pod` has (a named target port it lacks is left
    /// out), ordered as the controller's hash orders them.
    static func ports(of service: KubeObject, for pod: KubeObject) -> [JSONValue] {
        EndpointPortOrder.slice(
            service[path: "spec.ports"].array.compactMap { port in
                guard let number = Cluster.findPort(port, in: pod) else { return nil }
                var entry: JSONValue = [
                    "name": .string(port["name"].string ?? ""), "port": .int(number), "protocol": port["protocol"],
                ]
                if let appProtocol = port["appProtocol"].string { entry["appProtocol"] = .string(appProtocol) }
                return entry
            })
    }

    /// Writes the ports and endpoints into `slice`, null when empty.
    func write(into slice: inout KubeObject) {
        guard case .object(var members) = slice.value else { return }
        members["ports"] = ports.isEmpty ? .null : .array(ports)
        members["endpoints"] = endpoints.isEmpty ? .null : .array(endpoints)
        slice.value = .object(members)
    }

    /// One pod as an endpoint: ready only when serving and not terminating (always, when the
    /// Service publishes not-ready addresses), its node, and a hostname when the pod names the Service
    /// as its subdomain.
    static func endpoint(for pod: KubeObject, service: KubeObject) -> JSONValue {
        let publishNotReady = service[path: "spec.publishNotReadyAddresses"].bool == true
        // Serving is the pod's own readiness, whatever the Service publishes (`podToEndpoint`).
        let serving = pod.isReady
        let terminating = pod.deletionTimestamp != nil
        var endpoint: JSONValue = [
            "addresses": [pod[path: "status.podIP"]],
            "conditions": [
                "ready": .bool(publishNotReady || (serving && !terminating)), "serving": .bool(serving),
                "terminating": .bool(terminating),
            ],
            "targetRef": [
                "kind": "Pod", "name": .string(pod.name), "namespace": .string(pod.namespace ?? ""),
                "uid": .string(pod.uid),
            ],
        ]
        if let node = pod.nodeName { endpoint["nodeName"] = .string(node) }
        if let hostname = pod[path: "spec.hostname"].string, pod[path: "spec.subdomain"].string == service.name {
            endpoint["hostname"] = .string(hostname)
        }
        return endpoint
    }
}
