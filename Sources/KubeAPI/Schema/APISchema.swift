import OrderedCollections

/// The field schema an apiserver publishes for its kinds (what its OpenAPI documents carry):
/// each type's fields with their types, required fields and enums, and a description of each.
public struct APISchema: Sendable {
    /// How a field's type is written: `string`, `[]Container`, `map[string]Quantity`, or a type name.
    public indirect enum FieldType: Sendable, Equatable {
        case list(FieldType)
        case map(FieldType)
        /// A type of this schema (`PodSpec`, `discovery.EndpointPort`).
        case named(String)
        /// `string`, `integer`, `boolean`, `number` or `Object`.
        case primitive(String)

        /// Parses the notation of a schema file.
        public init(_ text: String) {
            if text.hasPrefix("[]") {
                self = .list(FieldType(String(text.dropFirst(2))))
            } else if text.hasPrefix("map[string]") {
                self = .map(FieldType(String(text.dropFirst(11))))
            } else if ["string", "integer", "boolean", "number", "Object"].contains(text) {
                self = .primitive(text)
            } else {
                self = .named(text)
            }
        }
    }

    /// One field of a type.
    public struct Field: Sendable {
        public var name: String
        public var type: FieldType
        public var required: Bool
        public var enumValues: [String]
        public var description: String
        /// How a strategic merge patch treats the field (`x-kubernetes-patch-strategy`): `merge`,
        /// `retainKeys`, `replace`, or a comma-separated pair; empty for the default.
        public var patchStrategies: [String] = []
        /// The key that identifies an item of a merged list (`x-kubernetes-patch-merge-key`).
        public var patchMergeKey: String = ""
        /// The fields that identify an item of a list server-side apply merges
        /// (`x-kubernetes-list-map-keys`), when they are more than the merge key alone.
        public var listMapKeys: [String] = []
    }

    /// A named type: an object with fields, or a value type such as `Quantity` that has none.
    public struct TypeDefinition: Sendable {
        public var name: String
        /// `v1`, `apps/v1`: set when the type is a kind the apiserver serves.
        public var groupVersion: String?
        public var description: String
        /// The fields in name order (byte order, as Go sorts map keys).
        public var fields: [Field]
        /// Whether the type is an object with properties, rather than a value written as a string or number.
        public var isObject: Bool
        /// For a value type with a plain JSON type (`Time` is a `string`): the type clients show for it.
        public var shownAs: String?
        /// Whether server-side apply treats a value of this type as one whole
        /// (`x-kubernetes-map-type: atomic`, as `LabelSelector`).
        public var atomic = false

        /// The name a client shows: the part after the last dot (`discovery.EndpointPort` is `EndpointPort`).
        public var displayName: String { name.split(separator: ".").last.map(String.init) ?? name }
    }

    public internal(set) var types: [String: TypeDefinition] = [:]

    public init() {}

    /// Why a schema file could not be understood.
    public struct FormatError: Error, Sendable {
        public var message: String
    }

    /// Reads a schema document (`catalog/openapi.yaml` of a world).
    public init(document: JSONValue) throws(FormatError) {
        for (name, entry) in document["types"].object {
            var fields: [Field] = []
            for (fieldName, spec) in entry["fields"].object {
                guard let type = spec["type"].string else {
                    throw FormatError(message: "types: \(name).\(fieldName) needs a type")
                }
                fields.append(Field(
                    name: fieldName, type: FieldType(type), required: spec["required"].bool ?? false,
                    enumValues: spec["enum"].array.map { $0.string ?? "" },
                    description: spec["description"].string ?? "",
                    patchStrategies: spec["patchStrategy"].string.map { $0.split(separator: ",").map(String.init) } ?? [],
                    patchMergeKey: spec["patchMergeKey"].string ?? "",
                    listMapKeys: spec["listMapKeys"].array.compactMap(\.string)))
            }
            fields.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            types[name] = TypeDefinition(
                name: name, groupVersion: entry["groupVersion"].string, description: entry["description"].string ?? "",
                fields: fields, isObject: !entry["fields"].isNull, shownAs: entry["type"].string,
                atomic: entry["mapType"].string == "atomic")
        }
        for definition in types.values {
            for field in definition.fields {
                if let missing = field.type.namedTypes.first(where: { types[$0] == nil }) {
                    throw FormatError(message: "types: \(definition.name).\(field.name) names \(missing), which is not defined")
                }
            }
        }
    }

    /// The kind `kind` of `groupVersion`, if the schema describes it. A kind that shares its name
    /// with one of another group is kept under a qualified name (`events.Event`).
    public func kind(_ kind: String, groupVersion: String) -> TypeDefinition? {
        if let type = types[kind], type.groupVersion == groupVersion { return type }
        return types.values.first { $0.groupVersion == groupVersion && $0.displayName == kind }
    }
}

extension APISchema.FieldType {
    /// The schema types this type refers to.
    public var namedTypes: [String] {
        switch self {
        case .list(let inner), .map(let inner): inner.namedTypes
        case .named(let name): [name]
        case .primitive: []
        }
    }
}

extension APISchema {
    /// Adds a type (or puts it in place of the one of the same name).
    public mutating func add(_ type: TypeDefinition) { types[type.name] = type }
}
