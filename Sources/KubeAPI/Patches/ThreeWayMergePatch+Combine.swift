import OrderedCollections

/// Joining the deletions patch and the changes patch into one, as `mergeMap` does when it applies
/// one patch to another: directives are kept, `$setElementOrder` lists carried over and merged
/// lists joined on their merge key, changed items first and deletions after.
extension ThreeWayMergePatch {
    static func mergeMap(_ original: Map, _ patch: Map, _ meta: PatchMeta) throws(PatchError) -> Map {
        switch patch[directive]?.string {
        case "replace":
            var replaced = patch
            replaced[directive] = nil
            return replaced
        case "delete":
            return [:]
        default:
            break
        }
        var result = original
        var patch = patch
        if let keys = patch.removeValue(forKey: retainKeys), result[retainKeys] == nil {
            result[retainKeys] = keys
        }
        for key in patch.keys where key.hasPrefix(setElementOrder) {
            guard let order = patch.removeValue(forKey: key) else { continue }
            if result[key] == nil { result[key] = order }
            let listKey = String(key.dropFirst(setElementOrder.count))
            let field = meta.listField(listKey)
            let before = result[listKey]?.array, changes = patch.removeValue(forKey: listKey)?.array
            let merged: [JSONValue]
            switch (before, changes) {
            case (let before?, nil): merged = before
            case (nil, let changes?): merged = changes.compactMap(removingDirectives)
            case (let before?, let changes?):
                merged = field.strategy == "merge"
                    ? try mergeSlice(before, changes, field.meta, field.mergeKey) : changes
            case (nil, nil): continue
            }
            let maps = !field.mergeKey.isEmpty
            let (inOrder, rest) = partition(merged, by: order.array, field.mergeKey, maps: maps)
            result[listKey] = .array(try normalizeElementOrder(
                inOrder, rest, patchOrder: order.array, serverOrder: before ?? [], field.mergeKey, maps: maps))
        }
        for (key, value) in patch {
            if key.hasPrefix(deleteFromPrimitiveList) {
                result[key] = value
                continue
            }
            guard let old = result[key], !value.isNull, old.goKind == value.goKind else {
                result[key] = removingDirectives(value)
                continue
            }
            switch (old, value) {
            case (.object(let a), .object(let b)):
                let field = meta.field(key)
                result[key] = field.strategy == "replace" ? value : .object(try mergeMap(a, b, field.meta))
            case (.array(let a), .array(let b)):
                let field = meta.listField(key)
                result[key] = field.strategy == "merge" ? .array(try mergeSlice(a, b, field.meta, field.mergeKey)) : value
            default:
                result[key] = removingDirectives(value)
            }
        }
        return result
    }

    /// Two patches' items of one merged list: matching items merged, new ones appended, then
    /// ordered with the second patch's items first.
    static func mergeSlice(
        _ original: [JSONValue], _ patch: [JSONValue], _ meta: PatchMeta, _ mergeKey: String
    ) throws(PatchError) -> [JSONValue] {
        guard !original.isEmpty || !patch.isEmpty else { return original }
        let maps = try elementKind(original, patch) == JSONValue.emptyObject.goKind
        guard maps else {
            return try normalizeOrdered(deduplicated(original + patch), original, patch, mergeKey, maps: false)
        }
        guard !mergeKey.isEmpty else { throw PatchError("cannot merge lists without merge key") }
        var base = original
        var items: [JSONValue] = []
        var replace = false
        for item in patch {
            switch item[directive].string {
            case nil: items.append(item)
            case "delete":
                guard !item[mergeKey].isNull else {
                    throw PatchError("map: \(item.goFormatted) does not contain declared merge key: \(mergeKey)")
                }
                base.removeAll { $0[mergeKey].goEquals(item[mergeKey]) }
            case "replace": replace = true
            default: throw PatchError("Unknown patch type: \(item[directive].goFormatted) in map: \(item.goFormatted)")
            }
        }
        if replace { (base, items) = (items, []) }
        var merged = base
        for item in items {
            if let index = position(of: item, in: merged, mergeKey, maps: true) {
                merged[index] = .object(try mergeMap(merged[index].object, item.object, meta))
            } else {
                merged.append(item)
            }
        }
        return try normalizeOrdered(merged, base, items, mergeKey, maps: true)
    }

    private static func normalizeOrdered(
        _ merged: [JSONValue], _ original: [JSONValue], _ patch: [JSONValue], _ mergeKey: String, maps: Bool
    ) throws(PatchError) -> [JSONValue] {
        let (inPatch, serverOnly) = partition(merged, by: patch, mergeKey, maps: maps)
        return try normalizeElementOrder(inPatch, serverOnly, patchOrder: patch, serverOrder: original, mergeKey, maps: maps)
    }

    /// The value without maps that carry `$patch`; nil when the value itself is one.
    static func removingDirectives(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .object(let members):
            guard members[directive] == nil else { return nil }
            var kept = members
            for (key, child) in members { kept[key] = removingDirectives(child) }
            return .object(kept)
        case .array(let items):
            return .array(items.compactMap(removingDirectives))
        default:
            return value
        }
    }
}
