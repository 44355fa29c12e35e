import KubeAPI

extension ServerTables {
    /// printers.go `printRuntimeClass`: the CRI HANDLER.
    enum RuntimeClass: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Handler", ""),
            .age,
        ]

        static func cells(of runtimeClass: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(runtimeClass.name), .string(runtimeClass[path: "handler"].string ?? ""),
                TableCells.age(runtimeClass, now: now),
            ]
        }
    }
}
