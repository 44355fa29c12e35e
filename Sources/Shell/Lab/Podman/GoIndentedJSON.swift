import KubeAPI
import OrderedCollections

/// Go's `json.Encoder` with `SetIndent("", indent)` and HTML escaping off, as `podman inspect`
/// prints: keys in the value's order, `[]` and `{}` for empty collections, a final newline.
enum GoIndentedJSON {
    static func encode(_ value: JSONValue, indent: String) -> String {
        var out = ""
        write(value, indent: indent, depth: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: JSONValue, indent: String, depth: Int, into out: inout String) {
        let inner = String(repeating: indent, count: depth + 1)
        let outer = String(repeating: indent, count: depth)
        switch value {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                write(item, indent: indent, depth: depth + 1, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += outer + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (index, (key, member)) in members.enumerated() {
                out += inner + scalar(.string(key)) + ": "
                write(member, indent: indent, depth: depth + 1, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += outer + "}"
        default:
            out += scalar(value)
        }
    }

    /// A scalar or empty collection; strings keep `<`, `>` and `&` as they are.
    private static func scalar(_ value: JSONValue) -> String {
        GoJSON.marshal(value, escapingHTML: false)
    }
}
