import KubeAPI

extension ServerTables {
    /// printers.go `printCSIDriver`: ATTACHREQUIRED (true unless set), PODINFOONMOUNT,
    /// STORAGECAPACITY, TOKENREQUESTS (the audiences, `<unset>` without the list),
    /// REQUIRESREPUBLISH and the lifecycle MODES (`<none>` when empty).
    enum CSIDriver: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("AttachRequired"), Table.Column("PodInfoOnMount"),
            Table.Column("StorageCapacity"), Table.Column("TokenRequests"), Table.Column("RequiresRepublish"),
            Table.Column("Modes"), Table.Column("Age"),
        ]

        static func cells(of driver: KubeObject, now: Timestamp) -> [Table.Cell] {
            let spec = driver[path: "spec"]
            let tokenRequests = spec["tokenRequests"]
            let audiences = tokenRequests.isNull
                ? "<unset>" : tokenRequests.array.map { $0["audience"].string ?? "" }.joined(separator: ",")
            let modes = spec["volumeLifecycleModes"].array.compactMap(\.string).joined(separator: ",")
            return [
                .string(driver.name), .bool(spec["attachRequired"].bool ?? true), .bool(spec["podInfoOnMount"].bool ?? false),
                .bool(spec["storageCapacity"].bool ?? false), .string(audiences),
                .bool(spec["requiresRepublish"].bool ?? false), .string(modes.isEmpty ? "<none>" : modes),
                TableCells.age(driver, now: now),
            ]
        }
    }
}
