import KubeAPI

/// What the apiserver fills into a new Service: a ClusterIP from the service range, the
/// default type, protocols and target ports, and its IP family settings.
extension Cluster {
    func defaultService(_ service: KubeObject, old: KubeObject? = nil) throws(APIError) -> KubeObject {
        var service = service
        try validateService(service)
        var spec = service.value["spec"]
        let oldPorts = old?[path: "spec.ports"].array ?? []
        if spec["type"].isNull { spec["type"] = "ClusterIP" }
        if spec["sessionAffinity"].isNull { spec["sessionAffinity"] = "None" }
        spec["ports"] = .array(spec["ports"].array.map { port in
            var p = port
            if p["protocol"].isNull { p["protocol"] = "TCP" }
            if p["targetPort"].isNull { p["targetPort"] = p["port"] }
            if p["nodePort"].isNull, let kept = oldPorts.first(where: { $0["port"] == p["port"] })?["nodePort"] {
                p["nodePort"] = kept
            }
            return p
        })
        // The apiserver allocates addresses before node ports.
        if old == nil, spec["type"].string != "ExternalName" { try checkRequestedClusterIP(spec, service: service.name) }
        spec = try allocateNodePorts(spec, service: service.name, keeping: old?.value["spec"] ?? .null)
        try checkNodePortsAllowed(spec, service: service.name)
        if spec["type"].string != "ExternalName" {
            if spec["clusterIP"].isNull || spec["clusterIP"].string == "" {
                guard let ip = allocateServiceIP() else {
                    throw APIError(
                        reason: "InternalError", message: "Internal error occurred: failed to allocate a serviceIP: range is full",
                        code: 500)
                }
                spec["clusterIP"] = .string(ip)
            }
            spec["clusterIPs"] = [spec["clusterIP"]]
            // A headless Service without a selector gets its families from the cluster's
            // dual-stack settings, not modelled here; every other one is single-stack IPv4.
            if spec["clusterIP"].string != "None" || !spec["selector"].isNull {
                spec["ipFamilies"] = ["IPv4"]
                spec["ipFamilyPolicy"] = "SingleStack"
            }
            if spec["type"].string == "LoadBalancer", spec["allocateLoadBalancerNodePorts"].isNull {
                spec["allocateLoadBalancerNodePorts"] = true
            }
            if spec["internalTrafficPolicy"].isNull { spec["internalTrafficPolicy"] = "Cluster" }
        }
        service.value["spec"] = spec
        service.value["status"] = ["loadBalancer": .emptyObject]
        return service
    }

    /// A free address of the service CIDR, chosen at random from the upper band first, as the
    /// apiserver's bitmap allocator does: the lower band (`min(max(16, size/16), 256)` addresses) is
    /// kept for Services that ask for an address, and used only when the rest is full; the
    /// network and broadcast addresses are never given out. (The upper band here starts one
    /// address early, at .16 of a /24, as it always has in this lab; moving it would redraw every
    /// address the lab has handed out.)
    private func allocateServiceIP() -> String? {
        guard let cidr = CIDR(settings.serviceCIDR) else { return nil }
        let used = Set(list(.services).compactMap { $0[path: "spec.clusterIP"].string })
        let size = Int(min(cidr.size, 1 << 20))
        let band = size <= 16 ? 1 : min(max(16, size / 16), 256)
        func free(_ offsets: Range<Int>) -> [String] {
            offsets.map { IPv4(cidr.base.value + UInt32($0)).description }.filter { !used.contains($0) }
        }
        let upper = free(band..<(size - 1))
        let candidates = upper.isEmpty ? free(1..<band) : upper
        guard !candidates.isEmpty else { return nil }
        return candidates[Int(names.randomIndex(below: candidates.count))]
    }
}
