import Cluster
import KubeAPI
import Testing

/// Builds objects from YAML and runs them through `ServerTables`, at a fixed `now`.
enum TableFixture {
    static let now = Timestamp(seconds: 1_795_000_000)

    /// An RFC 3339 time `seconds` before `now` (negative: in the future).
    static func ago(_ seconds: Int64) -> String { now.adding(seconds: -seconds).rfc3339 }

    static func object(_ yaml: String) throws -> KubeObject {
        KubeObject(try #require(try YAMLDecoding.documents(yaml).first))
    }

    /// Every cell of the object's row, wide columns included.
    static func cells(_ type: ResourceType, _ yaml: String) throws -> [Table.Cell] {
        let table = ServerTables.table(for: type, objects: [try object(yaml)], now: now)
        return try #require(table.rows.first).cells
    }

    /// Only the cells of priority-0 columns, what `kubectl get` shows without `-o wide`.
    static func visibleCells(_ type: ResourceType, _ yaml: String) throws -> [Table.Cell] {
        let table = ServerTables.table(for: type, objects: [try object(yaml)], now: now)
        let row = try #require(table.rows.first)
        return zip(table.columns, row.cells).filter { $0.0.priority == 0 }.map(\.1)
    }

    /// Column headers as printers.go names them, with priorities.
    static func columns(_ type: ResourceType) -> [Table.Column] {
        ServerTables.table(for: type, objects: [], now: now).columns
    }
}

/// Resource types the shared list does not name, for kinds with server-side handlers.
enum ExtraTypes {
    static let secrets = ResourceType("secrets", singular: "secret", kind: "Secret")
    static let persistentVolumes = ResourceType(
        "persistentvolumes", singular: "persistentvolume", kind: "PersistentVolume", namespaced: false)
    static let persistentVolumeClaims = ResourceType(
        "persistentvolumeclaims", singular: "persistentvolumeclaim", kind: "PersistentVolumeClaim")
    static let ingresses = ResourceType("ingresses", singular: "ingress", group: "networking.k8s.io", kind: "Ingress")
    static let ingressClasses = ResourceType(
        "ingressclasses", singular: "ingressclass", group: "networking.k8s.io", kind: "IngressClass", namespaced: false)
    static let endpointSlices = ResourceType(
        "endpointslices", singular: "endpointslice", group: "discovery.k8s.io", kind: "EndpointSlice")
    static let podTemplates = ResourceType("podtemplates", singular: "podtemplate", kind: "PodTemplate")
    static let priorityClasses = ResourceType(
        "priorityclasses", singular: "priorityclass", group: "scheduling.k8s.io", kind: "PriorityClass",
        namespaced: false)
    static let componentStatuses = ResourceType(
        "componentstatuses", singular: "componentstatus", kind: "ComponentStatus", namespaced: false)
    static let leases = ResourceType("leases", singular: "lease", group: "coordination.k8s.io", kind: "Lease")
    static let roles = ResourceType("roles", singular: "role", group: "rbac.authorization.k8s.io", kind: "Role")
}
