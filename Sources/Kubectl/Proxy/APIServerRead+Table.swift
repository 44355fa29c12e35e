import Cluster
import KubeAPI

/// What the apiserver answers a GET that accepts a Table (`application/json;as=Table;v=v1;
/// g=meta.k8s.io`, kubectl's human-readable `get`): the kind's server table as a
/// `meta.k8s.io/v1` Table, each row carrying its object's `PartialObjectMetadata`, or the whole
/// object when the query says `includeObject=Object`.
extension APIServerRead {
    /// The Table of one object or of a collection (filtered by the query's selectors); nil for a
    /// path that names neither.
    func table(_ path: String, query: [String: String]) throws(APIError) -> JSONValue? {
        guard let resource = ResourcePath(path.split(separator: "/").map(String.init)), resource.rest.count <= 2,
            let type = Self.resourceType(of: resource, in: cluster)
        else { return nil }
        let objects: [KubeObject]
        let resourceVersion: String
        if resource.name.isEmpty {
            let selector = SelectorQuery(label: query["labelSelector"] ?? "", field: query["fieldSelector"] ?? "")
            objects = try selector.list(cluster, type, namespace: resource.namespace)
            resourceVersion = String(cluster.latestResourceVersion)
        } else {
            let object = try cluster.get(type, namespace: resource.namespace, name: resource.name)
            objects = [object]
            resourceVersion = object.value["metadata"]["resourceVersion"].string ?? ""
        }
        let table = cluster.table(type, objects)
        let whole = query["includeObject"] == "Object"
        let rows = table.rows.map { row(of: $0, type: type, whole: whole) }
        return [
            "kind": "Table", "apiVersion": "meta.k8s.io/v1",
            "metadata": ["resourceVersion": .string(resourceVersion)],
            "columnDefinitions": .array(table.columns.map(definition)),
            "rows": rows.isEmpty && table.rowsNullWhenEmpty ? .null : .array(rows),
        ]
    }

    /// A column definition, its description read from the published schema where printers.go
    /// reads a field's documentation.
    private func definition(_ column: Table.Column) -> JSONValue {
        let description: String
        switch column.description {
        case .text(let text): description = text
        case .field(let type, let field):
            description = cluster.settings.schema.types[type]?.fields.first { $0.name == field }?.description ?? ""
        }
        return [
            "name": .string(column.name), "type": .string(column.type), "format": .string(column.format),
            "description": .string(description), "priority": .int(column.priority),
        ]
    }

    private func row(of row: Table.Row, type: ResourceType, whole: Bool) -> JSONValue {
        var value: JSONValue = ["cells": .array(row.cells.map(Self.cell))]
        if !row.conditions.isEmpty {
            value["conditions"] = .array(row.conditions.map { condition in
                var entry: JSONValue = ["type": .string(condition.type), "status": .string(condition.status)]
                if !condition.reason.isEmpty { entry["reason"] = .string(condition.reason) }
                if !condition.message.isEmpty { entry["message"] = .string(condition.message) }
                return entry
            })
        }
        let served = Self.served(row.object, type: type, inList: false, cluster: cluster)
        value["object"] =
            whole ? served : ["kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": served["metadata"]]
        return value
    }

    /// A cell as `encoding/json` writes the printer's Go value; a missing one is null.
    private static func cell(_ cell: Table.Cell) -> JSONValue {
        switch cell {
        case .string(let text): .string(text)
        case .int(let number): .int(number)
        case .bool(let flag): .bool(flag)
        case .none: .null
        }
    }
}
