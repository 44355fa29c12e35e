import KubeAPI

extension ServerTables {
    /// printers.go `printIngress`: CLASS, HOSTS (three at most), load-balancer ADDRESS, PORTS.
    enum Ingress: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Class"), Table.Column("Hosts"), Table.Column("Address"),
            Table.Column("Ports"), Table.Column("Age"),
        ]

        static func cells(of ingress: KubeObject, now: Timestamp) -> [Table.Cell] {
            cells(of: ingress, now: now, wide: true)
        }

        static func cells(of ingress: KubeObject, now: Timestamp, wide: Bool) -> [Table.Cell] {
            let spec = ingress[path: "spec"]
            return [
                .string(ingress.name), .string(spec["ingressClassName"].string ?? "<none>"),
                .string(hosts(spec["rules"])),
                .string(TableCells.loadBalancer(ingress[path: "status.loadBalancer"], wide: wide)),
                .string(spec["tls"].array.isEmpty ? "80" : "80, 443"), TableCells.age(ingress, now: now),
            ]
        }

        /// `formatHosts`: hosts of the first three rules, ` + N more...` past three rules, `*` if none.
        static func hosts(_ rules: JSONValue) -> String {
            let rules = rules.array
            let max = 3
            var list: [String] = []
            var more = false
            for rule in rules {
                if list.count == max { more = true }
                if !more, let host = rule["host"].string, !host.isEmpty { list.append(host) }
            }
            if list.isEmpty { return "*" }
            let joined = list.joined(separator: ",")
            return more ? "\(joined) + \(rules.count - max) more..." : joined
        }
    }

    /// printers.go `printIngressClass`: CONTROLLER and PARAMETERS (`Kind[.group]/name`).
    enum IngressClass: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Controller"), Table.Column("Parameters"), Table.Column("Age"),
        ]

        static func cells(of ingressClass: KubeObject, now: Timestamp) -> [Table.Cell] {
            let parameters = ingressClass[path: "spec.parameters"]
            var text = "<none>"
            if !parameters.isNull {
                text = parameters["kind"].string ?? ""
                if let group = parameters["apiGroup"].string { text += ".\(group)" }
                text += "/\(parameters["name"].string ?? "")"
            }
            return [
                .string(ingressClass.name), .string(ingressClass[path: "spec.controller"].string ?? ""), .string(text),
                TableCells.age(ingressClass, now: now),
            ]
        }
    }
}
