import KubeAPI

extension ServerTables {
    /// printers.go `printSecret`: TYPE and the number of `data` keys.
    enum Secret: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Type", "Secret", "type"),
            .field("Data", "Secret", "data"),
            .age,
        ]

        static func cells(of secret: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(secret.name), .string(secret[path: "type"].string ?? ""),
                .int(secret[path: "data"].stringMap.count), TableCells.age(secret, now: now),
            ]
        }
    }
}
