import KubeAPI

extension ServerTables {
    /// printers.go `printCSIStorageCapacity`: the STORAGECLASSNAME and CAPACITY (`<unset>`), no age.
    enum CSIStorageCapacity: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("StorageClassName", "CSIStorageCapacity", "storageClassName"),
            .field("Capacity", "CSIStorageCapacity", "capacity"),
        ]

        static func cells(of capacity: KubeObject, now: Timestamp) -> [Table.Cell] {
            let amount = capacity[path: "capacity"].string.flatMap { Quantity($0)?.description }
            return [
                .string(capacity.name), .string(capacity[path: "storageClassName"].string ?? ""),
                .string(amount ?? "<unset>"),
            ]
        }
    }
}
