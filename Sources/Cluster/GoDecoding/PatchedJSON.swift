import KubeAPI
import OrderedCollections

/// The JSON the apiserver's merge and JSON patches produce (evanphx/json-patch v4): the library
/// parses only the containers it walks into, the top level always, and writes those back as Go
/// maps, keys sorted; every other value keeps the bytes the typed encoding gave it.
enum PatchedJSON {
    /// `jsonpatch.MergePatch(document, patch)`.
    static func merged(_ document: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard case .object = document, case .object(let changes) = patch else { return pruned(patch) }
        return mergeMembers(document, changes)
    }

    /// The document `JSONPatch.apply` produced, with the containers each operation walked through sorted.
    static func sortedAlong(_ operations: [JSONValue], in document: JSONValue) -> JSONValue {
        var out = sortedLevel(document)
        for operation in operations {
            for pointer in [operation["path"].string, operation["from"].string].compactMap(\.self) {
                let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
                    String($0).replacing("~1", with: "/").replacing("~0", with: "~")
                }
                out = sortingParents(out, Array(tokens.dropLast()))
            }
        }
        return out
    }

    /// `mergeDocs` into the object `document`, which is parsed (sorted) for it.
    private static func mergeMembers(_ document: JSONValue, _ changes: OrderedDictionary<String, JSONValue>) -> JSONValue {
        var members = sortedLevel(document).object
        for (key, change) in changes {
            if change.isNull {
                members[key] = nil
            } else if let current = members[key], !current.isNull, case .object = current, case .object(let inner) = change {
                members[key] = mergeMembers(current, inner)
            } else if let current = members[key], !current.isNull, case .object = current {
                members[key] = change  // merge's patch that is no object replaces as it is
            } else {
                members[key] = pruned(change)
            }
        }
        return sortedLevel(.object(members))
    }

    /// `pruneNulls`: nulls dropped from objects at every depth (not from lists), objects parsed.
    private static func pruned(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): return sortedLevel(.object(members.filter { !$0.value.isNull }.mapValues(pruned)))
        case .array(let items): return .array(items.map(pruned))
        default: return value
        }
    }

    /// The containers on the way to the last token sorted, as `findObject` parses them.
    private static func sortingParents(_ value: JSONValue, _ tokens: [String]) -> JSONValue {
        guard let token = tokens.first else { return sortedLevel(value) }
        switch sortedLevel(value) {
        case .object(var members):
            if let child = members[token] { members[token] = sortingParents(child, Array(tokens.dropFirst())) }
            return .object(members)
        case .array(var items):
            if let index = Int(token), items.indices.contains(index) {
                items[index] = sortingParents(items[index], Array(tokens.dropFirst()))
            }
            return .array(items)
        default:
            return value
        }
    }

    /// An object's own keys in byte order, as Go writes a map; its values untouched.
    private static func sortedLevel(_ value: JSONValue) -> JSONValue {
        guard case .object(let members) = value else { return value }
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .object(OrderedDictionary(uniqueKeysWithValues: keys.map { ($0, members[$0] ?? .null) }))
    }
}
