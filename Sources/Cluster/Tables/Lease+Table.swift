import KubeAPI

extension ServerTables {
    /// printers.go `printLease`: the HOLDER identity.
    enum Lease: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Holder", "LeaseSpec", "holderIdentity"),
            .age,
        ]

        static func cells(of lease: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(lease.name), .string(lease[path: "spec.holderIdentity"].string ?? ""),
                TableCells.age(lease, now: now),
            ]
        }
    }
}
