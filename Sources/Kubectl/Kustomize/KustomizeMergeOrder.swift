import KubeAPI
import OrderedCollections

/// The item order of lists a strategic merge patch merged by key, as kustomize's merge (kyaml)
/// leaves it: the patch's items first, in the patch's order, then the items the patch did not
/// name, in their old order. The apiserver's merge keeps the old items first; kustomize does not.
enum KustomizeMergeOrder {
    /// `merged` with each keyed list the patch touched put in kustomize's order.
    static func reorder(_ merged: JSONValue, patch: JSONValue, schema: APISchema, kind: String, apiVersion: String) -> JSONValue {
        guard let definition = schema.kind(kind, groupVersion: apiVersion) else { return merged }
        return reorder(merged, patch: patch, schema: schema, type: .named(definition.name))
    }

    private static func reorder(_ merged: JSONValue, patch: JSONValue, schema: APISchema, type: APISchema.FieldType?) -> JSONValue {
        guard case .object(var members) = merged, case .object(let patchMembers) = patch else { return merged }
        for (key, patchValue) in patchMembers {
            guard let current = members[key] else { continue }
            let field = field(key, of: type, in: schema)
            switch (patchValue, current, field?.type) {
            case (.array(let patchItems), .array(let items), .list(let element)?):
                guard let mergeKey = field?.patchMergeKey, !mergeKey.isEmpty, field?.patchStrategies.contains("merge") == true else { continue }
                var ordered: [JSONValue] = []
                var used = Set<Int>()
                for patchItem in patchItems {
                    let wanted = patchItem[mergeKey]
                    guard !wanted.isNull, let index = items.indices.first(where: { !used.contains($0) && items[$0][mergeKey] == wanted }) else { continue }
                    used.insert(index)
                    ordered.append(reorder(items[index], patch: patchItem, schema: schema, type: element))
                }
                ordered += items.indices.filter { !used.contains($0) }.map { items[$0] }
                members[key] = .array(ordered)
            case (.object, .object, let fieldType):
                members[key] = reorder(current, patch: patchValue, schema: schema, type: fieldType)
            default:
                continue
            }
        }
        return .object(members)
    }

    private static func field(_ key: String, of type: APISchema.FieldType?, in schema: APISchema) -> APISchema.Field? {
        guard case .named(let name)? = type else { return nil }
        return schema.types[name]?.fields.first { $0.name == key }
    }
}
