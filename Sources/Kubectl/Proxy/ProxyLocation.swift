import Cluster
import KubeAPI

/// Where the apiserver sends a proxied request: the registry's `ResourceLocation` for a pod (its
/// IP, on the port asked for or the first one it declares) or a Service (a ready endpoint picked
/// at random, as the apiserver's `math/rand` picks it).
struct ProxyLocation: Equatable {
    /// `http` or `https` (an id without a scheme is normalized to http).
    var scheme: String
    var ip: String
    /// As the id or the object gives it, not yet resolved: nil for the scheme's default.
    var port: String?
    /// The node whose kubelet server this is, reached with the apiserver's kubelet client.
    var kubelet: String?

    /// `url.URL.Host`: `IP` or `IP:PORT`.
    var authority: String { port.map { "\(ip):\($0)" } ?? ip }

    /// `pod.ResourceLocation`.
    static func pod(_ id: String, namespace: String, in cluster: Cluster) throws(APIStatus) -> ProxyLocation {
        guard let (scheme, name, requested) = ProxySubresource.split(id) else {
            throw .bare("BadRequest", "invalid pod request \(GoSyntax.quoted(id))", code: 400)
        }
        let pod = try get(.pods, namespace: namespace, name: name, in: cluster)
        var port = requested
        if port.isEmpty, let declared = pod[path: "spec.containers"].array.first(where: { !$0["ports"].array.isEmpty }) {
            port = String(declared["ports"].array[0]["containerPort"].int ?? 0)
        }
        let ip = pod[path: "status.podIPs"].array.first?["ip"].string ?? ""
        guard isGlobalUnicast(ip) else { throw .bare("BadRequest", "address not allowed", code: 400) }
        return ProxyLocation(scheme: scheme.isEmpty ? "http" : scheme, ip: ip, port: port.isEmpty ? nil : port)
    }

    /// The node registry's `ResourceLocation`: the node's InternalIP on its kubelet's port over
    /// HTTPS, or the scheme and port the id names when that is another port.
    static func node(_ id: String, in cluster: Cluster) throws(APIStatus) -> ProxyLocation {
        guard let (scheme, name, requested) = ProxySubresource.split(id) else {
            throw .bare("BadRequest", "invalid node request \(GoSyntax.quoted(id))", code: 400)
        }
        let node = try get(.nodes, namespace: nil, name: name, in: cluster)
        let ip = node[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
        guard isGlobalUnicast(ip) else { throw .bare("BadRequest", "address not allowed", code: 400) }
        let kubeletPort = String(node[path: "status.daemonEndpoints.kubeletEndpoint.Port"].int ?? 0)
        if requested.isEmpty || requested == kubeletPort {
            return ProxyLocation(scheme: "https", ip: ip, port: kubeletPort, kubelet: name)
        }
        return ProxyLocation(scheme: scheme.isEmpty ? "http" : scheme, ip: ip, port: requested)
    }

    /// The Service storage's `ResourceLocation`: a port number is first turned into the name of
    /// the Service port that has it; then, from a random subset on, the first subset with ready
    /// addresses and a port of that name gives a random address that is its pod's IP.
    static func service(_ id: String, namespace: String, in cluster: Cluster) throws(APIStatus) -> ProxyLocation {
        guard let (scheme, name, requested) = ProxySubresource.split(id) else {
            throw .bare("BadRequest", "invalid service request \(GoSyntax.quoted(id))", code: 400)
        }
        var portName = requested
        if let number = Int64(requested) {
            let service = try get(.services, namespace: namespace, name: name, in: cluster)
            guard let port = service[path: "spec.ports"].array.first(where: { $0["port"].int.map(Int64.init) == number }) else {
                throw .bare("ServiceUnavailable", "no service port \(number) found for service \(GoSyntax.quoted(name))", code: 503)
            }
            portName = port["name"].string ?? ""
        }
        let endpoints = try get(.endpoints, namespace: namespace, name: name, in: cluster)
        let subsets = endpoints[path: "subsets"].array
        guard !subsets.isEmpty else {
            throw .bare("ServiceUnavailable", "no endpoints available for service \(GoSyntax.quoted(name))", code: 503)
        }
        let first = cluster.randomIndex(below: subsets.count)
        for step in subsets.indices {
            let subset = subsets[(first + step) % subsets.count]
            let addresses = subset["addresses"].array
            guard !addresses.isEmpty else { continue }
            for port in subset["ports"].array where (port["name"].string ?? "") == portName {
                let start = cluster.randomIndex(below: addresses.count)
                for attempt in addresses.indices {
                    let address = addresses[(start + attempt) % addresses.count]
                    guard isPodAddress(address, namespace: namespace, in: cluster) else { continue }
                    let number = port["port"].int ?? 0
                    return ProxyLocation(scheme: scheme.isEmpty ? "http" : scheme, ip: address["ip"].string ?? "", port: String(number))
                }
            }
        }
        throw .bare("ServiceUnavailable", "no endpoints available for service \(GoSyntax.quoted(id))", code: 503)
    }

    /// `isValidAddress`: the address names a pod of the namespace that holds that IP.
    private static func isPodAddress(_ address: JSONValue, namespace: String, in cluster: Cluster) -> Bool {
        let target = address["targetRef"]
        guard target["kind"].string == "Pod", target["namespace"].string == namespace, let name = target["name"].string,
            let pod = try? cluster.get(.pods, namespace: namespace, name: name)
        else { return false }
        return pod[path: "status.podIPs"].array.contains { $0["ip"].string == address["ip"].string }
    }

    private static func get(_ type: ResourceType, namespace: String?, name: String, in cluster: Cluster) throws(APIStatus) -> KubeObject {
        do throws(APIError) {
            return try cluster.get(type, namespace: namespace, name: name)
        } catch {
            throw APIStatus(error: error, name: name, resource: type.plural)
        }
    }

    /// `net.IP.IsGlobalUnicast` for an IPv4 address: not unspecified, broadcast, loopback,
    /// multicast or link-local.
    static func isGlobalUnicast(_ text: String) -> Bool {
        guard let ip = IPv4(text) else { return false }
        let octets = ip.description.split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4 else { return false }
        if octets == [0, 0, 0, 0] || octets == [255, 255, 255, 255] { return false }
        return octets[0] != 127 && !(224...239).contains(octets[0]) && !(octets[0] == 169 && octets[1] == 254)
    }
}
