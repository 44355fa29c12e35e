import KubeAPI

extension ServerTables {
    /// printers.go `printReplicationController`: the ReplicaSet columns, with a plain label-map selector.
    enum ReplicationController: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Desired", "ReplicationControllerSpec", "replicas", cells: "integer"),
            .field("Current", "ReplicationControllerStatus", "replicas", cells: "integer"),
            .field("Ready", "ReplicationControllerStatus", "readyReplicas", cells: "integer"),
            .age,
            .containers,
            .images,
            .field("Selector", "ReplicationControllerSpec", "selector", priority: 1),
        ]

        static func cells(of controller: KubeObject, now: Timestamp) -> [Table.Cell] {
            let containers = TableCells.containers(controller[path: "spec.template.spec.containers"])
            return [
                .string(controller.name), .int(controller[path: "spec.replicas"].int ?? 1),
                TableCells.int(controller[path: "status.replicas"]),
                TableCells.int(controller[path: "status.readyReplicas"]), TableCells.age(controller, now: now),
                containers.names, containers.images, .string(TableCells.labels(controller[path: "spec.selector"])),
            ]
        }
    }
}
