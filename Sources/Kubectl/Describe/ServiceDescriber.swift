import Cluster
import KubeAPI

/// `describeService`: type, addresses, each port with its endpoints, and traffic policies.
enum ServiceDescriber {
    static func describe(_ service: KubeObject, _ context: DescribeContext) -> String {
        let spec = service.value["spec"]
        let status = service.value["status"]
        var w = DescribeWriter()
        w.header(service)
        w.field(0, "Selector", TableCells.labels(spec["selector"]))
        w.field(0, "Type", spec["type"].text)
        if let policy = spec["ipFamilyPolicy"].string { w.field(0, "IP Family Policy", policy) }
        let families = spec["ipFamilies"].array.map(\.text)
        w.field(0, "IP Families", families.isEmpty ? "<none>" : families.joined(separator: ","))
        w.field(0, "IP", spec["clusterIP"].text)
        let ips = spec["clusterIPs"].array.map(\.text)
        w.field(0, "IPs", ips.isEmpty ? "<none>" : ips.joined(separator: ","))
        let external = spec["externalIPs"].array.map(\.text)
        if !external.isEmpty { w.field(0, "External IPs", external.joined(separator: ",")) }
        if let ip = spec["loadBalancerIP"].string, !ip.isEmpty { w.field(0, "Desired LoadBalancer IP", ip) }
        if let name = spec["externalName"].string, !name.isEmpty { w.field(0, "External Name", name) }
        let ingress = status["loadBalancer"]["ingress"].array
        if !ingress.isEmpty { w.field(0, "LoadBalancer Ingress", ingressText(ingress)) }
        let slices = endpointSlices(of: service.name, namespace: service.namespace, context)
        for port in spec["ports"].array {
            let name = port["name"].text.isEmpty ? "<unset>" : port["name"].text
            let proto = port["protocol"].text
            w.write(0, "Port:\t\(name)\t\(port["port"].int ?? 0)/\(proto)\n")
            w.field(0, "TargetPort", "\(port["targetPort"].text)/\(proto)")
            if let nodePort = port["nodePort"].int, nodePort != 0 {
                w.write(0, "NodePort:\t\(name)\t\(nodePort)/\(proto)\n")
            }
            w.field(0, "Endpoints", endpointsText(slices, portName: port["name"].text))
        }
        w.field(0, "Session Affinity", spec["sessionAffinity"].text)
        if let policy = spec["externalTrafficPolicy"].string, !policy.isEmpty {
            w.field(0, "External Traffic Policy", policy)
        }
        if let policy = spec["internalTrafficPolicy"].string { w.field(0, "Internal Traffic Policy", policy) }
        if let port = spec["healthCheckNodePort"].int, port != 0 { w.field(0, "HealthCheck NodePort", "\(port)") }
        let ranges = spec["loadBalancerSourceRanges"].array.map(\.text)
        if !ranges.isEmpty { w.field(0, "LoadBalancer Source Ranges", ranges.joined(separator: ",")) }
        w.events(context.events(for: service), context: context)
        return w.finish()
    }

    private static func ingressText(_ ingress: [JSONValue]) -> String {
        ingress.map { entry in
            guard let ip = entry["ip"].string, !ip.isEmpty else { return entry["hostname"].text }
            return entry["ipMode"].isNull ? ip : "\(ip) (\(entry["ipMode"].text))"
        }.joined(separator: ", ")
    }

    /// The Service's EndpointSlices, listed by their `kubernetes.io/service-name` label.
    static func endpointSlices(of service: String, namespace: String?, _ context: DescribeContext) -> [KubeObject] {
        let selector = LabelSelector(matchLabels: ["kubernetes.io/service-name": service])
        return context.list(.endpointSlices, namespace: namespace, selector: selector)
    }

    /// `formatEndpointSlices` for one port name: the slices' ready `ip:port` entries, slice by
    /// slice, at most three, then ` + N more...` (N counts ready ones only, the cut is made at
    /// the first entry past three, ready or not); `<none>` without slices. A slice without
    /// ports lists its ready addresses bare.
    static func endpointsText(_ slices: [KubeObject], portName: String) -> String {
        guard !slices.isEmpty else { return "<none>" }
        let max = 3
        var list: [String] = []
        var more = false
        var count = 0
        for slice in slices {
            let endpoints = slice.value["endpoints"].array
            let ports = slice.value["ports"].array
            let entries: [(endpoint: JSONValue, port: Int?)] =
                ports.isEmpty
                ? endpoints.map { ($0, nil) }
                : ports.filter { $0["name"].text == portName }.flatMap { port in
                    endpoints.map { ($0, port["port"].int ?? 0) }
                }
            for (endpoint, port) in entries {
                if list.count == max { more = true }
                // A missing ready condition counts as ready.
                guard endpoint["conditions"]["ready"].bool ?? true else { continue }
                if !more {
                    let address = endpoint["addresses"][0].text
                    let hostPort = port.map { address.contains(":") ? "[\(address)]:\($0)" : "\(address):\($0)" }
                    list.append(hostPort ?? address)
                }
                count += 1
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - max) more..." : joined
    }
}
