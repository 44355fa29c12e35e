/// One step of a path into an object, as server-side apply names fields (structured-merge-diff's
/// `PathElement`): a field of a map, an item of a list by its key fields, an item of a set by
/// its value, or an item by position.
public enum PathElement: Hashable, Sendable, Comparable {
    case field(String)
    /// The key fields of a list item, by name order, each with its value as compact JSON.
    case key([KeyField])
    /// A set item's value as compact JSON.
    case value(String)
    case index(Int)

    public struct KeyField: Hashable, Sendable {
        public var name: String
        public var json: String

        public init(name: String, json: String) {
            self.name = name
            self.json = json
        }
    }

    /// The member name in a `fieldsV1` document: `f:name`, `k:{"name":"nginx"}`, `v:"a"`, `i:0`.
    public var encoded: String {
        switch self {
        case .field(let name): "f:" + name
        case .key(let fields): "k:{" + fields.map { GoJSON.marshal(.string($0.name)) + ":" + $0.json }.joined(separator: ",") + "}"
        case .value(let json): "v:" + json
        case .index(let index): "i:\(index)"
        }
    }

    /// Reads a `fieldsV1` member name; nil for `.` and anything malformed.
    public init?(encoded: String) {
        let body = String(encoded.dropFirst(2))
        switch encoded.prefix(2) {
        case "f:": self = .field(body)
        case "v:": self = .value(body)
        case "i:":
            guard let index = Int(body) else { return nil }
            self = .index(index)
        case "k:":
            guard case .object(let members)? = try? YAMLDecoding.documents(body).first else { return nil }
            self = .key(members.map { KeyField(name: $0.key, json: GoJSON.marshal($0.value)) }.sorted { $0.name < $1.name })
        default: return nil
        }
    }

    /// How a conflict message writes the step: `.replicas`, `[name="nginx"]`, `[="a"]`, `[0]`.
    public var described: String {
        switch self {
        case .field(let name): "." + name
        case .key(let fields): "[" + fields.map { $0.name + "=" + $0.json }.joined(separator: ",") + "]"
        case .value(let json): "[=" + json + "]"
        case .index(let index): "[\(index)]"
        }
    }

    /// Fields first, then keys, values and indexes, each in byte order.
    public static func < (lhs: PathElement, rhs: PathElement) -> Bool {
        switch (lhs, rhs) {
        case (.field(let a), .field(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.index(let a), .index(let b)): a < b
        default:
            lhs.rank == rhs.rank ? lhs.encoded.utf8.lexicographicallyPrecedes(rhs.encoded.utf8) : lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .field: 0
        case .key: 1
        case .value: 2
        case .index: 3
        }
    }
}

/// A path into an object, outermost step first.
public typealias FieldPath = [PathElement]

extension Array where Element == PathElement {
    /// The path as a conflict message writes it: `.spec.template.spec.containers[name="nginx"].image`.
    public var described: String { map(\.described).joined() }

    /// Whether the path comes before another, step by step.
    public func precedes(_ other: FieldPath) -> Bool {
        for (a, b) in zip(self, other) where a != b { return a < b }
        return count < other.count
    }
}
