import KubeAPI

extension ServerTables {
    /// printers.go `printPersistentVolume`: capacity, access modes, reclaim policy, phase, claim and class.
    enum PersistentVolume: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Capacity", "PersistentVolumeSpec", "capacity"),
            .field("Access Modes", "PersistentVolumeSpec", "accessModes"),
            .field("Reclaim Policy", "PersistentVolumeSpec", "persistentVolumeReclaimPolicy"),
            .field("Status", "PersistentVolumeStatus", "phase"),
            .field("Claim", "PersistentVolumeSpec", "claimRef"),
            .text("StorageClass", "StorageClass of the pv"),
            .text("VolumeAttributesClass", "VolumeAttributesClass of the pv"),
            .field("Reason", "PersistentVolumeStatus", "reason"),
            .age,
            .field("VolumeMode", "PersistentVolumeSpec", "volumeMode", priority: 1),
        ]

        static func cells(of volume: KubeObject, now: Timestamp) -> [Table.Cell] {
            let spec = volume[path: "spec"]
            let claimRef = spec["claimRef"]
            let claim = claimRef.isNull ? "" : "\(claimRef["namespace"].string ?? "")/\(claimRef["name"].string ?? "")"
            let phase = volume.deletionTimestamp != nil ? "Terminating" : volume[path: "status.phase"].string ?? ""
            let storage = spec["capacity"]["storage"]
            return [
                .string(volume.name), .string(storage.isNull ? "0" : HorizontalPodAutoscaler.quantity(storage)),
                .string(accessModes(spec["accessModes"])), .string(spec["persistentVolumeReclaimPolicy"].string ?? ""),
                .string(phase), .string(claim), .string(storageClass(volume)),
                .string(spec["volumeAttributesClassName"].string ?? "<unset>"),
                .string(volume[path: "status.reason"].string ?? ""), TableCells.age(volume, now: now),
                .string(spec["volumeMode"].string ?? "<unset>"),
            ]
        }

        /// `GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that fixed order, joined with `,`.
        static func accessModes(_ modes: JSONValue) -> String {
            let present = Set(modes.array.compactMap(\.string))
            let order = [
                ("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"),
                ("ReadWriteOncePod", "RWOP"),
            ]
            return order.filter { present.contains($0.0) }.map(\.1).joined(separator: ",")
        }

        /// The beta storage-class annotation if set, else `spec.storageClassName`.
        static func storageClass(_ object: KubeObject) -> String {
            object.annotations["volume.beta.kubernetes.io/storage-class"]
                ?? object[path: "spec.storageClassName"].string ?? ""
        }
    }

    /// printers.go `printPersistentVolumeClaim`: capacity and access modes only once bound to a volume.
    enum PersistentVolumeClaim: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Status", "PersistentVolumeClaimStatus", "phase"),
            .field("Volume", "PersistentVolumeClaimSpec", "volumeName"),
            .field("Capacity", "PersistentVolumeClaimStatus", "capacity"),
            .field("Access Modes", "PersistentVolumeClaimStatus", "accessModes"),
            .text("StorageClass", "StorageClass of the pvc"),
            .text("VolumeAttributesClass", "VolumeAttributesClass of the pvc"),
            .age,
            .field("VolumeMode", "PersistentVolumeClaimSpec", "volumeMode", priority: 1),
        ]

        static func cells(of claim: KubeObject, now: Timestamp) -> [Table.Cell] {
            let spec = claim[path: "spec"]
            let volumeName = spec["volumeName"].string ?? ""
            let phase = claim.deletionTimestamp != nil ? "Terminating" : claim[path: "status.phase"].string ?? ""
            var capacity = ""
            var modes = ""
            if !volumeName.isEmpty {
                let storage = claim[path: "status.capacity.storage"]
                capacity = storage.isNull ? "0" : HorizontalPodAutoscaler.quantity(storage)
                modes = PersistentVolume.accessModes(claim[path: "status.accessModes"])
            }
            return [
                .string(claim.name), .string(phase), .string(volumeName), .string(capacity), .string(modes),
                .string(PersistentVolume.storageClass(claim)),
                .string(spec["volumeAttributesClassName"].string ?? "<unset>"),
                TableCells.age(claim, now: now), .string(spec["volumeMode"].string ?? "<unset>"),
            ]
        }
    }
}
