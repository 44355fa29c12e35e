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
        let endpoints = try? context.source.get(.endpoints, namespace: service.namespace, name: service.name)
        for port in spec["ports"].array {
            let name = port["name"].text.isEmpty ? "<unset>" : port["name"].text
            let proto = port["protocol"].text
            w.write(0, "Port:\t\(name)\t\(port["port"].int ?? 0)/\(proto)\n")
            w.field(0, "TargetPort", "\(port["targetPort"].text)/\(proto)")
            if let nodePort = port["nodePort"].int, nodePort != 0 {
                w.write(0, "NodePort:\t\(name)\t\(nodePort)/\(proto)\n")
            }
            w.field(0, "Endpoints", endpointsText(endpoints, portName: port["name"].text))
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

    /// `formatEndpointSlices` for one port name, read from the service's Endpoints (the slices
    /// mirror it): ready `ip:port` entries, at most three, then ` + N more...`; `<none>`
    /// without any.
    static func endpointsText(_ endpoints: KubeObject?, portName: String) -> String {
        guard let endpoints else { return "<none>" }
        var list: [String] = []
        var more = false
        var count = 0
        for subset in endpoints.value["subsets"].array {
            let addresses =
                subset["addresses"].array.map { ($0["ip"].text, true) }
                + subset["notReadyAddresses"].array.map { ($0["ip"].text, false) }
            let ports = subset["ports"].array
            if ports.isEmpty {
                for (ip, ready) in addresses {
                    if list.count == 3 { more = true }
                    guard ready else { continue }
                    if !more { list.append(ip) }
                    count += 1
                }
            }
            for port in ports where port["name"].text == portName {
                for (ip, ready) in addresses {
                    if list.count == 3 { more = true }
                    guard ready else { continue }
                    if !more {
                        list.append(ip.contains(":") ? "[\(ip)]:\(port["port"].text)" : "\(ip):\(port["port"].text)")
                    }
                    count += 1
                }
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - 3) more..." : joined
    }
}
