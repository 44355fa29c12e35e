import KubeAPI

extension ServerTables {
    /// printers.go `printPodTemplate`: CONTAINERS, IMAGES and the template's POD LABELS.
    enum PodTemplate: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Containers", Table.Column.containersText),
            .text("Images", Table.Column.imagesText),
            .text("Pod Labels", "The labels for the pod template."),
        ]

        static func cells(of podTemplate: KubeObject, now: Timestamp) -> [Table.Cell] {
            let containers = TableCells.containers(podTemplate[path: "template.spec.containers"])
            return [
                .string(podTemplate.name), containers.names, containers.images,
                .string(TableCells.labels(podTemplate[path: "template.metadata.labels"])),
            ]
        }
    }
}
