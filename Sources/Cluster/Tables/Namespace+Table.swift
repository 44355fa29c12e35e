import KubeAPI

extension ServerTables {
    /// printers.go `printNamespace`: STATUS is the phase (`Active`, `Terminating`).
    enum Namespace: TableHandler {
        static let columns = [Table.Column("Name"), Table.Column("Status"), Table.Column("Age")]

        static func cells(of namespace: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(namespace.name), .string(namespace[path: "status.phase"].string ?? ""),
                TableCells.age(namespace, now: now),
            ]
        }
    }
}
