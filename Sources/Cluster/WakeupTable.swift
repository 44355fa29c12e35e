import KubeAPI

/// The control loops' timed wake-ups: when each keyed wake-up falls due.
///
/// Keys are paths whose first segment names what the wake-up is for (`kubelet/<uid>`,
/// `hpa/<uid>`, `replicaset-backoff/<ns>/<name>/<n>`), and the table also keeps them by that
/// segment, each segment knowing its earliest time. A loop asking for its own wake-ups then
/// reads only those, and a loop asking for due ones skips a segment with none due at once:
/// at scale, the pods' pending kubelet steps outnumber every other wake-up by far.
struct WakeupTable: Sendable, Equatable {
    private var times: [Key: Timestamp] = [:]
    private var families: [Substring: Family] = [:]
    /// How many times a wake-up was set or dropped: a reader that saw this count unchanged knows
    /// that every wake-up is as it was.
    private(set) var writes = 0

    /// A key as the table files it: its hash folded once (`WordHash`), as keys run to some 60
    /// bytes and each set rehashes the keys a removal or a growth moves.
    private struct Key: Hashable, Sendable {
        let text: String
        private let hash: Int

        init(_ text: String) {
            self.text = text
            hash = Int(truncatingIfNeeded: WordHash.fold(text))
        }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.text == b.text }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The wake-ups of one first segment.
    private struct Family: Sendable, Equatable {
        var times: [Key: Timestamp] = [:]
        /// The earliest of `times`; nil when it must be worked out again.
        var earliest: Timestamp?

        mutating func set(_ key: Key, to time: Timestamp, replacing old: Timestamp?) {
            times[key] = time
            if times.count == 1 {
                earliest = time
            } else if let known = earliest {
                if time < known { earliest = time } else if old == known && time > known { earliest = nil }
            }
        }

        mutating func remove(_ key: Key, _ old: Timestamp) {
            times[key] = nil
            if old == earliest { earliest = nil }
        }

        mutating func soonest() -> Timestamp? {
            if earliest == nil { earliest = times.values.min() }
            return earliest
        }
    }

    init() {}

    /// Tables are equal when their wake-ups are: the count of writes is left out.
    static func == (a: WakeupTable, b: WakeupTable) -> Bool { a.times == b.times && a.families == b.families }

    /// The time of the wake-up `key`; setting nil drops it.
    subscript(key: String) -> Timestamp? {
        get { times[Key(key)] }
        set {
            writes &+= 1
            let family = Self.family(of: key)
            let key = Key(key)
            if let newValue {
                let old = times.updateValue(newValue, forKey: key)
                families[family, default: Family()].set(key, to: newValue, replacing: old)
            } else if let old = times.removeValue(forKey: key) {
                families[family]?.remove(key, old)
                if families[family]?.times.isEmpty == true { families[family] = nil }
            }
        }
    }

    /// Every wake-up, in no particular order.
    var all: [(key: String, time: Timestamp)] { times.map { (key: $0.key.text, time: $0.value) } }

    /// The wake-ups whose keys start with `prefix`.
    func entries(withPrefix prefix: String) -> [(key: String, time: Timestamp)] {
        var found: [(key: String, time: Timestamp)] = []
        for family in families(matching: prefix) {
            for (key, time) in families[family]?.times ?? [:] where key.text.hasPrefix(prefix) { found.append((key.text, time)) }
        }
        return found
    }

    /// The keys that start with `prefix`.
    func keys(withPrefix prefix: String) -> [String] { entries(withPrefix: prefix).map(\.key) }

    /// The wake-ups starting with `prefix` that are due at `now`.
    mutating func due(at now: Timestamp, prefix: String) -> [(key: String, time: Timestamp)] {
        var found: [(key: String, time: Timestamp)] = []
        for family in families(matching: prefix) {
            guard let soonest = families[family]?.soonest(), soonest <= now else { continue }
            for (key, time) in families[family]?.times ?? [:] where time <= now && key.text.hasPrefix(prefix) {
                found.append((key.text, time))
            }
        }
        return found
    }

    /// The first segment of each key with a wake-up due at `now`.
    mutating func segmentsDue(at now: Timestamp) -> [Substring] {
        var due: [Substring] = []
        forEachSoonest { family, soonest in if soonest <= now { due.append(family) } }
        return due
    }

    /// The earliest wake-up.
    mutating func earliest() -> Timestamp? {
        var earliest: Timestamp?
        forEachSoonest { _, soonest in if earliest.map({ soonest < $0 }) ?? true { earliest = soonest } }
        return earliest
    }

    /// Visits each segment with its earliest time, working out those not known in place.
    private mutating func forEachSoonest(_ body: (Substring, Timestamp) -> Void) {
        var index = families.startIndex
        while index != families.endIndex {
            if let soonest = families.values[index].soonest() { body(families.keys[index], soonest) }
            families.formIndex(after: &index)
        }
    }

    /// Drops the wake-ups that `shouldRemove` picks.
    mutating func removeAll(where shouldRemove: (_ key: String, _ time: Timestamp) -> Bool) {
        for (key, time) in times where shouldRemove(key.text, time) { self[key.text] = nil }
    }

    /// The segments holding the keys that start with `prefix`: its own first segment when the
    /// prefix has a `/`, else every segment that starts with it.
    private func families(matching prefix: String) -> [Substring] {
        guard !prefix.utf8.contains(UInt8(ascii: "/")) else { return [Self.family(of: prefix)] }
        return families.keys.filter { $0.hasPrefix(prefix) }
    }

    /// The first segment of a key: up to its first `/`, or the whole key.
    static func family(of key: String) -> Substring {
        key.utf8.firstIndex(of: UInt8(ascii: "/")).map { key[..<$0] } ?? key[...]
    }
}
