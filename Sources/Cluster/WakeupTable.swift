import KubeAPI

/// The control loops' timed wake-ups: when each keyed wake-up falls due.
///
/// Keys are paths whose first segment names what the wake-up is for (`kubelet/<uid>`,
/// `hpa/<uid>`, `replicaset-backoff/<ns>/<name>/<n>`), and the table also keeps its keys by
/// that segment. A loop asking for its own wake-ups then reads only those, not every pod's
/// pending kubelet steps, which at scale outnumber the rest by far and are asked for less.
struct WakeupTable: Sendable, Equatable {
    private var times: [String: Timestamp] = [:]
    /// Each first segment's keys.
    private var families: [Substring: Set<String>] = [:]

    init() {}

    /// The time of the wake-up `key`; setting nil drops it.
    subscript(key: String) -> Timestamp? {
        get { times[key] }
        set {
            if let newValue {
                guard times.updateValue(newValue, forKey: key) == nil else { return }
                families[Self.family(of: key), default: []].insert(key)
            } else if times.removeValue(forKey: key) != nil {
                let family = Self.family(of: key)
                families[family]?.remove(key)
                if families[family]?.isEmpty == true { families[family] = nil }
            }
        }
    }

    var isEmpty: Bool { times.isEmpty }

    /// Every wake-up, in no particular order.
    var all: [(key: String, time: Timestamp)] { times.map { (key: $0.key, time: $0.value) } }

    /// The wake-ups whose keys start with `prefix`, read from their segment alone.
    func entries(withPrefix prefix: String) -> [(key: String, time: Timestamp)] {
        var found: [(key: String, time: Timestamp)] = []
        if prefix.utf8.contains(UInt8(ascii: "/")) {
            for key in families[Self.family(of: prefix)] ?? [] where key.hasPrefix(prefix) {
                if let time = times[key] { found.append((key, time)) }
            }
        } else {
            // A prefix inside the first segment: every key of a segment that starts with it.
            for (family, keys) in families where family.hasPrefix(prefix) {
                for key in keys { if let time = times[key] { found.append((key, time)) } }
            }
        }
        return found
    }

    /// The keys that start with `prefix`.
    func keys(withPrefix prefix: String) -> [String] { entries(withPrefix: prefix).map(\.key) }

    /// The wake-ups starting with `prefix` that are due at `now`.
    func due(at now: Timestamp, prefix: String) -> [(key: String, time: Timestamp)] {
        entries(withPrefix: prefix).filter { $0.time <= now }
    }

    /// The first segment of each key with a wake-up due at `now`.
    func segmentsDue(at now: Timestamp) -> Set<Substring> {
        var due = Set<Substring>()
        for (family, keys) in families where keys.contains(where: { times[$0].map { $0 <= now } ?? false }) {
            due.insert(family)
        }
        return due
    }

    /// The earliest wake-up.
    var earliest: Timestamp? { times.values.min() }

    /// Drops the wake-ups that `shouldRemove` picks.
    mutating func removeAll(where shouldRemove: (_ key: String, _ time: Timestamp) -> Bool) {
        for (key, time) in times where shouldRemove(key, time) { self[key] = nil }
    }

    /// The first segment of a key: up to its first `/`, or the whole key.
    static func family(of key: String) -> Substring {
        key.utf8.firstIndex(of: UInt8(ascii: "/")).map { key[..<$0] } ?? key[...]
    }
}
