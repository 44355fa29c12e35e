import KubeAPI

extension ServerTables {
    /// printers.go `printDaemonSet`: scheduling counts from status and the template's NODE SELECTOR.
    enum DaemonSet: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Desired", "DaemonSetStatus", "desiredNumberScheduled", cells: "integer"),
            .field("Current", "DaemonSetStatus", "currentNumberScheduled", cells: "integer"),
            .field("Ready", "DaemonSetStatus", "numberReady", cells: "integer"),
            .field("Up-to-date", "DaemonSetStatus", "updatedNumberScheduled", cells: "integer"),
            .field("Available", "DaemonSetStatus", "numberAvailable", cells: "integer"),
            .field("Node Selector", "PodSpec", "nodeSelector"),
            .age,
            .containers,
            .images,
            .field("Selector", "DaemonSetSpec", "selector", priority: 1),
        ]

        static func cells(of daemonSet: KubeObject, now: Timestamp) -> [Table.Cell] {
            let status = daemonSet[path: "status"]
            let containers = TableCells.containers(daemonSet[path: "spec.template.spec.containers"])
            return [
                .string(daemonSet.name), TableCells.int(status["desiredNumberScheduled"]),
                TableCells.int(status["currentNumberScheduled"]), TableCells.int(status["numberReady"]),
                TableCells.int(status["updatedNumberScheduled"]), TableCells.int(status["numberAvailable"]),
                .string(TableCells.labels(daemonSet[path: "spec.template.spec.nodeSelector"])),
                TableCells.age(daemonSet, now: now), containers.names, containers.images,
                .string(TableCells.labelSelector(daemonSet[path: "spec.selector"])),
            ]
        }
    }
}
