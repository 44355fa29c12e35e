import KubeAPI

extension ServerTables {
    /// printers.go `printIngress`: CLASS, HOSTS (three at most), load-balancer ADDRESS, PORTS.
    enum Ingress: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Class", "The name of the IngressClass resource that should be used for additional configuration"),
            .text("Hosts", "Hosts that incoming requests are matched against before the ingress rule"),
            .text("Address", "Address is a list containing ingress points for the load-balancer"),
            .text("Ports", "Ports of TLS configurations that open"),
            .age,
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
        static let columns: [Table.Column] = [
            .name,
            .text("Controller", "Controller that is responsible for handling this class"),
            .text("Parameters", "A reference to a resource with additional parameters"),
            .age,
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
