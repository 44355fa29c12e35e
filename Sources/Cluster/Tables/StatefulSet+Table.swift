import KubeAPI

extension ServerTables {
    /// printers.go `printStatefulSet`: READY as `ready/desired`.
    enum StatefulSet: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Ready", Table.Column.readyPodsText),
            .age,
            .containers,
            .images,
        ]

        static func cells(of statefulSet: KubeObject, now: Timestamp) -> [Table.Cell] {
            let desired = statefulSet[path: "spec.replicas"].int ?? 1
            let ready = statefulSet[path: "status.readyReplicas"].int ?? 0
            let containers = TableCells.containers(statefulSet[path: "spec.template.spec.containers"])
            return [
                .string(statefulSet.name), .string("\(ready)/\(desired)"), TableCells.age(statefulSet, now: now),
                containers.names, containers.images,
            ]
        }
    }
}
