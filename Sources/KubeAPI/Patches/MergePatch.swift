import OrderedCollections

/// JSON merge patch (RFC 7386, `--type merge`): objects merge key by key, `null` removes a key,
/// anything else replaces what was there.
public enum MergePatch {
    public static func apply(_ patch: JSONValue, to original: JSONValue) -> JSONValue {
        guard case .object(let changes) = patch else { return patch }
        var result: OrderedDictionary<String, JSONValue> = original.object
        for (key, value) in changes {
            if value.isNull {
                result[key] = nil
            } else {
                result[key] = apply(value, to: result[key] ?? .null)
            }
        }
        return .object(result)
    }
}

/// The error a patch document or operation gives, worded as kubectl's patch libraries word it.
public struct PatchError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
