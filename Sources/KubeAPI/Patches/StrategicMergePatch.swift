import OrderedCollections

/// Strategic merge patch (`--type strategic`, kubectl's default): like a merge patch, but lists
/// that Kubernetes declares mergeable are merged item by item on their merge key (containers by
/// name, container ports by containerPort, env by name, ...), and `$patch: delete|replace`
/// directives are honoured. Lists without a merge key are replaced. `$retainKeys` clears the keys
/// it does not list, `$deleteFromPrimitiveList/<list>` removes values from a merged plain list and
/// `$setElementOrder/<list>` orders a merged list.
public enum StrategicMergePatch {
    public static func apply(_ patch: JSONValue, to original: JSONValue) throws(PatchError) -> JSONValue {
        guard case .object = patch else { throw PatchError("invalid JSON document") }
        return mergeObject(original, patch, path: [])
    }

    private static func mergeObject(_ original: JSONValue, _ patch: JSONValue, path: [String]) -> JSONValue {
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
            let childPath = path + [key]
            switch (current, value) {
            case (.object, .object):
                let merged = mergeObject(current, value, path: childPath)
                result[key] = merged.isNull ? nil : merged
            case (.array(let items), .array(let changes)):
                if let mergeKey = mergeKey(for: childPath) {
                    result[key] = .array(mergeList(items, changes, on: mergeKey, path: childPath))
                } else if primitiveMergeLists.contains(key) {
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
            let mergeKey = mergeKey(for: path + [list]) ?? ""
            let maps = !mergeKey.isEmpty
            let (inOrder, rest) = ThreeWayMergePatch.partition(items, by: order.array, mergeKey, maps: maps)
            let ordered = try? ThreeWayMergePatch.normalizeElementOrder(
                inOrder, rest, patchOrder: order.array, serverOrder: before[list]?.array ?? [], mergeKey, maps: maps)
            result[list] = .array(ordered ?? items)
        }
        return .object(result)
    }

    private static func mergeList(_ items: [JSONValue], _ changes: [JSONValue], on key: String, path: [String]) -> [JSONValue] {
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
                result[index] = mergeObject(result[index], change, path: path)
            } else {
                result.append(stripped(change))
            }
        }
        return result
    }

    /// The merge key of the list at `path`, from the Kubernetes types' `patchMergeKey` tags.
    static func mergeKey(for path: [String]) -> String? {
        guard let field = path.last else { return nil }
        switch field {
        case "containers", "initContainers", "ephemeralContainers", "env", "volumes", "imagePullSecrets",
            "resourceClaims":
            return "name"
        case "ports":
            let inContainer = path.dropLast().contains { ["containers", "initContainers", "ephemeralContainers"].contains($0) }
            return inContainer ? "containerPort" : "port"
        case "volumeMounts": return "mountPath"
        case "volumeDevices": return "devicePath"
        case "hostAliases": return "ip"
        case "conditions": return "type"
        case "ownerReferences": return "uid"
        case "topologySpreadConstraints": return "topologyKey"
        default: return nil
        }
    }

    /// Lists of plain values that merge as sets.
    static let primitiveMergeLists: Set<String> = ["finalizers"]

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
