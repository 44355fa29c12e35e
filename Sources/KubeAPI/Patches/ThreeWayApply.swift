import OrderedCollections

/// What `kubectl apply` makes of a live object: the three-way strategic merge of the last applied
/// configuration (`original`), the new configuration (`modified`) and the live object (`current`).
///
/// Fields the last configuration had and the new one drops are removed from the live object
/// (list items matched on their merge key); then the new configuration is merged in. Fields that
/// neither configuration names, such as the apiserver's defaults, status, or a replica count set
/// by `kubectl scale`, stay as they are. The result equals `current` when apply has nothing to send.
public enum ThreeWayApply {
    public static func merge(original: JSONValue?, modified: JSONValue, current: JSONValue) -> JSONValue {
        var live = current
        if let original { removeDropped(from: &live, original: original, modified: modified, path: []) }
        return (try? StrategicMergePatch.apply(modified, to: live)) ?? live
    }

    private static func removeDropped(from live: inout JSONValue, original: JSONValue, modified: JSONValue, path: [String]) {
        guard case .object(let before) = original, case .object(var members) = live else { return }
        let after = modified.object
        for (key, old) in before {
            guard let present = members[key] else { continue }
            guard let new = after[key] else {
                members[key] = nil
                continue
            }
            let childPath = path + [key]
            switch (old, new, present) {
            case (.object, .object, .object):
                var child = present
                removeDropped(from: &child, original: old, modified: new, path: childPath)
                members[key] = child
            case (.array(let oldItems), .array(let newItems), .array(let liveItems)):
                guard let mergeKey = StrategicMergePatch.mergeKey(for: childPath) else { continue }
                members[key] = .array(
                    removeDroppedItems(from: liveItems, original: oldItems, modified: newItems, on: mergeKey, path: childPath))
            default:
                continue
            }
        }
        live = .object(members)
    }

    /// Items of a merged list the last configuration had and the new one drops are removed; items
    /// in both lose the fields dropped inside them.
    private static func removeDroppedItems(
        from live: [JSONValue], original: [JSONValue], modified: [JSONValue], on key: String, path: [String]
    ) -> [JSONValue] {
        var result: [JSONValue] = []
        for item in live {
            let id = item[key]
            guard !id.isNull, let old = original.first(where: { $0[key] == id }) else {
                result.append(item)
                continue
            }
            guard let new = modified.first(where: { $0[key] == id }) else { continue }
            var kept = item
            removeDropped(from: &kept, original: old, modified: new, path: path)
            result.append(kept)
        }
        return result
    }
}
