import OrderedCollections

/// Strategic merge patch (`--type strategic`, kubectl's default): like a merge patch, but lists
/// whose schema field says `patchStrategy: merge` are merged item by item on its `patchMergeKey`
/// (containers by name, container ports by containerPort, Service ports by port, ...), and
/// `$patch: delete|replace` directives are honoured. Other lists are replaced, and so are maps
/// whose strategy is `replace`. The strategies come from `PatchMeta`, the schema kubectl's
/// three-way patch reads too. `$retainKeys` clears the keys it does not list,
/// `$deleteFromPrimitiveList/<list>` removes values from a merged plain list and
/// `$setElementOrder/<list>` orders a merged list.
public enum StrategicMergePatch {
    public static func apply(_ patch: JSONValue, to original: JSONValue, meta: PatchMeta) throws(PatchError) -> JSONValue {
        // `null` decodes as an empty map: nothing changes.
        if patch.isNull { return original }
        guard case .object = patch else { throw PatchError("invalid JSON document") }
        return mergeObject(original, patch, meta: meta)
    }

    private static func mergeObject(_ original: JSONValue, _ patch: JSONValue, meta: PatchMeta) -> JSONValue {
        switch patch["$patch"].string {
        case "replace": return stripped(patch)
        case "delete": return .null
        default: break
        }
        var result: OrderedDictionary<String, JSONValue> = original.object
        if case .array(let kept) = patch[ThreeWayMergePatch.retainKeys] {
            let names = Set(kept.compactMap(\.string))
            result = result.filter { names.contains($0.key) }
        }
        let before = result
        for (key, value) in patch.object where key.hasPrefix(ThreeWayMergePatch.deleteFromPrimitiveList) {
            let list = String(key.dropFirst(ThreeWayMergePatch.deleteFromPrimitiveList.count))
            guard case .array(let items) = result[list] else { continue }
            result[list] = .array(items.filter { item in !value.array.contains { $0.goEquals(item) } })
        }
        for (key, value) in patch.object where !key.hasPrefix("$") {
            if value.isNull {
                result[key] = nil
                continue
            }
            let current = result[key] ?? .null
            switch (current, value) {
            case (.object, .object):
                let field = meta.field(key)
                guard field.strategy != "replace" else {
                    result[key] = stripped(value)
                    continue
                }
                let merged = mergeObject(current, value, meta: field.meta)
                result[key] = merged.isNull ? nil : merged
            case (.array(let items), .array(let changes)):
                let field = meta.listField(key)
                let mergesMaps = (items + changes).contains { if case .object = $0 { true } else { false } }
                if field.strategy == "merge", !field.mergeKey.isEmpty, mergesMaps {
                    result[key] = .array(mergeList(items, changes, on: field.mergeKey, meta: field.meta))
                } else if field.strategy == "merge", !mergesMaps {
                    var union = items
                    for item in changes where !union.contains(item) { union.append(item) }
                    result[key] = .array(union)
                } else {
                    result[key] = stripped(value)
                }
            default:
                result[key] = stripped(value)
            }
        }
        for (key, order) in patch.object where key.hasPrefix(ThreeWayMergePatch.setElementOrder) {
            let list = String(key.dropFirst(ThreeWayMergePatch.setElementOrder.count))
            guard case .array(let items) = result[list] else { continue }
            let mergeKey = meta.listField(list).mergeKey
            let maps = !mergeKey.isEmpty
            let (inOrder, rest) = ThreeWayMergePatch.partition(items, by: order.array, mergeKey, maps: maps)
            let ordered = try? ThreeWayMergePatch.normalizeElementOrder(
                inOrder, rest, patchOrder: order.array, serverOrder: before[list]?.array ?? [], mergeKey, maps: maps)
            result[list] = .array(ordered ?? items)
        }
        return .object(result)
    }

    private static func mergeList(_ items: [JSONValue], _ changes: [JSONValue], on key: String, meta: PatchMeta) -> [JSONValue] {
        if changes.contains(where: { $0["$patch"].string == "replace" }) {
            return changes.filter { $0["$patch"].string != "replace" }.map(stripped)
        }
        var result = items
        for change in changes {
            let id = change[key]
            let index = id.isNull ? nil : result.firstIndex { $0[key] == id }
            if change["$patch"].string == "delete" {
                result.removeAll { !id.isNull && $0[key] == id }
            } else if let index {
                result[index] = mergeObject(result[index], change, meta: meta)
            } else {
                result.append(stripped(change))
            }
        }
        return result
    }

    /// A patch value as stored: directive keys (`$patch`, `$retainKeys`, ...) removed.
    static func stripped(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var kept: OrderedDictionary<String, JSONValue> = [:]
            for (key, child) in members where !key.hasPrefix("$") { kept[key] = stripped(child) }
            return .object(kept)
        case .array(let items):
            return .array(items.map(stripped))
        default:
            return value
        }
    }
}
