import KubeAPI

extension ServerTables {
    /// printers.go `printReplicaSet`: DESIRED, CURRENT and READY replica counts.
    enum ReplicaSet: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Desired"), Table.Column("Current"), Table.Column("Ready"),
            Table.Column("Age"), Table.Column("Containers", priority: 1), Table.Column("Images", priority: 1),
            Table.Column("Selector", priority: 1),
        ]

        static func cells(of replicaSet: KubeObject, now: Timestamp) -> [Table.Cell] {
            let containers = TableCells.containers(replicaSet[path: "spec.template.spec.containers"])
            return [
                .string(replicaSet.name), .int(replicaSet[path: "spec.replicas"].int ?? 1),
                TableCells.int(replicaSet[path: "status.replicas"]),
                TableCells.int(replicaSet[path: "status.readyReplicas"]), TableCells.age(replicaSet, now: now),
                containers.names, containers.images,
                .string(TableCells.labelSelector(replicaSet[path: "spec.selector"])),
            ]
        }
    }
}
