import KubeAPI

extension ServerTables {
    /// printers.go `printNetworkPolicy`: the pod selector as a selector string, `<none>` when it selects every pod.
    enum NetworkPolicy: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Pod-Selector", "NetworkPolicySpec", "podSelector"),
            .age,
        ]

        static func cells(of policy: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(policy.name), .string(TableCells.labelSelector(policy[path: "spec.podSelector"])),
                TableCells.age(policy, now: now),
            ]
        }
    }
}
