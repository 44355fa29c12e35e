import KubeAPI

extension ServerTables {
    /// printers.go `printCSIDriver`: ATTACHREQUIRED (true unless set), PODINFOONMOUNT,
    /// STORAGECAPACITY, TOKENREQUESTS (the audiences, `<unset>` without the list),
    /// REQUIRESREPUBLISH and the lifecycle MODES (`<none>` when empty).
    enum CSIDriver: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("AttachRequired", "CSIDriverSpec", "attachRequired", cells: "boolean"),
            .field("PodInfoOnMount", "CSIDriverSpec", "podInfoOnMount", cells: "boolean"),
            .field("StorageCapacity", "CSIDriverSpec", "storageCapacity", cells: "boolean"),
            .field("TokenRequests", "CSIDriverSpec", "tokenRequests"),
            .field("RequiresRepublish", "CSIDriverSpec", "requiresRepublish", cells: "boolean"),
            .field("Modes", "CSIDriverSpec", "volumeLifecycleModes"),
            .age,
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
