import KubeAPI

/// Custom resources (apiextensions-apiserver): each established CustomResourceDefinition
/// serves its kind at its group and storage version, named as its `spec.names` say, with the
/// full REST verbs; kubectl finds them through discovery, as it finds the built-in kinds.
extension Cluster {
    /// The resources the established CustomResourceDefinitions serve, by group then plural.
    public var customResourceTypes: [ResourceType] {
        // The garbage collector asks once per owner reference; definitions rarely change.
        let writes = store.writeCount(of: .customResourceDefinitions)
        if let cache = customResourceTypesCache, cache.definitionWrites == writes { return cache.types }
        let types = list(.customResourceDefinitions).compactMap(Self.servedType).sorted {
            ($0.group, $0.plural) < ($1.group, $1.plural)
        }
        customResourceTypesCache = (writes, types)
        return types
    }

    /// The categories (`all`, or the definition's own) each served custom resource is listed in.
    public var customResourceCategories: [ResourceType: [String]] {
        let writes = store.writeCount(of: .customResourceDefinitions)
        if let cache = customResourceCategoriesCache, cache.definitionWrites == writes { return cache.categories }
        var categories: [ResourceType: [String]] = [:]
        for type in customResourceTypes {
            let definition = lookup(.customResourceDefinitions, nil, "\(type.plural).\(type.group)")
            let names = definition?[path: "spec.names.categories"].array.compactMap(\.string) ?? []
            if !names.isEmpty { categories[type] = names }
        }
        customResourceCategoriesCache = (writes, categories)
        return categories
    }

    /// Every kind the store holds objects of: the built-in ones, then the custom resources, as
    /// the garbage collector and the namespace controller find them through discovery.
    var storedResourceTypes: [ResourceType] { ResourceType.served + customResourceTypes }

    /// The table of custom resources: the definition's printer columns, or the name and age.
    func customResourceTable(_ type: ResourceType, _ objects: [KubeObject]) -> Table {
        let definition = lookup(.customResourceDefinitions, nil, "\(type.plural).\(type.group)")
        guard let columns = CustomResourceColumns(definition: definition, version: type.version) else {
            return ServerTables.table(by: CustomResourceTable.self, objects: objects, now: now)
        }
        return columns.table(objects, now: now)
    }

    /// The resource a definition serves once it is established, at its storage version.
    static func servedType(of definition: KubeObject) -> ResourceType? {
        let established = definition[path: "status.conditions"].array.contains {
            $0["type"].string == "Established" && $0["status"].string == "True"
        }
        let spec = definition.value["spec"]
        let names = spec["names"]
        let versions = spec["versions"].array.filter { $0["served"].bool == true }
        guard established, let group = spec["group"].string, let plural = names["plural"].string,
            let kind = names["kind"].string,
            let version = (versions.first { $0["storage"].bool == true } ?? versions.first)?["name"].string
        else { return nil }
        return ResourceType(
            plural, singular: names["singular"].string ?? kind.lowercased(),
            short: names["shortNames"].array.compactMap(\.string), group: group, version: version, kind: kind,
            namespaced: spec["scope"].string == "Namespaced")
    }
}

/// The table of a custom resource whose definition names no printer columns: its name and
/// age (the `Age` column apiextensions adds from `metadata.creationTimestamp`).
enum CustomResourceTable: TableHandler {
    static let columns: [Table.Column] = [
        .name,
        Table.Column("Age", type: "date", about: .field("ObjectMeta", "creationTimestamp")),
    ]

    static func cells(of object: KubeObject, now: Timestamp) -> [Table.Cell] {
        [.string(object.name), TableCells.age(object, now: now)]
    }
}

/// The table of a custom resource whose definition names printer columns for the version
/// served: the name, then each column's value at its JSON path (`.spec.priority`), a `date`
/// as an age and a missing value as no cell.
struct CustomResourceColumns {
    var columns: [JSONValue]

    init?(definition: KubeObject?, version: String) {
        let served = definition?[path: "spec.versions"].array.first { $0["name"].string == version }
        columns = served?["additionalPrinterColumns"].array ?? []
        if columns.isEmpty { return nil }
    }

    func table(_ objects: [KubeObject], now: Timestamp) -> Table {
        let header = [Table.Column.name] + columns.map(Self.definition)
        let rows = objects.map { object in
            Table.Row(cells: [.string(object.name)] + columns.map { cell(of: object, $0, now: now) }, object: object)
        }
        return Table(columns: header, rows: rows)
    }

    /// A printer column's definition as apiextensions serves it: described by the definition,
    /// or by its JSON path.
    private static func definition(_ column: JSONValue) -> Table.Column {
        let given = column["description"].string ?? ""
        let description =
            given.isEmpty ? "Custom resource definition column (in JSONPath format): \(column["jsonPath"].string ?? "")" : given
        return Table.Column(
            column["name"].string ?? "", type: column["type"].string ?? "", format: column["format"].string ?? "",
            priority: column["priority"].int ?? 0, about: .text(description))
    }

    private func cell(of object: KubeObject, _ column: JSONValue, now: Timestamp) -> Table.Cell {
        let path = (column["jsonPath"].string ?? "").split(separator: ".").joined(separator: ".")
        let value = object[path: path]
        if value.isNull { return .none }
        if column["type"].string == "date" { return .string(TableCells.since(value, now: now)) }
        if let text = value.string { return .string(text) }
        if let number = value.int { return .int(number) }
        if let flag = value.bool { return .bool(flag) }
        return .string(GoJSON.marshal(value))
    }
}
