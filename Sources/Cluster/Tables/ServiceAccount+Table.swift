import KubeAPI

extension ServerTables {
    /// printers.go `printServiceAccount`: SECRETS is the length of `secrets` (0 since 1.24 for new accounts).
    enum ServiceAccount: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Secrets", "ServiceAccount", "secrets"),
            .age,
        ]

        static func cells(of account: KubeObject, now: Timestamp) -> [Table.Cell] {
            [.string(account.name), .int(account[path: "secrets"].array.count), TableCells.age(account, now: now)]
        }
    }
}
