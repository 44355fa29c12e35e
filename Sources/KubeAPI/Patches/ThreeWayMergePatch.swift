import OrderedCollections

/// The strategic merge patch `kubectl apply` sends for a live object, computed as apimachinery's
/// `CreateThreeWayMergePatch` does: what changed from the live object (`current`) to the new
/// configuration (`modified`), leaving out removals, plus what the new configuration removed
/// from the last applied one (`original`).
///
/// Merged lists carry `$setElementOrder/<list>` with the new order, removed items `$patch: delete`,
/// removed values of merged plain lists `$deleteFromPrimitiveList/<list>`, removed map keys `null`,
/// and fields whose strategy is retainKeys the `$retainKeys` they keep.
public enum ThreeWayMergePatch {
    typealias Map = OrderedDictionary<String, JSONValue>

    /// The patch, keys sorted as Go's `json.Marshal` writes a map; `{}` when nothing changes.
    public static func create(
        original: JSONValue?, modified: JSONValue, current: JSONValue, meta: PatchMeta
    ) throws(PatchError) -> JSONValue {
        let delta = try diffMaps(
            current.object, modified.object, meta, DiffOptions(ignoreDeletions: true))
        let deletions = try diffMaps(
            original?.object ?? [:], modified.object, meta, DiffOptions(ignoreChangesAndAdditions: true))
        return .object(try mergeMap(deletions, delta, meta)).sortedForGo
    }

    struct DiffOptions {
        var ignoreDeletions = false
        var ignoreChangesAndAdditions = false
        var buildRetainKeys = false
        /// Whether merged lists carry `$setElementOrder`: the patches do, the conflict check's diff does not.
        var setElementOrder = true
    }

    /// The patch that turns `original` into `modified`, within what `options` lets it say.
    static func diffMaps(_ original: Map, _ modified: Map, _ meta: PatchMeta, _ options: DiffOptions) throws(PatchError) -> Map {
        var patch: Map = [:]
        var retained: [JSONValue] = []
        for (key, new) in modified {
            if options.buildRetainKeys && !new.isNull { retained.append(.string(key)) }
            guard let old = original[key] else {
                if !options.ignoreChangesAndAdditions { patch[key] = new }
                continue
            }
            if key == directive {
                if let a = old.string, let b = new.string, a != b { patch[key] = new }
                continue
            }
            guard old.goKind == new.goKind else {
                if !options.ignoreChangesAndAdditions { patch[key] = new }
                continue
            }
            switch (old, new) {
            case (.object(let a), .object(let b)):
                let field = meta.field(key)
                var inner = options
                inner.buildRetainKeys = field.retainKeys
                if field.strategy == "replace" {
                    if !options.ignoreChangesAndAdditions { patch[key] = new }
                } else {
                    let changes = try diffMaps(a, b, field.meta, inner)
                    if !changes.isEmpty { patch[key] = .object(changes) }
                }
            case (.array(let a), .array(let b)):
                let field = meta.listField(key)
                guard field.strategy == "merge" else {
                    replaceIfChanged(key, old, new, &patch, options)
                    continue
                }
                var inner = options
                inner.buildRetainKeys = field.retainKeys
                let (added, deleted, order) = try diffLists(a, b, field.meta, field.mergeKey, inner)
                if !added.isEmpty { patch[key] = .array(added) }
                if !deleted.isEmpty { patch[deleteFromPrimitiveList + key] = .array(deleted) }
                if !order.isEmpty { patch[setElementOrder + key] = .array(order) }
            default:
                replaceIfChanged(key, old, new, &patch, options)
            }
        }
        if !options.ignoreDeletions {
            for key in original.keys where modified[key] == nil { patch[key] = .null }
        }
        let cleared = original.contains { key, value in !value.isNull && modified[key] == nil }
        if !retained.isEmpty && (!patch.isEmpty || cleared) {
            patch[retainKeys] = .array(sortScalars(retained))
        }
        return patch
    }

    private static func replaceIfChanged(
        _ key: String, _ old: JSONValue, _ new: JSONValue, _ patch: inout Map, _ options: DiffOptions
    ) {
        if !options.ignoreChangesAndAdditions && !old.goEquals(new) { patch[key] = new }
    }

