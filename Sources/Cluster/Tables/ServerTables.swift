import KubeAPI

/// The apiserver's human-readable tables (`Accept: application/json;as=Table`), one handler per kind.
///
/// Like the real apiserver, every table is built as if for `-o wide`: all columns, all cells, with
/// wide-only columns marked priority 1. Dropping them, adding NAMESPACE, kind prefixes and label
/// columns is kubectl's job. Kinds without a handler get the default `Name`, `Created At` table.
public enum ServerTables {
    /// The table for `objects` of one type, with ages computed at `now`.
    public static func table(for type: ResourceType, objects: [KubeObject], now: Timestamp) -> Table {
        table(by: handler(for: groupKind(type)) ?? DefaultTable.self, objects: objects, now: now)
    }

    /// The table one handler makes of `objects`.
    static func table(by handler: any TableHandler.Type, objects: [KubeObject], now: Timestamp) -> Table {
        let rows = handler.ordered(objects).map {
            Table.Row(cells: handler.cells(of: $0, now: now), object: $0, conditions: handler.conditions(of: $0))
        }
        return Table(columns: handler.columns, rows: rows, rowsNullWhenEmpty: handler.appendsRows)
    }

    /// The handler for a `Kind` or `Kind.group`, as the apiserver registers them per group kind.
    static func handler(for groupKind: String) -> (any TableHandler.Type)? {
        switch groupKind {
        case "Pod": Pod.self
        case "Service": Service.self
        case "Endpoints": Endpoints.self
        case "Node": Node.self
        case "Namespace": Namespace.self
        case "ConfigMap": ConfigMap.self
        case "Secret": Secret.self
        case "ServiceAccount": ServiceAccount.self
        case "Event", "Event.events.k8s.io": Event.self
        case "ReplicationController": ReplicationController.self
        case "PersistentVolume": PersistentVolume.self
        case "PersistentVolumeClaim": PersistentVolumeClaim.self
        case "PodTemplate": PodTemplate.self
        case "ComponentStatus": ComponentStatus.self
        case "Deployment.apps": Deployment.self
        case "ReplicaSet.apps": ReplicaSet.self
        case "DaemonSet.apps": DaemonSet.self
        case "StatefulSet.apps": StatefulSet.self
        case "ControllerRevision.apps": ControllerRevision.self
        case "Job.batch": Job.self
        case "CronJob.batch": CronJob.self
        case "HorizontalPodAutoscaler.autoscaling": HorizontalPodAutoscaler.self
        case "Scale.autoscaling": Scale.self
        case "StorageClass.storage.k8s.io": StorageClass.self
        case "RuntimeClass.node.k8s.io": RuntimeClass.self
        case "Ingress.networking.k8s.io": Ingress.self
        case "IngressClass.networking.k8s.io": IngressClass.self
        case "NetworkPolicy.networking.k8s.io": NetworkPolicy.self
        case "EndpointSlice.discovery.k8s.io": EndpointSlice.self
        case "PriorityClass.scheduling.k8s.io": PriorityClass.self
        case "PodDisruptionBudget.policy": PodDisruptionBudget.self
        case "Lease.coordination.k8s.io": Lease.self
        case "APIService.apiregistration.k8s.io": APIService.self
        case "CSINode.storage.k8s.io": CSINode.self
        case "CSIDriver.storage.k8s.io": CSIDriver.self
        case "CSIStorageCapacity.storage.k8s.io": CSIStorageCapacity.self
        case "VolumeAttachment.storage.k8s.io": VolumeAttachment.self
        case "MutatingWebhookConfiguration.admissionregistration.k8s.io",
            "ValidatingWebhookConfiguration.admissionregistration.k8s.io":
            WebhookConfiguration.self
        case "ValidatingAdmissionPolicy.admissionregistration.k8s.io": ValidatingAdmissionPolicy.self
        case "ValidatingAdmissionPolicyBinding.admissionregistration.k8s.io": ValidatingAdmissionPolicyBinding.self
        case "CertificateSigningRequest.certificates.k8s.io": CertificateSigningRequest.self
        case "FlowSchema.flowcontrol.apiserver.k8s.io": FlowSchema.self
        case "PriorityLevelConfiguration.flowcontrol.apiserver.k8s.io": PriorityLevelConfiguration.self
        case "ResourceQuota": ResourceQuota.self
        case "RoleBinding.rbac.authorization.k8s.io": RoleBinding.self
        case "ClusterRoleBinding.rbac.authorization.k8s.io": ClusterRoleBinding.self
        default: nil
        }
    }

    static func groupKind(_ type: ResourceType) -> String {
        type.group.isEmpty ? type.kind : "\(type.kind).\(type.group)"
    }
}

/// One kind's printers.go handler: its column definitions and how an object becomes a row.
protocol TableHandler {
    /// Column definitions in printers.go spelling (`Port(s)`, `Nominated Node`); kubectl upper-cases them.
    static var columns: [Table.Column] { get }
    /// One cell per column, wide-only cells included.
    static func cells(of object: KubeObject, now: Timestamp) -> [Table.Cell]
    /// The rows' order: the list's, unless the kind's list printer sorts (FlowSchemas).
    static func ordered(_ objects: [KubeObject]) -> [KubeObject]
    /// The conditions the printer marks a row with (a finished pod's); none for most kinds.
    static func conditions(of object: KubeObject) -> [Table.Condition]
    /// Whether the rows are appended one by one to no list at all (the default convertor's
    /// way), so that none is `null` rather than `[]`.
    static var appendsRows: Bool { get }
}

extension TableHandler {
    static func ordered(_ objects: [KubeObject]) -> [KubeObject] { objects }
    static func conditions(of object: KubeObject) -> [Table.Condition] { [] }
    static var appendsRows: Bool { false }
}

/// The apiserver's fallback for kinds printers.go does not know (Role, LimitRange, CRDs, ...).
enum DefaultTable: TableHandler {
    static let columns: [Table.Column] = [
        .name,
        Table.Column("Created At", type: "date", about: .field("ObjectMeta", "creationTimestamp")),
    ]

    static func cells(of object: KubeObject, now: Timestamp) -> [Table.Cell] {
        let created = object.creationTimestamp?.rfc3339 ?? "0001-01-01T00:00:00Z"
        return [.string(object.name), .string(created)]
    }

    /// `rest.defaultTableConvertor` appends each row to a nil `table.Rows`.
    static var appendsRows: Bool { true }
}
