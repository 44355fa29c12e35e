import KubeAPI

extension ServerTables {
    /// printers.go `printStorageClass`: NAME marked ` (default)`, defaults `Delete` and `Immediate`.
    enum StorageClass: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Provisioner", "StorageClass", "provisioner"),
            .field("ReclaimPolicy", "StorageClass", "reclaimPolicy"),
            .field("VolumeBindingMode", "StorageClass", "volumeBindingMode"),
            .field("AllowVolumeExpansion", "StorageClass", "allowVolumeExpansion"),
            .age,
        ]

        static func cells(of storageClass: KubeObject, now: Timestamp) -> [Table.Cell] {
            let annotations = storageClass.annotations
            let isDefault =
                annotations["storageclass.kubernetes.io/is-default-class"] == "true"
                || annotations["storageclass.beta.kubernetes.io/is-default-class"] == "true"
            return [
                .string(storageClass.name + (isDefault ? " (default)" : "")),
                .string(storageClass[path: "provisioner"].string ?? ""),
                .string(storageClass[path: "reclaimPolicy"].string ?? "Delete"),
                .string(storageClass[path: "volumeBindingMode"].string ?? "Immediate"),
                .bool(storageClass[path: "allowVolumeExpansion"].bool ?? false), TableCells.age(storageClass, now: now),
            ]
        }
    }
}
