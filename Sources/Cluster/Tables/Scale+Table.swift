import KubeAPI

extension ServerTables {
    /// printers.go `printScale`: the desired replicas (spec) and the replicas there are (status).
    enum Scale: TableHandler {
        static let columns: [Table.Column] = [
            Table.Column("Name", about: .field("ObjectMeta", "name")),
            .field("Desired", "ScaleSpec", "replicas", cells: "integer"),
            .field("Available", "ScaleStatus", "replicas", cells: "integer"),
            .age,
        ]

        static func cells(of scale: KubeObject, now: Timestamp) -> [Table.Cell] {
            [.string(scale.name), TableCells.int(scale[path: "spec.replicas"]), TableCells.int(scale[path: "status.replicas"]), TableCells.age(scale, now: now)]
        }
    }
}
