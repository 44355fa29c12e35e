import OrderedCollections

/// `kubectl apply --overwrite=false`: a patch that sets a field the live object changed since the
/// last apply, to another value, is refused (`MergingMapsHaveConflicts` in `CreateThreeWayMergePatch`).
extension ThreeWayMergePatch {
    /// What changed from the last applied configuration to the live object (deletions as null,
    /// no `$setElementOrder`), when the patch sets any of it differently; nil when nothing conflicts.
    public static func conflicting(
        _ patch: JSONValue, original: JSONValue?, current: JSONValue, meta: PatchMeta
    ) throws(PatchError) -> JSONValue? {
        let changed = try diffMaps(original?.object ?? [:], current.object, meta, DiffOptions(setElementOrder: false))
        guard try mapsConflict(patch.object, changed, meta) else { return nil }
        return JSONValue.object(changed).sortedForGo
    }

    private static func mapsConflict(_ left: Map, _ right: Map, _ meta: PatchMeta) throws(PatchError) -> Bool {
        for (key, value) in left where key != directive && key != retainKeys {
            guard let other = right[key] else { continue }
            var field = PatchMeta.Field(meta: .none, retainKeys: false, strategy: "", mergeKey: "")
            if case .array = value { field = meta.listField(key) } else if case .object = value { field = meta.field(key) }
            if try valuesConflict(value, other, field.meta, strategy: field.strategy, mergeKey: field.mergeKey) { return true }
        }
        return false
    }

    private static func valuesConflict(
        _ left: JSONValue, _ right: JSONValue, _ meta: PatchMeta, strategy: String, mergeKey: String
    ) throws(PatchError) -> Bool {
        switch (left, right) {
        case (.object(let a), .object(let b)):
            // A directive acts on the whole map: one alone, or two different, conflict.
            switch (a[directive], b[directive]) {
            case (nil, nil): break
            case (let x?, let y?) where x.goEquals(y): break
            default: return true
            }
            return strategy == "replace" ? false : try mapsConflict(a, b, meta)
        case (.array(let a), .array(let b)):
            return try slicesConflict(a, b, meta, strategy: strategy, mergeKey: mergeKey)
        case (.object, _), (.array, _):
            return true
        default:
            return !left.goEquals(right)
        }
    }

    /// Merged lists of maps compare the items with the same merge key; other lists item by item,
    /// plain values deduplicated and sorted first.
    private static func slicesConflict(
        _ left: [JSONValue], _ right: [JSONValue], _ meta: PatchMeta, strategy: String, mergeKey: String
    ) throws(PatchError) -> Bool {
        let kind = try elementKind(left, right)
        let maps = kind == JSONValue.emptyObject.goKind
        if strategy == "merge" {
            guard maps else { return false }
            let others = try byMergeKey(right, mergeKey)
            for (key, item) in try byMergeKey(left, mergeKey) {
                if let other = others[key], try valuesConflict(item, other, meta, strategy: "", mergeKey: "") { return true }
            }
            return false
        }
        guard left.count == right.count else { return true }
        let (a, b) = maps ? (left, right) : (sortScalars(deduplicated(left)), sortScalars(deduplicated(right)))
        for (x, y) in zip(a, b) where try valuesConflict(x, y, meta, strategy: "", mergeKey: "") { return true }
        return false
    }

    private static func byMergeKey(_ items: [JSONValue], _ mergeKey: String) throws(PatchError) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for item in items {
            guard case .object(let members) = item else {
                throw PatchError("invalid element type in merging list:\(JSONValue.array(items).goFormatted)")
            }
            guard let key = members[mergeKey] else {
                throw PatchError("cannot find merge key `\(mergeKey)` in merging list element:\(item.goFormatted)")
            }
            result[key.goFormatted] = item
        }
        return result
    }
}
