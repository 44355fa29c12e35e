import KubeAPI

extension ServerTables {
    /// printers.go `printNode`: STATUS from the Ready condition (plus `SchedulingDisabled`), ROLES from labels.
    enum Node: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Status", "The status of the node"),
            .text("Roles", "The roles of the node"),
            .age,
            .field("Version", "NodeSystemInfo", "kubeletVersion"),
            .field("Internal-IP", "NodeStatus", "addresses", priority: 1),
            .field("External-IP", "NodeStatus", "addresses", priority: 1),
            .field("OS-Image", "NodeSystemInfo", "osImage", priority: 1),
            .field("Kernel-Version", "NodeSystemInfo", "kernelVersion", priority: 1),
            .field("Container-Runtime", "NodeSystemInfo", "containerRuntimeVersion", priority: 1),
        ]

        static func cells(of node: KubeObject, now: Timestamp) -> [Table.Cell] {
            let info = node[path: "status.nodeInfo"]
            func orUnknown(_ key: String) -> Table.Cell {
                let value = info[key].string ?? ""
                return .string(value.isEmpty ? "<unknown>" : value)
            }
            let roles = self.roles(node)
            return [
                .string(node.name), .string(status(node)),
                .string(roles.isEmpty ? "<none>" : roles.joined(separator: ",")),
                TableCells.age(node, now: now), .string(info["kubeletVersion"].string ?? ""),
                .string(address(node, type: "InternalIP")), .string(address(node, type: "ExternalIP")),
                orUnknown("osImage"), orUnknown("kernelVersion"), orUnknown("containerRuntimeVersion"),
            ]
        }

        /// `Ready`/`NotReady` from the last Ready condition, `Unknown` without one; `,SchedulingDisabled` when cordoned.
        static func status(_ node: KubeObject) -> String {
            var parts: [String] = []
            if let ready = node[path: "status.conditions"].array.last(where: { $0["type"] == "Ready" }) {
                parts.append(ready["status"] == "True" ? "Ready" : "NotReady")
            } else {
                parts.append("Unknown")
            }
            if node[path: "spec.unschedulable"].bool == true { parts.append("SchedulingDisabled") }
            return parts.joined(separator: ",")
        }

        /// Sorted unique roles: suffixes of `node-role.kubernetes.io/<role>` labels and `kubernetes.io/role` values.
        static func roles(_ node: KubeObject) -> [String] {
            var roles = Set<String>()
            for (key, value) in node.labels {
                if key.hasPrefix("node-role.kubernetes.io/") {
                    let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                    if !role.isEmpty { roles.insert(role) }
                } else if key == "kubernetes.io/role" && !value.isEmpty {
                    roles.insert(value)
                }
            }
            return roles.sorted()
        }

        /// The first address of `type`, or `<none>`.
        static func address(_ node: KubeObject, type: String) -> String {
            let match = node[path: "status.addresses"].array.first { $0["type"].string == type }
            return match?["address"].string ?? "<none>"
        }
    }
}
