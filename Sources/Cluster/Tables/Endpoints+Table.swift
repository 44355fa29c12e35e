import KubeAPI

extension ServerTables {
    /// printers.go `printEndpoints`: the first three `ip:port` pairs, then ` + N more...`.
    enum Endpoints: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Endpoints", "Endpoints", "subsets"),
            .age,
        ]

        static func cells(of endpoints: KubeObject, now: Timestamp) -> [Table.Cell] {
            [.string(endpoints.name), .string(format(endpoints[path: "subsets"])), TableCells.age(endpoints, now: now)]
        }

        /// printers.go `formatEndpoints`, over ready `addresses` only.
        ///
        /// Per subset, ports are the outer loop and addresses the inner one (addresses vary fastest);
        /// a subset without ports contributes bare IPs.
        static func format(_ subsets: JSONValue) -> String {
            let subsets = subsets.array
            guard !subsets.isEmpty else { return "<none>" }
            let max = 3
            var list: [String] = []
            var more = false
            var count = 0
            for subset in subsets {
                let addresses = subset["addresses"].array.map { $0["ip"].string ?? "" }
                let ports = subset["ports"].array
                if ports.isEmpty {
                    count += addresses.count
                    for ip in addresses {
                        if list.count == max {
                            more = true
                            break
                        }
                        list.append(ip)
                    }
                    continue
                }
                for port in ports {
                    count += addresses.count
                    for ip in addresses {
                        if list.count == max {
                            more = true
                            break
                        }
                        list.append(joinHostPort(ip, port["port"].int ?? 0))
                    }
                }
            }
            let joined = list.joined(separator: ",")
            return more ? "\(joined) + \(count - max) more..." : joined
        }

        /// Go's `net.JoinHostPort`: IPv6 addresses are bracketed.
        static func joinHostPort(_ host: String, _ port: Int) -> String {
            host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        }
    }
}
