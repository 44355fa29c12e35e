import OrderedCollections

/// JSON patch (RFC 6902, `--type json`): a list of `add`, `remove`, `replace`, `move`, `copy` and
/// `test` operations on JSON pointers, failing with evanphx/json-patch's messages.
public enum JSONPatch {
    public static func apply(_ patch: JSONValue, to original: JSONValue) throws(PatchError) -> JSONValue {
        // `null` decodes as a patch of no operations.
        if patch.isNull { return original }
        guard case .array(let operations) = patch else {
            throw PatchError("json: cannot unmarshal \(patch.goJSONKind) into Go value of type jsonpatch.Patch")
        }
        // The whole patch is decoded before any operation applies.
        if let stray = operations.first(where: { operation in
            switch operation {
            case .object, .null: false
            default: true
            }
        }) {
            throw PatchError("json: cannot unmarshal \(stray.goJSONKind) into Go value of type jsonpatch.Operation")
        }
        var document = original
        for operation in operations {
            let op = operation["op"].string ?? "unknown"
            let path = operation["path"].string
            switch op {
            case "add", "replace":
                guard let path else { throw PatchError("\(op) operation failed to decode path: operation missing path field: missing value") }
                try set(&document, path, operation["value"], op: op)
            case "remove":
                guard let path else { throw PatchError("remove operation failed to decode path: operation missing path field: missing value") }
                _ = try remove(&document, path, op: "remove")
            case "move", "copy":
                guard let path, let from = operation["from"].string else {
                    throw PatchError("\(op) operation failed to decode from: operation missing from field: missing value")
                }
                let value = op == "move" ? try remove(&document, from, op: op) : try get(document, from, op: op)
                try set(&document, path, value, op: "add")
            case "test":
                guard let path else { throw PatchError("test operation failed to decode path: operation missing path field: missing value") }
                let actual = try? get(document, path, op: op)
                guard actual?.isEquivalent(to: operation["value"]) == true else {
                    throw PatchError("testing value \(path) failed: test failed")
                }
            default:
                throw PatchError("Unexpected kind: \(op)")
            }
        }
        return document
    }

    private static func tokens(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            String($0).replacing("~1", with: "/").replacing("~0", with: "~")
        }
    }

    private static func get(_ document: JSONValue, _ pointer: String, op: String) throws(PatchError) -> JSONValue {
        var value = document
        for token in tokens(pointer) {
            switch value {
            case .object(let members):
                guard let child = members[token] else {
                    throw PatchError("error in \(op) for path: '\(pointer)': Unable to get nonexistent key: \(token): missing value")
                }
                value = child
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else {
                    throw PatchError("error in \(op) for path: '\(pointer)': Unable to access invalid index: \(token): invalid index referenced")
                }
                value = items[index]
            default:
                throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
            }
        }
        return value
    }

    private static func set(_ document: inout JSONValue, _ pointer: String, _ value: JSONValue, op: String) throws(PatchError) {
        var keys = tokens(pointer)
        guard let last = keys.popLast() else { document = value; return }
        try update(&document, keys[...], pointer: pointer, op: op) { (parent: inout JSONValue) throws(PatchError) in
            switch parent {
            case .object(var members):
                members[last] = value
                parent = .object(members)
            case .array(var items):
                let index = last == "-" ? items.count : Int(last) ?? -1
                let limit = op == "add" ? items.count : items.count - 1
                guard index >= 0, index <= limit else {
                    throw PatchError("error in \(op) for path: '\(pointer)': Unable to access invalid index: \(last): invalid index referenced")
                }
                if op == "add" { items.insert(value, at: index) } else { items[index] = value }
                parent = .array(items)
            default:
                throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
            }
        }
    }

    private static func remove(_ document: inout JSONValue, _ pointer: String, op: String) throws(PatchError) -> JSONValue {
        var keys = tokens(pointer)
        guard let last = keys.popLast() else { return document }
        var removed = JSONValue.null
        try update(&document, keys[...], pointer: pointer, op: op) { (parent: inout JSONValue) throws(PatchError) in
            switch parent {
            case .object(var members):
                guard let value = members.removeValue(forKey: last) else {
                    let path = op == "move" ? last : pointer
                    throw PatchError("error in \(op) for path: '\(path)': Unable to remove nonexistent key: \(last): missing value")
                }
                removed = value
                parent = .object(members)
            case .array(var items):
                guard let index = Int(last), items.indices.contains(index) else {
                    throw PatchError("error in \(op) for path: '\(pointer)': Unable to access invalid index: \(last): invalid index referenced")
                }
                removed = items.remove(at: index)
                parent = .array(items)
            default:
                throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
            }
        }
        return removed
    }

    /// Walks to the container at `keys` and lets `body` change it in place.
    private static func update(
        _ value: inout JSONValue, _ keys: ArraySlice<String>, pointer: String, op: String,
        _ body: (inout JSONValue) throws(PatchError) -> Void
    ) throws(PatchError) {
        guard let key = keys.first else { return try body(&value) }
        switch value {
        case .object(var members):
            guard var child = members[key] else {
                throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
            }
            try update(&child, keys.dropFirst(), pointer: pointer, op: op, body)
            members[key] = child
            value = .object(members)
        case .array(var items):
            guard let index = Int(key), items.indices.contains(index) else {
                throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
            }
            try update(&items[index], keys.dropFirst(), pointer: pointer, op: op, body)
            value = .array(items)
        default:
            throw PatchError("\(op) operation does not apply: doc is missing path: \"\(pointer)\": missing value")
        }
    }
}
