import KubeAPI

/// The Docker-link style variables the kubelet adds for Services (kubelet `getServiceEnvVarMap`
/// and `envvars.FromServices`): every Service with a cluster IP in the pod's namespace while
/// `enableServiceLinks` holds, and `kubernetes` in `default` always.
extension Cluster {
    /// The variables, kept until a Service is next written: they depend on nothing else.
    func serviceLinkVariables(namespace: String, enableLinks: Bool) -> [String: String] {
        let writes = store.writeCount(of: .services)
        if kubeletMemo.serviceWrites != writes {
            kubeletMemo.serviceLinks.removeAll()
            kubeletMemo.serviceWrites = writes
        }
        let scope = KubeletMemo.ServiceLinkScope(namespace: namespace, enableLinks: enableLinks)
        if let known = kubeletMemo.serviceLinks[scope] { return known }
        let variables = workOutServiceLinkVariables(namespace: namespace, enableLinks: enableLinks)
        kubeletMemo.serviceLinks[scope] = variables
        return variables
    }

    private func workOutServiceLinkVariables(namespace: String, enableLinks: Bool) -> [String: String] {
        var chosen: [String: KubeObject] = [:]
        for service in list(.services) {
            guard let ip = service[path: "spec.clusterIP"].string, !ip.isEmpty, ip != "None" else { continue }
            if service.namespace == "default" && service.name == "kubernetes" {
                chosen[service.name] = chosen[service.name] ?? service
            } else if service.namespace == namespace && enableLinks {
                chosen[service.name] = service
            }
        }
        var variables: [String: String] = [:]
        for service in chosen.values { Self.linkVariables(of: service).forEach { variables[$0.0] = $0.1 } }
        return variables
    }

    /// One Service's variables: `_SERVICE_HOST`, `_SERVICE_PORT` (and one per named port), and
    /// `_PORT`, `_PORT_<port>_<PROTO>` with its `_PROTO`, `_PORT` and `_ADDR`.
    static func linkVariables(of service: KubeObject) -> [(String, String)] {
        let prefix = Self.linkName(service.name)
        let ip = service[path: "spec.clusterIP"].string ?? ""
        let ports = service[path: "spec.ports"].array
        guard let first = ports.first?["port"].int else { return [] }
        var result = [(prefix + "_SERVICE_HOST", ip), (prefix + "_SERVICE_PORT", String(first))]
        for port in ports {
            guard let name = port["name"].string, !name.isEmpty else { continue }
            let suffix = Self.linkName(name)
            result.append((prefix + "_SERVICE_PORT_" + suffix, String(port["port"].int ?? 0)))
        }
        let host = ip.contains(":") ? "[\(ip)]" : ip
        for (index, port) in ports.enumerated() {
            let number = port["port"].int ?? 0
            let proto = port["protocol"].string ?? "TCP"
            let url = "\(proto.lowercased())://\(host):\(number)"
            if index == 0 { result.append((prefix + "_PORT", url)) }
            let portPrefix = "\(prefix)_PORT_\(number)_\(proto.uppercased())"
            result += [
                (portPrefix, url), (portPrefix + "_PROTO", proto.lowercased()), (portPrefix + "_PORT", String(number)),
                (portPrefix + "_ADDR", ip),
            ]
        }
        return result
    }

    /// A name as a variable name: upper case, `-` as `_`.
    private static func linkName(_ name: String) -> String {
        String(name.uppercased().map { $0 == "-" ? "_" : $0 })
    }
}
