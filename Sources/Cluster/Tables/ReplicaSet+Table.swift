import KubeAPI

extension ServerTables {
    /// printers.go `printReplicaSet`: DESIRED, CURRENT and READY replica counts.
    enum ReplicaSet: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Desired", "ReplicaSetSpec", "replicas", cells: "integer"),
            .field("Current", "ReplicaSetStatus", "replicas", cells: "integer"),
            .field("Ready", "ReplicaSetStatus", "readyReplicas", cells: "integer"),
            .age,
            .containers,
            .images,
            .field("Selector", "ReplicaSetSpec", "selector", priority: 1),
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
