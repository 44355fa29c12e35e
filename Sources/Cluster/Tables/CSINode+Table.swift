import KubeAPI

extension ServerTables {
    /// printers.go `printCSINode`: how many CSI DRIVERS have registered on the node.
    enum CSINode: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Drivers", "Drivers indicates the number of CSI drivers registered on the node", cells: "integer"),
            .age,
        ]

        static func cells(of csiNode: KubeObject, now: Timestamp) -> [Table.Cell] {
            [.string(csiNode.name), .int(csiNode[path: "spec.drivers"].array.count), TableCells.age(csiNode, now: now)]
        }
    }
}
