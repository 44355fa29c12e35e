/// What a strategic merge patch knows of the fields under one point of an object: read from the
/// published schema, as kubectl reads `x-kubernetes-patch-strategy` and `-merge-key` from OpenAPI.
///
/// A field the schema does not describe has no strategy: its maps merge key by key and its
/// lists are replaced whole.
public struct PatchMeta: Sendable {
    let schema: APISchema?
    let type: APISchema.FieldType?

    /// The fields of kind `kind` in `schema`.
    public init(schema: APISchema, kind: String) {
        self.schema = schema
        self.type = schema.types[kind] == nil ? nil : .named(kind)
    }

    /// No schema: every map merges and every list is replaced.
    public static let none = PatchMeta(schema: nil, type: nil)

    private init(schema: APISchema?, type: APISchema.FieldType?) {
        self.schema = schema
        self.type = type
    }

    /// A field's patch strategy and merge key.
    struct Field {
        var meta: PatchMeta
        /// Whether the keys an item or object keeps are listed (`$retainKeys`).
        var retainKeys: Bool
        /// `merge`, `replace` or empty.
        var strategy: String
        var mergeKey: String
        /// The fields naming an item of the list for server-side apply: its list-map keys, else the merge key.
        var listKeys: [String] = []
    }

    /// The field `key` of an object at this point, with the meta of its value.
    func field(_ key: String) -> Field {
        field(key, item: false)
    }

    /// The field `key` holding a list, with the meta of its items.
    func listField(_ key: String) -> Field {
        field(key, item: true)
    }

    private func field(_ key: String, item: Bool) -> Field {
        guard let schema, let type else { return Field(meta: .none, retainKeys: false, strategy: "", mergeKey: "") }
        switch type {
        case .map(let value):
            return Field(meta: PatchMeta(schema: schema, type: value), retainKeys: false, strategy: "", mergeKey: "")
        case .named(let name):
            guard let found = schema.types[name]?.fields.first(where: { $0.name == key }) else { break }
            var valueType = found.type
            if item, case .list(let element) = valueType { valueType = element }
            let strategies = found.patchStrategies
            let mergeKey = found.patchMergeKey
            return Field(
                meta: PatchMeta(schema: schema, type: valueType), retainKeys: strategies.contains("retainKeys"),
                strategy: strategies.first { $0 != "retainKeys" } ?? "", mergeKey: mergeKey,
                listKeys: found.listMapKeys.isEmpty ? (mergeKey.isEmpty ? [] : [mergeKey]) : found.listMapKeys)
        case .list, .primitive:
            break
        }
        return Field(meta: .none, retainKeys: false, strategy: "", mergeKey: "")
    }
}

extension PatchMeta {
    /// Whether the value at this point is a map of free keys (`map[string]string`), not a struct.
    var isMap: Bool {
        if case .map = type { return true }
        return false
    }

    /// Whether server-side apply owns the value at this point as one whole.
    var isAtomic: Bool {
        guard let schema, case .named(let name) = type else { return false }
        return schema.types[name]?.atomic ?? false
    }
}