    /// A merged list's changed and added items, its removed plain values and its new order.
    static func diffLists(
        _ original: [JSONValue], _ modified: [JSONValue], _ meta: PatchMeta, _ mergeKey: String, _ options: DiffOptions
    ) throws(PatchError) -> (patch: [JSONValue], deletions: [JSONValue], order: [JSONValue]) {
        if original.isEmpty {
            return modified.isEmpty || options.ignoreChangesAndAdditions ? ([], [], []) : (modified, [], [])
        }
        let kind = try elementKind(original, modified)
        if kind == JSONValue.emptyObject.goKind {
            var (patch, deletions) = try diffListsOfMaps(original, modified, meta, mergeKey, options)
            patch = try normalizeSliceOrder(patch, by: modified, mergeKey, maps: true)
            let sameOrder = original.count == modified.count
                && zip(original, modified).allSatisfy { $0[mergeKey].goEquals($1[mergeKey]) }
            patch += deletions
            var order: [JSONValue] = []
            if options.setElementOrder,
                (!options.ignoreChangesAndAdditions && (!patch.isEmpty || !sameOrder)) || (!options.ignoreDeletions && !patch.isEmpty)
            {
                order = modified.map { .object([mergeKey: $0[mergeKey]]) }
            }
            return (patch, [], order)
        }
        guard kind != JSONValue.array([]).goKind else { throw PatchError("lists of lists are not supported") }
        var (patch, deletions) = diffListsOfScalars(original, modified, options)
        patch = try normalizeSliceOrder(patch, by: modified, mergeKey, maps: false)
        let changed = !original.elementsEqual(modified) { $0.goEquals($1) }
        let reordered = (!options.ignoreDeletions && !deletions.isEmpty) || (!options.ignoreChangesAndAdditions && changed)
        let order = options.setElementOrder && reordered ? modified : []
        return (patch, deletions, order)
    }

    /// Walks both lists sorted by merge key: items in both are diffed, new ones added whole, and
    /// items the new list lacks become `{"$patch": "delete", key: value}`.
    private static func diffListsOfMaps(
        _ original: [JSONValue], _ modified: [JSONValue], _ meta: PatchMeta, _ mergeKey: String, _ options: DiffOptions
    ) throws(PatchError) -> ([JSONValue], [JSONValue]) {
        for item in original + modified where item.object[mergeKey] == nil {
            throw PatchError("map: \(item.goFormatted) does not contain declared merge key: \(mergeKey)")
        }
        let before = sortedByMergeKey(original, mergeKey), after = sortedByMergeKey(modified, mergeKey)
        var patch: [JSONValue] = [], deletions: [JSONValue] = []
        var i = 0, j = 0
        while i < before.count || j < after.count {
            let old = i < before.count ? before[i][mergeKey].goFormatted : nil
            let new = j < after.count ? after[j][mergeKey].goFormatted : nil
            if let old, let new, old == new {
                var changes = try diffMaps(before[i].object, after[j].object, meta, options)
                if !changes.isEmpty {
                    changes[mergeKey] = after[j][mergeKey]
                    patch.append(.object(changes))
                }
                i += 1
                j += 1
            } else if let new, old.map({ new.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true {
                if !options.ignoreChangesAndAdditions { patch.append(after[j]) }
                j += 1
            } else {
                if !options.ignoreDeletions {
                    deletions.append(.object([mergeKey: before[i][mergeKey], directive: "delete"]))
                }
                i += 1
            }
        }
        return (patch, deletions)
    }

    /// Added and removed values of a merged list of plain values.
    private static func diffListsOfScalars(
        _ original: [JSONValue], _ modified: [JSONValue], _ options: DiffOptions
    ) -> ([JSONValue], [JSONValue]) {
        let before = sortScalars(original), after = sortScalars(modified)
        var added: [JSONValue] = [], deleted: [JSONValue] = []
        var i = 0, j = 0
        while i < before.count || j < after.count {
            let old = i < before.count ? before[i].goFormatted : nil
            let new = j < after.count ? after[j].goFormatted : nil
            if let old, let new, old == new {
                i += 1
                j += 1
            } else if let new, old.map({ new.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true {
                if !options.ignoreChangesAndAdditions { added.append(after[j]) }
                j += 1
            } else {
                if !options.ignoreDeletions { deleted.append(before[i]) }
                i += 1
            }
        }
        return (added, deduplicated(deleted))
    }

    static let directive = "$patch"
    static let retainKeys = "$retainKeys"
    static let setElementOrder = "$setElementOrder/"
    static let deleteFromPrimitiveList = "$deleteFromPrimitiveList/"
}
