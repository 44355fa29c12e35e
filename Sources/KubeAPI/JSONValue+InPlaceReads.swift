import OrderedCollections

/// Reads that walk into objects in place. An object's keys and values are read through their
/// storage, so only the value found is copied: binding an object's members and handing them to
/// another function makes the compiler copy them first (a reference count on each of their
/// buffers, taken and dropped again), and these reads run for every field a control loop reads.
/// Maps of more than `inPlaceScanLimit` keys are looked up by hash, as before. Keys are best
/// given as `String`s (literals are): they compare faster than bytes from a path.
extension JSONValue {
    /// The member `key`, or `.null` when absent or when this is not an object.
    func member(named key: String) -> JSONValue {
        switch self {
        case .object(let members):
            guard members.count <= Self.inPlaceScanLimit,
                let found = members.keys.withContiguousStorageIfAvailable({ Self.scan($0, for: key) })
            else { return members[key] ?? .null }
            guard let index = found else { return .null }
            return members.values.withContiguousStorageIfAvailable { $0[index] } ?? members.values[index]
        default:
            return .null
        }
    }

    /// The member spelled by the UTF-8 bytes `key`, or `.null` when absent or when this is not
    /// an object.
    func member(spelledBy key: UnsafeBufferPointer<UInt8>) -> JSONValue {
        switch self {
        case .object(let members):
            guard members.count <= Self.inPlaceScanLimit,
                let found = members.keys.withContiguousStorageIfAvailable({ Self.scan($0, for: key) })
            else { return hashedMember(key) }
            guard let index = found else { return .null }
            return members.values.withContiguousStorageIfAvailable { $0[index] } ?? members.values[index]
        default:
            return .null
        }
    }

    /// The member `inner` of the object member `outer`; `.null` when either is absent.
    func member(named outer: String, _ inner: String) -> JSONValue {
        switch self {
        case .object(let members):
            guard members.count <= Self.inPlaceScanLimit,
                let found = members.keys.withContiguousStorageIfAvailable({ Self.scan($0, for: outer) })
            else { return member(named: outer).member(named: inner) }
            guard let index = found else { return .null }
            return members.values.withContiguousStorageIfAvailable { values -> JSONValue in
                switch values.baseAddress.unsafelyUnwrapped[index] {
                case .object(let nested):
                    guard nested.count <= Self.inPlaceScanLimit,
                        let found = nested.keys.withContiguousStorageIfAvailable({ Self.scan($0, for: inner) })
                    else { return values[index].member(named: inner) }
                    guard let position = found else { return .null }
                    return nested.values.withContiguousStorageIfAvailable { $0[position] } ?? nested.values[position]
                default:
                    return .null
                }
            } ?? members.values[index].member(named: inner)
        default:
            return .null
        }
    }

    /// The value at a dotted path given as UTF-8 bytes; every object on the way is read in place.
    func value(alongPath path: UnsafeBufferPointer<UInt8>) -> JSONValue {
        guard !path.isEmpty else { return self }
        switch self {
        case .object(let members):
            let end = Self.segmentEnd(in: path, from: 0)
            let key = UnsafeBufferPointer(rebasing: path[0..<end])
            guard members.count <= Self.inPlaceScanLimit,
                let found = members.keys.withContiguousStorageIfAvailable({ Self.scan($0, for: key) })
            else { return hashedMember(key).value(alongPath: Self.rest(of: path, after: end)) }
            guard let index = found else { return .null }
            return members.values.withContiguousStorageIfAvailable {
                Self.value(at: $0.baseAddress.unsafelyUnwrapped + index, along: path, from: end + 1)
            } ?? members.values[index].value(alongPath: Self.rest(of: path, after: end))
        default:
            return .null
        }
    }

    /// The value at `path` from `start` on, below the value `pointer` points to.
    private static func value(
        at pointer: UnsafePointer<JSONValue>, along path: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> JSONValue {
        guard start < path.count else { return pointer.pointee }
        switch pointer[0] {
        case .object(let members):
            let end = segmentEnd(in: path, from: start)
            let key = UnsafeBufferPointer(rebasing: path[start..<end])
            guard members.count <= inPlaceScanLimit,
                let found = members.keys.withContiguousStorageIfAvailable({ scan($0, for: key) })
            else { return pointer.pointee.value(alongPath: UnsafeBufferPointer(rebasing: path[start...])) }
            guard let index = found else { return .null }
            return members.values.withContiguousStorageIfAvailable {
                value(at: $0.baseAddress.unsafelyUnwrapped + index, along: path, from: end + 1)
            } ?? members.values[index].value(alongPath: rest(of: path, after: end))
        default:
            return .null
        }
    }

    /// The member spelled by `key` of a large object, looked up by hash.
    @inline(never)
    private func hashedMember(_ key: UnsafeBufferPointer<UInt8>) -> JSONValue {
        guard case .object(let members) = self else { return .null }
        return members[String(decoding: key, as: UTF8.self)] ?? .null
    }

    /// Where the path segment starting at `start` ends (at a dot or the path's end).
    private static func segmentEnd(in path: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < path.count && path[end] != UInt8(ascii: ".") { end += 1 }
        return end
    }

    /// The path after the segment ending at `end` (empty when none follows).
    private static func rest(of path: UnsafeBufferPointer<UInt8>, after end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: path[min(end + 1, path.count)...])
    }

    /// The index of the key spelled by `bytes`, lengths compared first.
    private static func scan(_ keys: UnsafeBufferPointer<String>, for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        keys.firstIndex { $0.utf8.count == bytes.count && OrderedDictionary<String, JSONValue>.spells($0, bytes) }
    }

    /// The index of `key`, lengths compared first. Keys of up to 15 bytes are held in the
    /// string itself, so a key equal to `key` is found by `==`'s inlined comparison of the two
    /// strings' bits, without reading their bytes one by one.
    static func scan(_ keys: UnsafeBufferPointer<String>, for key: String) -> Int? {
        let count = key.utf8.count
        return keys.firstIndex { $0.utf8.count == count && $0 == key }
    }

    /// The most keys an object may have to be scanned in place rather than hashed.
    static var inPlaceScanLimit: Int { 32 }
}
