import OrderedCollections

/// How the patch libraries order list items: by `%v` of the item or its merge key for walking two
/// lists side by side, and by position in a reference list for what they send.
extension ThreeWayMergePatch {
    static func sortedByMergeKey(_ items: [JSONValue], _ mergeKey: String) -> [JSONValue] {
        items.sorted { $0[mergeKey].goFormatted.utf8.lexicographicallyPrecedes($1[mergeKey].goFormatted.utf8) }
    }

    static func sortScalars(_ items: [JSONValue]) -> [JSONValue] {
        items.sorted { $0.goFormatted.utf8.lexicographicallyPrecedes($1.goFormatted.utf8) }
    }

    /// Go's in-place deduplication: a repeat is overwritten by the last item.
    static func deduplicated(_ items: [JSONValue]) -> [JSONValue] {
        var s = items
        var last = s.count - 1
        var i = 0
        while i < last {
            var j = i + 1
            while j <= last {
                if s[i].goEquals(s[j]) {
                    s[j] = s[last]
                    s.removeLast()
                    last -= 1
                } else {
                    j += 1
                }
            }
            i += 1
        }
        return s
    }

    /// The one element type of the lists, as `sliceElementType` requires.
    static func elementKind(_ lists: [JSONValue]...) throws(PatchError) -> Int {
        var kind: Int?
        for item in lists.joined() {
            if let kind, kind != item.goKind {
                throw PatchError("list element types are not identical: \(JSONValue.array(lists.map(JSONValue.array)).goFormatted)")
            }
            kind = item.goKind
        }
        guard let kind else { throw PatchError("no elements in any of the given slices") }
        return kind
    }

    /// Where `item` (by merge key, for maps) is in `list`, or nil.
    static func position(of item: JSONValue, in list: [JSONValue], _ mergeKey: String, maps: Bool) -> Int? {
        let value = maps ? item[mergeKey] : item
        return list.firstIndex { (maps ? $0[mergeKey] : $0).goKind == value.goKind && (maps ? $0[mergeKey] : $0).goEquals(value) }
    }

    /// Sorts `items` stably by their position in `order`; `$patch: delete` items go last.
    static func normalizeSliceOrder(
        _ items: [JSONValue], by order: [JSONValue], _ mergeKey: String, maps: Bool
    ) throws(PatchError) -> [JSONValue] {
        var kept = items, deletes: [JSONValue] = []
        if maps {
            for item in items + order where item.object[mergeKey] == nil {
                throw PatchError("map: \(item.goFormatted) does not contain declared merge key: \(mergeKey)")
            }
            kept = items.filter { $0[directive].string != "delete" }
            deletes = items.filter { $0[directive].string == "delete" }
        }
        // Go's less: by position when both are in `order`, otherwise "less".
        func less(_ a: JSONValue, _ b: JSONValue) -> Bool {
            guard let i = position(of: a, in: order, mergeKey, maps: maps),
                let j = position(of: b, in: order, mergeKey, maps: maps)
            else { return true }
            return i < j
        }
        for i in kept.indices.dropFirst() {
            var j = i
            while j > 0 && less(kept[j], kept[j - 1]) {
                kept.swapAt(j, j - 1)
                j -= 1
            }
        }
        return kept + deletes
    }

    /// Orders the patch's items by `patchOrder` and the others by `serverOrder`, then interleaves
    /// them, an item of `serverOnly` going first only when both are in `serverOrder` in that order.
    static func normalizeElementOrder(
        _ patch: [JSONValue], _ serverOnly: [JSONValue], patchOrder: [JSONValue], serverOrder: [JSONValue],
        _ mergeKey: String, maps: Bool
    ) throws(PatchError) -> [JSONValue] {
        let right = try normalizeSliceOrder(patch, by: patchOrder, mergeKey, maps: maps)
        let left = try normalizeSliceOrder(serverOnly, by: serverOrder, mergeKey, maps: maps)
        var result: [JSONValue] = []
        var i = 0, j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                result.append(right[j]); j += 1
            } else if j >= right.count {
                result.append(left[i]); i += 1
            } else if let l = position(of: left[i], in: serverOrder, mergeKey, maps: maps),
                let r = position(of: right[j], in: serverOrder, mergeKey, maps: maps), l < r
            {
                result.append(left[i]); i += 1
            } else {
                result.append(right[j]); j += 1
            }
        }
        return result
    }

    /// Splits `items` into those `list` has (by merge key, for maps) and the rest.
    static func partition(_ items: [JSONValue], by list: [JSONValue], _ mergeKey: String, maps: Bool) -> ([JSONValue], [JSONValue]) {
        var inList: [JSONValue] = [], rest: [JSONValue] = []
        for item in items {
            if position(of: item, in: list, mergeKey, maps: maps) != nil { inList.append(item) } else { rest.append(item) }
        }
        return (inList, rest)
    }
}
