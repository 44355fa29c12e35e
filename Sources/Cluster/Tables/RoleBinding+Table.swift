import KubeAPI

extension ServerTables {
    /// printers.go `printRoleBinding` / `printClusterRoleBinding`: the role, and wide the subjects by kind.
    enum RoleBinding: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Role", "RoleBinding", "roleRef"),
            .age,
            .text("Users", "Users in the roleBinding", priority: 1),
            .text("Groups", "Groups in the roleBinding", priority: 1),
            .text("ServiceAccounts", "ServiceAccounts in the roleBinding", priority: 1),
        ]

        static func cells(of binding: KubeObject, now: Timestamp) -> [Table.Cell] {
            let subjects = binding[path: "subjects"].array
            func names(_ kind: String) -> String {
                subjects.filter { $0["kind"].string == kind }.map { subject in
                    let name = subject["name"].string ?? ""
                    guard kind == "ServiceAccount" else { return name }
                    return "\(subject["namespace"].string ?? ""):\(name)"
                }.joined(separator: ", ")
            }
            let ref = binding[path: "roleRef"]
            return [
                .string(binding.name), .string("\(ref["kind"].string ?? "")/\(ref["name"].string ?? "")"),
                TableCells.age(binding, now: now), .string(names("User")), .string(names("Group")),
                .string(names("ServiceAccount")),
            ]
        }
    }

    /// printers.go `printClusterRoleBinding`: a RoleBinding's row, its columns described for cluster role bindings.
    enum ClusterRoleBinding: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Role", "ClusterRoleBinding", "roleRef"),
            .age,
            .text("Users", "Users in the clusterRoleBinding", priority: 1),
            .text("Groups", "Groups in the clusterRoleBinding", priority: 1),
            .text("ServiceAccounts", "ServiceAccounts in the clusterRoleBinding", priority: 1),
        ]

        static func cells(of binding: KubeObject, now: Timestamp) -> [Table.Cell] { RoleBinding.cells(of: binding, now: now) }
    }

    /// printers.go `printResourceQuota`: `resource: used/hard` pairs, limits apart from the rest.
    enum ResourceQuota: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .age,
            .text("Request", "Request represents a minimum amount of cpu/memory that a container may consume."),
            .text("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node."),
        ]

        static func cells(of quota: KubeObject, now: Timestamp) -> [Table.Cell] {
            var requests: [String] = []
            var limits: [String] = []
            let used = quota[path: "status.used"].stringMap
            let hard = quota[path: "status.hard"].stringMap
            for resource in quota[path: "spec.hard"].stringMap.keys.sorted() {
                let entry = "\(resource): \(used[resource] ?? "0")/\(hard[resource] ?? "0")"
                if resource.hasPrefix("limits.") { limits.append(entry) } else { requests.append(entry) }
            }
            return [
                .string(quota.name), TableCells.age(quota, now: now), .string(requests.joined(separator: ", ")),
                .string(limits.joined(separator: ", ")),
            ]
        }
    }
}
