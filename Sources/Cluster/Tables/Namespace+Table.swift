import KubeAPI

extension ServerTables {
    /// printers.go `printNamespace`: STATUS is the phase (`Active`, `Terminating`).
    enum Namespace: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Status", "The status of the namespace"),
            .age,
        ]

        static func cells(of namespace: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(namespace.name), .string(namespace[path: "status.phase"].string ?? ""),
                TableCells.age(namespace, now: now),
            ]
        }
    }
}
