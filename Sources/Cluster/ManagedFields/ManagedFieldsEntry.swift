import OrderedCollections
import KubeAPI

/// A writer as the apiserver's field manager knows it: `?fieldManager=` of a request and the
/// subresource it wrote through.
public struct FieldManager: Sendable, Equatable {
    public var name: String
    public var subresource: String?

    public init(_ name: String, subresource: String? = nil) {
        self.name = name
        self.subresource = subresource
    }
}

/// One entry of `metadata.managedFields`: the fields a manager owns, through one operation.
public struct ManagedFieldsEntry: Sendable, Equatable {
    public enum Operation: String, Sendable { case apply = "Apply", update = "Update" }

    public var manager: String
    public var operation: Operation
    public var apiVersion: String
    public var subresource: String?
    public var time: Timestamp
    public var fields: FieldSet

    public init(
        manager: String, operation: Operation, apiVersion: String, subresource: String? = nil, time: Timestamp,
        fields: FieldSet
    ) {
        self.manager = manager
        self.operation = operation
        self.apiVersion = apiVersion
        self.subresource = subresource
        self.time = time
        self.fields = fields
    }

    /// Whether two entries are the same manager: appliers are one whatever version they applied.
    func isSameManager(as other: ManagedFieldsEntry) -> Bool {
        manager == other.manager && operation == other.operation && subresource == other.subresource
            && (operation == .apply || apiVersion == other.apiVersion)
    }

    /// How a conflict message names the manager (`printManager`): an updater with its version.
    var described: String {
        var text = GoSyntax.quoted(manager)
        if let subresource { text += " with subresource \(GoSyntax.quoted(subresource))" }
        if operation == .update { text += " using \(apiVersion)" }
        return text
    }

    /// The entry as the apiserver serves it.
    public var json: JSONValue {
        var members: OrderedDictionary<String, JSONValue> = [
            "apiVersion": .string(apiVersion), "fieldsType": "FieldsV1", "fieldsV1": fields.fieldsV1,
            "manager": .string(manager), "operation": .string(operation.rawValue),
        ]
        if let subresource { members["subresource"] = .string(subresource) }
        members["time"] = .string(time.rfc3339)
        return .object(members)
    }

    /// Reads an entry a client sent back (kubectl's upgrade of client-side apply managers).
    public init?(json: JSONValue) {
        guard let manager = json["manager"].string, let operation = json["operation"].string.flatMap(Operation.init),
            let time = json["time"].string.flatMap(Timestamp.init(rfc3339:))
        else { return nil }
        self.init(
            manager: manager, operation: operation, apiVersion: json["apiVersion"].string ?? "",
            subresource: json["subresource"].string, time: time, fields: FieldSet(fieldsV1: json["fieldsV1"]))
    }

    /// The apiserver's order: appliers before updaters, then oldest first, then by name.
    static func precedes(_ a: ManagedFieldsEntry, _ b: ManagedFieldsEntry) -> Bool {
        if a.operation != b.operation { return a.operation == .apply }
        if a.time.seconds != b.time.seconds { return a.time.seconds < b.time.seconds }
        if a.manager != b.manager { return a.manager < b.manager }
        if a.apiVersion != b.apiVersion { return a.apiVersion < b.apiVersion }
        return (a.subresource ?? "") < (b.subresource ?? "")
    }
}
