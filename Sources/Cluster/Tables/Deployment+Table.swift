import KubeAPI

extension ServerTables {
    /// printers.go `printDeployment`: READY as `ready/desired`, UP-TO-DATE, AVAILABLE.
    enum Deployment: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Ready", Table.Column.readyPodsText),
            .field("Up-to-date", "DeploymentStatus", "updatedReplicas"),
            .field("Available", "DeploymentStatus", "availableReplicas"),
            .age,
            .containers,
            .images,
            .field("Selector", "DeploymentSpec", "selector", priority: 1),
        ]

        static func cells(of deployment: KubeObject, now: Timestamp) -> [Table.Cell] {
            let desired = deployment[path: "spec.replicas"].int ?? 1
            let ready = deployment[path: "status.readyReplicas"].int ?? 0
            let containers = TableCells.containers(deployment[path: "spec.template.spec.containers"])
            let selector = TableCells.selectorString(deployment[path: "spec.selector"]) ?? "<invalid>"
            return [
                .string(deployment.name), .string("\(ready)/\(desired)"),
                TableCells.int(deployment[path: "status.updatedReplicas"]),
                TableCells.int(deployment[path: "status.availableReplicas"]), TableCells.age(deployment, now: now),
                containers.names, containers.images, .string(selector),
            ]
        }
    }
}
