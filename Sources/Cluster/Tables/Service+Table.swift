import KubeAPI

extension ServerTables {
    /// printers.go `printService`: TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S) and, wide, SELECTOR.
    enum Service: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Type", "ServiceSpec", "type"),
            .field("Cluster-IP", "ServiceSpec", "clusterIP"),
            .field("External-IP", "ServiceSpec", "externalIPs"),
            .field("Port(s)", "ServiceSpec", "ports"),
            .age,
            .field("Selector", "ServiceSpec", "selector", priority: 1),
        ]

        static func cells(of service: KubeObject, now: Timestamp) -> [Table.Cell] {
            cells(of: service, now: now, wide: true)
        }

        /// The row as printers.go builds it; the apiserver always asks for `wide`, which keeps
        /// load-balancer addresses whole.
        static func cells(of service: KubeObject, now: Timestamp, wide: Bool) -> [Table.Cell] {
            let spec = service[path: "spec"]
            // The apiserver defaults `clusterIPs` from `clusterIP`; objects written without it read the same.
            let clusterIP = spec["clusterIPs"].array.first?.string ?? spec["clusterIP"].string ?? "<none>"
            return [
                .string(service.name), .string(spec["type"].string ?? ""), .string(clusterIP),
                .string(externalIP(service, wide: wide)), .string(ports(spec["ports"])),
                TableCells.age(service, now: now), .string(TableCells.labels(spec["selector"])),
            ]
        }

        /// `getServiceExternalIP`.
        static func externalIP(_ service: KubeObject, wide: Bool) -> String {
            let spec = service[path: "spec"]
            let externalIPs = spec["externalIPs"].array.compactMap(\.string)
            switch spec["type"].string {
            case "ClusterIP", "NodePort":
                return externalIPs.isEmpty ? "<none>" : externalIPs.joined(separator: ",")
            case "LoadBalancer":
                let balancers = TableCells.loadBalancer(service[path: "status.loadBalancer"], wide: wide)
                if !externalIPs.isEmpty {
                    let parts =
                        (balancers.isEmpty ? [] : balancers.split(separator: ",").map(String.init)) + externalIPs
                    return parts.joined(separator: ",")
                }
                return balancers.isEmpty ? "<pending>" : balancers
            case "ExternalName":
                return spec["externalName"].string ?? ""
            default:
                return "<unknown>"
            }
        }

        /// `makePortString`: `port/proto` or `port:nodePort/proto`, joined with `,`; `<none>` when empty.
        static func ports(_ ports: JSONValue) -> String {
            let parts = ports.array.map { port in
                let number = port["port"].int ?? 0
                let proto = port["protocol"].string ?? "TCP"
                let nodePort = port["nodePort"].int ?? 0
                return nodePort > 0 ? "\(number):\(nodePort)/\(proto)" : "\(number)/\(proto)"
            }
            return parts.isEmpty ? "<none>" : parts.joined(separator: ",")
        }
    }
}
