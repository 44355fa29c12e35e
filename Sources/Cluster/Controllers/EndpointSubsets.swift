import KubeAPI

/// The subsets of a Service's Endpoints as the Endpoints controller writes them: one subset per
/// pod and port first (`addEndpointSubset`), then `RepackSubsets`, which groups the ports that the
/// same addresses (with the same readiness) serve into one subset, and `SortSubsets`, which sorts
/// each subset's addresses by IP and UID and its ports, and then the subsets, by their hashes.
enum EndpointSubsets {
    /// An address offering a port, ready or not.
    private struct Offer {
        var address: JSONValue
        var ready: Bool
    }

    /// The subsets for `pods` (those `ShouldPodBeInEndpoints` keeps) behind `service`.
    static func subsets(for service: KubeObject, pods: [KubeObject]) -> [JSONValue] {
        let tolerant = service[path: "spec.publishNotReadyAddresses"].bool == true
        let servicePorts = service[path: "spec.ports"].array
        // Each port (nil for a headless Service without ports), with the addresses offering it.
        var offers: [(port: JSONValue?, addresses: [Offer])] = []
        func offer(_ address: JSONValue, ready: Bool, on port: JSONValue?) {
            let entry = Offer(address: address, ready: ready)
            if let index = offers.firstIndex(where: { $0.port == port }) {
                // Not ready wins over ready for an address seen twice.
                if let seen = offers[index].addresses.firstIndex(where: { key($0.address) == key(address) }) {
                    offers[index].addresses[seen].ready = offers[index].addresses[seen].ready && ready
                } else {
                    offers[index].addresses.append(entry)
                }
            } else {
                offers.append((port, [entry]))
            }
        }
        for pod in pods {
            let address = self.address(of: pod, service: service)
            let ready = tolerant || pod.isReady
            if servicePorts.isEmpty {
                if service[path: "spec.clusterIP"].string == "None" { offer(address, ready: ready, on: nil) }
                continue
            }
            for servicePort in servicePorts {
                guard let number = Cluster.findPort(servicePort, in: pod) else { continue }
                offer(address, ready: ready, on: endpointPort(servicePort, number: number))
            }
        }
        // Ports whose addresses are the same (readiness included) share a subset.
        var groups: [(addresses: [Offer], ports: [JSONValue])] = []
        for (port, addresses) in offers {
            let sameSet = { (other: [Offer]) in
                Set(other.map { "\(key($0.address))|\($0.ready)" }) == Set(addresses.map { "\(key($0.address))|\($0.ready)" })
            }
            if let index = groups.firstIndex(where: { sameSet($0.addresses) }) {
                if let port { groups[index].ports.append(port) }
            } else {
                groups.append((addresses, port.map { [$0] } ?? []))
            }
        }
        let subsets: [JSONValue] = groups.map { group in
            var subset: JSONValue = [:]
            let ready = sortedAddresses(group.addresses.filter(\.ready).map(\.address))
            let notReady = sortedAddresses(group.addresses.filter { !$0.ready }.map(\.address))
            if !ready.isEmpty { subset["addresses"] = .array(ready) }
            if !notReady.isEmpty { subset["notReadyAddresses"] = .array(notReady) }
            if !group.ports.isEmpty { subset["ports"] = .array(EndpointPortOrder.endpoints(group.ports)) }
            return subset
        }
        return subsets.map { (hash: MD5.digest(GoSpewPrinter.format($0, as: "v1.EndpointSubset")), subset: $0) }
            .sorted { $0.hash.lexicographicallyPrecedes($1.hash) }.map(\.subset)
    }

    /// `podToEndpointAddressForService`, with the pod's hostname when it names the Service as its subdomain.
    static func address(of pod: KubeObject, service: KubeObject) -> JSONValue {
        var address: JSONValue = [
            "ip": pod[path: "status.podIP"], "nodeName": .string(pod.nodeName ?? ""),
            "targetRef": [
                "kind": "Pod", "name": .string(pod.name), "namespace": .string(pod.namespace ?? ""),
                "uid": .string(pod.uid),
            ],
        ]
        if let hostname = pod[path: "spec.hostname"].string, !hostname.isEmpty,
            pod[path: "spec.subdomain"].string == service.name, pod.namespace == service.namespace
        {
            address["hostname"] = .string(hostname)
        }
        return address
    }

    /// `endpointPortFromServicePort`.
    private static func endpointPort(_ servicePort: JSONValue, number: Int) -> JSONValue {
        var port: JSONValue = ["port": .int(number), "protocol": servicePort["protocol"]]
        if let name = servicePort["name"].string, !name.isEmpty { port["name"] = .string(name) }
        if let appProtocol = servicePort["appProtocol"].string { port["appProtocol"] = .string(appProtocol) }
        return port
    }

    /// An address's identity: its IP and its pod's UID.
    private static func key(_ address: JSONValue) -> String {
        (address["ip"].string ?? "") + "/" + (address["targetRef"]["uid"].string ?? "")
    }

    /// `addrsByIPAndUID`: by IP text, then by UID.
    private static func sortedAddresses(_ addresses: [JSONValue]) -> [JSONValue] {
        addresses.sorted { a, b in
            let (ipA, ipB) = (Array((a["ip"].string ?? "").utf8), Array((b["ip"].string ?? "").utf8))
            if ipA != ipB { return ipA.lexicographicallyPrecedes(ipB) }
            return (a["targetRef"]["uid"].string ?? "").utf8.lexicographicallyPrecedes((b["targetRef"]["uid"].string ?? "").utf8)
        }
    }
}
