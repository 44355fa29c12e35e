import KubeAPI

/// A Service that asks for its own address (`spec.clusterIP`): it must be an IP address
/// (`ValidateService`), inside the service CIDR's usable range and not taken (the apiserver's
/// bitmap allocator, `allocIPs`).
extension Cluster {
    /// Refuses a requested address the allocator would not give out.
    func checkRequestedClusterIP(_ spec: JSONValue, service name: String) throws(APIError) {
        guard let requested = spec["clusterIP"].string, !requested.isEmpty, requested != "None" else { return }
        guard let ip = IPv4(requested) else {
            throw .invalid(kind: "Service", group: "", name: name, causes: [
                FieldError.invalid("spec.clusterIPs[0]", GoSyntax.quoted(requested), Self.notAnIPAddress)
            ])
        }
        guard let cidr = CIDR(settings.serviceCIDR) else { return }
        var problem: String?
        // The network's own address and its broadcast address are never handed out.
        if !cidr.contains(ip) || ip == cidr.base || ip.value - cidr.base.value == cidr.size - 1 {
            problem = "the provided IP (\(requested)) is not in the valid range. The range of valid IPs is \(settings.serviceCIDR)"
        } else if list(.services).contains(where: { $0[path: "spec.clusterIP"].string == requested }) {
            problem = "provided IP is already allocated"
        }
        guard let problem else { return }
        throw .invalid(kind: "Service", group: "", name: name, causes: [
            FieldError.invalid(
                "spec.clusterIPs", "[]string{\(GoSyntax.quoted(requested))}", "failed to allocate IP \(requested): \(problem)")
        ])
    }

    static let notAnIPAddress = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"
}
