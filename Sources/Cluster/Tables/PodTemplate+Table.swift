import KubeAPI

extension ServerTables {
    /// printers.go `printPodTemplate`: CONTAINERS, IMAGES and the template's POD LABELS.
    enum PodTemplate: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Containers"), Table.Column("Images"), Table.Column("Pod Labels"),
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
