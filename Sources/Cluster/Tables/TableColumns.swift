import KubeAPI

/// The column definitions printers.go gives many kinds alike.
extension Table.Column {
    /// `Name`, the column that names the object.
    static let name = Table.Column("Name", format: "name", about: .field("ObjectMeta", "name"))
    /// `Age`, from the object's creation time.
    static let age = Table.Column("Age", about: .field("ObjectMeta", "creationTimestamp"))
    /// A workload's template's containers (wide).
    static let containers = Table.Column("Containers", priority: 1, about: .text(containersText))
    /// A workload's template's images (wide).
    static let images = Table.Column("Images", priority: 1, about: .text(imagesText))

    static let containersText = "Names of each container in the template."
    static let imagesText = "Images referenced by each container in the template."
    /// The Deployment's and StatefulSet's READY.
    static let readyPodsText = "Number of the pod with ready state"

    /// A column documented by `field` of the schema type `type`.
    static func field(
        _ name: String, _ type: String, _ field: String, cells: String = "string", priority: Int = 0
    ) -> Table.Column {
        Table.Column(name, type: cells, priority: priority, about: .field(type, field))
    }

    /// A column with words of its own.
    static func text(_ name: String, _ text: String, cells: String = "string", priority: Int = 0) -> Table.Column {
        Table.Column(name, type: cells, priority: priority, about: .text(text))
    }
}
