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
            // An unset target (null, 0 or "") is the port itself.
            if p["targetPort"].isNull || p["targetPort"].int == 0 || p["targetPort"].string == "" { p["targetPort"] = p["port"] }
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
}
