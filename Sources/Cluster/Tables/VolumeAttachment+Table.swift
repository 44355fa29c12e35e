import KubeAPI

extension ServerTables {
    /// printers.go `printVolumeAttachment`: the ATTACHER, the PV (empty for an inline volume),
    /// the NODE and whether it is ATTACHED.
    enum VolumeAttachment: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            Table.Column("Attacher", format: "name", about: .field("VolumeAttachmentSpec", "attacher")),
            .field("PV", "VolumeAttachmentSource", "persistentVolumeName"),
            .field("Node", "VolumeAttachmentSpec", "nodeName"),
            .field("Attached", "VolumeAttachmentStatus", "attached", cells: "boolean"),
            .age,
        ]

        static func cells(of attachment: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(attachment.name), .string(attachment[path: "spec.attacher"].string ?? ""),
                .string(attachment[path: "spec.source.persistentVolumeName"].string ?? ""),
                .string(attachment[path: "spec.nodeName"].string ?? ""),
                .bool(attachment[path: "status.attached"].bool ?? false), TableCells.age(attachment, now: now),
            ]
        }
    }
}
