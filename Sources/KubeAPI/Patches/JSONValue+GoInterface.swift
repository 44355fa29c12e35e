import OrderedCollections

/// JSON values as Go holds them after `json.Unmarshal` into `interface{}`: every number is a
/// `float64`, objects are unordered maps. The patch libraries compare and print them that way.
extension JSONValue {
    /// Go's dynamic type of the value (`reflect.TypeOf`): numbers are one type.
    var goKind: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .int, .double: 2
        case .string: 3
        case .array: 4
        case .object: 5
        }
    }

    /// The number as Go's float64.
    var goFloat: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    /// `reflect.DeepEqual` of the decoded values (also Go's `==` on scalars).
    func goEquals(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { key, value in b[key].map { value.goEquals($0) } ?? false }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.goEquals($1) }
        default:
            if let x = goFloat, let y = other.goFloat { return x == y }
            return self == other
        }
    }

    /// `fmt.Sprintf("%v", value)`, by which the patch libraries sort list items.
    var goFormatted: String { goFormatted(preservingInts: false) }

    /// `fmt.Sprintf("%+v", value)` of the value as the apiserver decodes a patch, whole numbers
    /// kept as `int64` (`map[spec:map[replicas:3000000000]]`).
    public var goFormattedPreservingInts: String { goFormatted(preservingInts: true) }

    private func goFormatted(preservingInts: Bool) -> String {
        switch self {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .int, .double:
            if preservingInts, let whole = Int64(GoJSON.marshal(self)) { return String(whole) }
            return GoFloat.g(goFloat ?? 0)
        case .array(let items):
            return "[" + items.map { $0.goFormatted(preservingInts: preservingInts) }.joined(separator: " ") + "]"
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            let pairs = sorted.map { "\($0.key):\($0.value.goFormatted(preservingInts: preservingInts))" }
            return "map[" + pairs.joined(separator: " ") + "]"
        }
    }

    /// Object keys in Go's map order for `json.Marshal`: sorted by bytes.
    var sortedForGo: JSONValue {
        switch self {
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return .object(.init(uniqueKeysWithValues: sorted.map { ($0.key, $0.value.sortedForGo) }))
        case .array(let items):
            return .array(items.map(\.sortedForGo))
        default:
            return self
        }
    }
}
