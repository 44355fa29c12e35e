import KubeAPI

/// One port of one Service as kube-proxy sees it, with the endpoints its EndpointSlices list
/// for that port (kube-proxy's ServicePortName and its endpoints map entry).
public struct ProxyServicePort: Sendable {
    public var namespace: String
    public var name: String
    /// The port's name; empty for a Service's single unnamed port.
    public var portName: String
    /// `tcp`, `udp` or `sctp`, lower case as kube-proxy writes it in rules.
    public var proto: String
    public var clusterIP: String
    public var port: Int
    /// 0 when the Service has no NodePort.
    public var nodePort: Int
    public var externalPolicyLocal: Bool
    public var internalPolicyLocal: Bool
    public var sessionAffinityClientIP: Bool
    public var affinityTimeout: Int
    /// The endpoints kube-proxy uses: the ready ones, or when none is ready the serving
    /// terminating ones; ordered by their `IP:port` text, as kube-proxy keeps them.
    public var endpoints: [ProxyEndpoint]

    public init(
        namespace: String, name: String, portName: String, proto: String, clusterIP: String, port: Int, nodePort: Int,
        externalPolicyLocal: Bool, internalPolicyLocal: Bool, sessionAffinityClientIP: Bool, affinityTimeout: Int,
        endpoints: [ProxyEndpoint]
    ) {
        self.namespace = namespace
        self.name = name
        self.portName = portName
        self.proto = proto
        self.clusterIP = clusterIP
        self.port = port
        self.nodePort = nodePort
        self.externalPolicyLocal = externalPolicyLocal
        self.internalPolicyLocal = internalPolicyLocal
        self.sessionAffinityClientIP = sessionAffinityClientIP
        self.affinityTimeout = affinityTimeout
        self.endpoints = endpoints
    }

    /// `namespace/name:port`, or `namespace/name` for an unnamed port (ServicePortName.String()).
    public var nameString: String { "\(namespace)/\(name)" + (portName.isEmpty ? "" : ":" + portName) }
}

/// One endpoint of a Service port.
public struct ProxyEndpoint: Sendable, Equatable {
    public var ip: String
    public var port: Int
    public var nodeName: String

    public init(ip: String, port: Int, nodeName: String) {
        self.ip = ip
        self.port = port
        self.nodeName = nodeName
    }

    /// `IP:port`, as kube-proxy names an endpoint.
    public var address: String { "\(ip):\(port)" }
}

extension Cluster {
    /// Every Service port kube-proxy programs, in namespace, name and port order: Services
    /// with a ClusterIP (not headless, not ExternalName).
    public func proxyServicePorts() -> [ProxyServicePort] {
        var slicesByService: [String: [KubeObject]] = [:]
        for slice in store.list(.endpointSlices, namespace: nil) {
            guard let service = slice.labels["kubernetes.io/service-name"] else { continue }
            slicesByService["\(slice.namespace ?? "")/\(service)", default: []].append(slice)
        }
        var ports: [ProxyServicePort] = []
        for service in store.list(.services, namespace: nil) {
            let spec = service.value["spec"]
            guard let clusterIP = spec["clusterIP"].string, !clusterIP.isEmpty, clusterIP != "None",
                spec["type"].string != "ExternalName"
            else { continue }
            let namespace = service.namespace ?? ""
            let slices = slicesByService["\(namespace)/\(service.name)"] ?? []
            for servicePort in spec["ports"].array {
                let portName = servicePort["name"].string ?? ""
                let proto = (servicePort["protocol"].string ?? "TCP").lowercased()
                ports.append(ProxyServicePort(
                    namespace: namespace, name: service.name, portName: portName, proto: proto, clusterIP: clusterIP,
                    port: servicePort["port"].int ?? 0, nodePort: servicePort["nodePort"].int ?? 0,
                    externalPolicyLocal: spec["externalTrafficPolicy"].string == "Local"
                        && ["NodePort", "LoadBalancer"].contains(spec["type"].string ?? ""),
                    internalPolicyLocal: spec["internalTrafficPolicy"].string == "Local",
                    sessionAffinityClientIP: spec["sessionAffinity"].string == "ClientIP",
                    affinityTimeout: spec[path: "sessionAffinityConfig.clientIP.timeoutSeconds"].int ?? 10800,
                    endpoints: Self.proxyEndpoints(in: slices, portName: portName, proto: proto)))
            }
        }
        return ports
    }

    /// The endpoints the slices give a port: ready ones, else serving terminating ones.
    static func proxyEndpoints(in slices: [KubeObject], portName: String, proto: String) -> [ProxyEndpoint] {
        var ready: [ProxyEndpoint] = []
        var terminating: [ProxyEndpoint] = []
        var seen: Set<String> = []
        for slice in slices {
            guard let port = slice.value["ports"].array.first(where: {
                ($0["name"].string ?? "") == portName && ($0["protocol"].string ?? "TCP").lowercased() == proto
            })?["port"].int else { continue }
            for endpoint in slice.value["endpoints"].array {
                guard let ip = endpoint["addresses"][0].string else { continue }
                let entry = ProxyEndpoint(ip: ip, port: port, nodeName: endpoint["nodeName"].string ?? "")
                guard seen.insert(entry.address).inserted else { continue }
                let conditions = endpoint["conditions"]
                if conditions["ready"].bool ?? true {
                    ready.append(entry)
                } else if conditions["serving"].bool == true, conditions["terminating"].bool == true {
                    terminating.append(entry)
                }
            }
        }
        return (ready.isEmpty ? terminating : ready).sorted { $0.address < $1.address }
    }
}
