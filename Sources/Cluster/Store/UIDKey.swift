/// A UID as the store's indexes key it: its hash is folded once, when it is made (`WordHash`),
/// and a lookup that meets another UID turns it away on the hashes, without reading its bytes.
struct UIDKey: Hashable, Sendable {
    let uid: String
    private let hash: Int

    init(_ uid: String) {
        self.uid = uid
        hash = Int(truncatingIfNeeded: WordHash.fold(uid))
    }

    var isEmpty: Bool { uid.isEmpty }

    static func == (a: UIDKey, b: UIDKey) -> Bool { a.hash == b.hash && a.uid == b.uid }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
