import OrderedCollections

/// A JSON document whose objects keep their key order, the shape every API object is stored in.
///
/// Objects read from the API are sorted by key when printed; objects a client builds keep the
/// order they were built in. Keeping order in the value lets both printers work from one type.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)

    public static let emptyObject = JSONValue.object([:])

    /// The member `key` of an object, or `.null` when absent or when this is not an object.
    public subscript(key: String) -> JSONValue {
        get {
            member(named: key)
        }
        set {
            var members = takeMembers()
            if let index = members.index(named: key) {
                if case .null = newValue { members.remove(at: index) } else { members.values[index] = newValue }
            } else if !newValue.isNull {
                members[key] = newValue
            }
            self = .object(members)
        }
    }

    /// The string member `inner` of the object member `outer` (`metadata.name`), read in place:
    /// neither object is copied on the way, as a general lookup's intermediate values are.
    public func string(_ outer: String, _ inner: String) -> String? {
        member(named: outer, inner).string
    }

    /// The member `inner` of the object member `outer` (`metadata.ownerReferences`), read in
    /// place as `string(_:_:)` reads; `.null` when either is absent.
    public func member(_ outer: String, _ inner: String) -> JSONValue {
        member(named: outer, inner)
    }

    /// The element at `index` of an array, or `.null` when out of range.
    public subscript(index: Int) -> JSONValue {
        guard case .array(let items) = self, items.indices.contains(index) else { return .null }
        return items[index]
    }

    /// The value at a dotted path such as `status.phase`.
    public subscript(path path: String) -> JSONValue {
        get {
            if let found = path.utf8.withContiguousStorageIfAvailable({ value(alongPath: $0) }) { return found }
            return Array(path.utf8).withUnsafeBufferPointer { value(alongPath: $0) }
        }
        set { set(newValue, along: path[...]) }
    }

    /// Sets the value at `path` in place: each object along it is mutated, not copied.
    private mutating func set(_ value: JSONValue, along path: Substring) {
        let utf8 = path.utf8
        let dot = UInt8(ascii: ".")
        guard let start = utf8.firstIndex(where: { $0 != dot }) else { self = value; return }
        let end = utf8[start...].firstIndex(of: dot)
        let key = path[start..<(end ?? path.endIndex)]
        var members = takeMembers()
        let found = key.utf8.withContiguousStorageIfAvailable { members.index(spelledBy: $0) } ?? members.index(forKey: String(key))
        switch (found, end) {
        case (let index?, let end?): members.values[index].set(value, along: path[end...])
        case (let index?, nil): if case .null = value { members.remove(at: index) } else { members.values[index] = value }
        case (nil, let end?): members[String(key), default: .null].set(value, along: path[end...])
        case (nil, nil): if !value.isNull { members[String(key)] = value }
        }
        self = .object(members)
    }

    /// Changes the member `key` in place, starting from `.null` when it is absent, so a nested
    /// object is edited without a copy; a member left `.null` is removed.
    public mutating func modify(_ key: String, _ body: (inout JSONValue) -> Void) {
        var members = takeMembers()
        if let index = members.index(named: key) {
            body(&members.values[index])
            if case .null = members.values[index] { members.remove(at: index) }
        } else {
            var value = JSONValue.null
            body(&value)
            if !value.isNull { members[key] = value }
        }
        self = .object(members)
    }

    /// This object's members, leaving `.null` behind so that they are uniquely held and can be
    /// changed without a copy; an empty set when this is not an object.
    private mutating func takeMembers() -> OrderedDictionary<String, JSONValue> {
        guard case .object(let members) = self else { return [:] }
        self = .null
        return members
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }

    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d): return Int(exactly: d)
        default: return nil
        }
    }

    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }

    public var array: [JSONValue] { if case .array(let a) = self { return a } else { return [] } }

    public var object: OrderedDictionary<String, JSONValue> {
        if case .object(let o) = self { return o } else { return [:] }
    }

    /// A string-to-string map such as labels or a selector; non-string values are skipped.
    public var stringMap: [String: String] {
        object.reduce(into: [:]) { map, member in
            if let value = member.value.string { map[member.key] = value }
        }
    }

    /// Builds an object value from a string map, keys sorted.
    public static func stringMap(_ map: [String: String]) -> JSONValue {
        .object(OrderedDictionary(uniqueKeysWithValues: map.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }

    /// Whether two values are equal when the order of object keys is ignored.
    public func isEquivalent(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { key, value in b[key].map { value.isEquivalent(to: $0) } ?? false }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isEquivalent(to: $1) }
        default:
            return self == other
        }
    }

    /// A copy with the keys of every object sorted, as Kubernetes returns stored objects.
    public var sortedKeys: JSONValue {
        switch self {
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sortedKeys) }
            return .object(OrderedDictionary(uniqueKeysWithValues: sorted))
        case .array(let items):
            return .array(items.map(\.sortedKeys))
        default:
            return self
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        if OrderedDictionary<String, JSONValue>.keysAreDistinct(elements) {
            self = .object(OrderedDictionary(uncheckedUniqueKeysWithValues: elements))
        } else {
            self = .object(OrderedDictionary(elements, uniquingKeysWith: { _, last in last }))
        }
    }
}

/// Lookups tuned for API objects, whose maps mostly hold a handful of short keys.
extension OrderedDictionary<String, JSONValue> {
    /// The index of the key spelled by `bytes`, scanned in small maps, hashed in large ones.
    func index(spelledBy bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard count <= Self.scanLimit else { return index(forKey: String(decoding: bytes, as: UTF8.self)) }
        return keys.elements.withUnsafeBufferPointer { keys in
            keys.firstIndex { $0.utf8.count == bytes.count && Self.spells($0, bytes) }
        }
    }

    /// The index of `key`, scanned in small maps as `index(spelledBy:)` scans, hashed in large ones.
    func index(named key: String) -> Int? {
        guard count <= Self.scanLimit else { return index(forKey: key) }
        return keys.withContiguousStorageIfAvailable { JSONValue.scan($0, for: key) } ?? index(forKey: key)
    }

    /// Whether `key` is spelled by `bytes` of the same length, compared byte by byte in place.
    static func spells(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { stored in
            sameBytes(UnsafeRawBufferPointer(stored), UnsafeRawBufferPointer(bytes))
        } ?? key.utf8.elementsEqual(bytes)
    }

    /// Whether two buffers hold the same bytes. Keys of 4 to 16 bytes are compared a word at a
    /// time: their first and their last four or eight bytes, which overlap in shorter keys.
    private static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        switch count {
        case 8...16:
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                    == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        default:
            return a.elementsEqual(b)
        }
    }

    /// Whether no key of a literal repeats (they nearly always are distinct).
    static func keysAreDistinct(_ members: [(String, JSONValue)]) -> Bool {
        guard members.count <= scanLimit else { return Set(members.lazy.map(\.0)).count == members.count }
        // Each key's length once: only keys of equal length are compared.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: members.count) { lengths in
            for i in members.indices { lengths[i] = members[i].0.utf8.count }
            for i in members.indices {
                for j in (i + 1)..<members.count where lengths[j] == lengths[i] && members[j].0 == members[i].0 {
                    return false
                }
            }
            return true
        }
    }

    static var scanLimit: Int { 16 }
}
