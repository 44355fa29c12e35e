import KubeAPI

extension EventCorrelator {
    /// One recording process's aggregator, logger and spam filter, each an LRU of `cacheSize`.
    ///
    /// Most processes are kubelets, which see a few pods: each cache starts with room for two
    /// pods' events (a pod's kubelet events have four reasons; its spam bucket is one).
    struct Caches: Sendable {
        private var aggregates = LRUCache<Key, Aggregate>(capacity: EventCorrelator.cacheSize, reserving: 8)
        private var observations = LRUCache<Key, Observation>(capacity: EventCorrelator.cacheSize, reserving: 8)
        private var buckets = LRUCache<Key, Bucket>(capacity: EventCorrelator.cacheSize, reserving: 2)

        var counts: (aggregates: Int, observations: Int, buckets: Int) {
            (aggregates.count, observations.count, buckets.count)
        }

        /// `EventCorrelate` in this process. Each cache is read and written in one lookup (Go's
        /// `Get`, then `Add`). A combined event, once written, is noted again under its own event
        /// key, as the logger's `updateState` notes what the apiserver answered.
        mutating func correlate(_ event: Occurrence, newName: () -> String, now: Timestamp) -> Write? {
            // Each key refines the one before it, so each part of the event is hashed once.
            let spamKey = Key(spamOf: event)
            let (key, message, combined) = aggregate(event, under: spamKey.adding(reason: event.reason), now: now)
            let observed = observations.update(key, default: { Observation(name: newName(), firstTimestamp: now) }) {
                $0.count += 1
                $0.last = now
                return $0
            }
            guard buckets.update(spamKey, default: { Bucket(tokens: EventCorrelator.spamBurst, last: now) }, { $0.admit(at: now) })
            else { return nil }
            if combined {
                observations.add(key.adding(fieldPath: event.fieldPath, message: message), observed)
            }
            return Write(
                name: observed.name, count: observed.count, firstTimestamp: observed.firstTimestamp, message: message,
                combined: combined)
        }

        /// How often `event` was seen and when last, leaving the logger's order as it is.
        func observation(of event: Occurrence) -> (count: Int, last: Timestamp)? {
            observations.peek(Key(event, message: event.message)).map { ($0.count, $0.last) }
        }

        /// `EventAggregate`: the key to count the event under, its message, and whether it is
        /// the combined event. `aggregateKey` is the event's object, type and reason.
        private mutating func aggregate(
            _ event: Occurrence, under aggregateKey: Key, now: Timestamp
        ) -> (Key, String, Bool) {
            guard aggregates.update(aggregateKey, default: { Aggregate() }, { $0.add(event.message, at: now) }) else {
                return (aggregateKey.adding(fieldPath: event.fieldPath, message: event.message), event.message, false)
            }
            return (aggregateKey, EventCorrelator.combinedPrefix + event.message, true)
        }
    }
}

extension EventCorrelator.Caches {
    /// What a cache counts an event under; the source is the process's own. Its hash is folded
    /// once, when it is made (`WordHash`): the caches rehash every key as they grow.
    ///
    /// The parts are folded from the coarsest key to the finest (object and type for the spam
    /// filter, then reason for the aggregator, then field path and message for the logger), so a
    /// finer key is made from a coarser one by folding only what it adds.
    struct Key: Hashable, Sendable {
        let objectUID: String
        let type: String
        let reason: String?
        let fieldPath: String?
        let message: String?
        private let hash: UInt64

        /// The spam filter's key: the event's object and type.
        init(spamOf event: EventCorrelator.Occurrence) {
            self.init(
                objectUID: event.objectUID, type: event.type, reason: nil, fieldPath: nil, message: nil,
                hash: WordHash.fold(event.type, into: WordHash.fold(event.objectUID)))
        }

        /// `getEventKey`: everything about the event but its times, with `message` for its own.
        init(_ event: EventCorrelator.Occurrence, message: String) {
            self = Key(spamOf: event).adding(reason: event.reason).adding(fieldPath: event.fieldPath, message: message)
        }

        private init(
            objectUID: String, type: String, reason: String?, fieldPath: String?, message: String?, hash: UInt64
        ) {
            self.objectUID = objectUID
            self.type = type
            self.reason = reason
            self.fieldPath = fieldPath
            self.message = message
            self.hash = hash
        }

        /// This key with a reason: the aggregator's key from the spam filter's.
        func adding(reason: String?) -> Key {
            Key(
                objectUID: objectUID, type: type, reason: reason, fieldPath: nil, message: nil,
                hash: Self.fold(reason, into: hash))
        }

        /// This key with a field path and message: the logger's key from the aggregator's.
        func adding(fieldPath: String?, message: String?) -> Key {
            Key(
                objectUID: objectUID, type: type, reason: reason, fieldPath: fieldPath, message: message,
                hash: Self.fold(message, into: Self.fold(fieldPath, into: hash)))
        }

        static func == (a: Key, b: Key) -> Bool {
            a.hash == b.hash && a.objectUID == b.objectUID && a.message == b.message && a.reason == b.reason
                && a.type == b.type && a.fieldPath == b.fieldPath
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        /// Folds a part that may be absent, an absent one apart from an empty one.
        private static func fold(_ part: String?, into hash: UInt64) -> UInt64 {
            guard let part else { return ~hash }
            return WordHash.fold(part, into: hash)
        }
    }

    /// The aggregator's record: the distinct messages seen, each within the window of the last.
    /// The first is held apart, so a record of one message (most are) allocates nothing.
    struct Aggregate: Sendable {
        var first: String?
        var others: [String] = []
        var last: Timestamp?

        /// Counts `message` among those seen within the window; reports whether they now reach
        /// the most the aggregator keeps apart (then one message is dropped to make room).
        mutating func add(_ message: String, at now: Timestamp) -> Bool {
            if let last, let first, now.milliseconds(since: last) <= EventCorrelator.aggregateWindowMilliseconds {
                if message != first && !others.contains(message) { others.append(message) }
            } else {
                (first, others) = (message, [])
            }
            last = now
            guard others.count + 1 >= EventCorrelator.aggregateMaxEvents else { return false }
            // Go pops an arbitrary message (`PopAny`); the least one keeps this deterministic.
            if let least = others.indices.min(by: { others[$0] < others[$1] }), let first {
                if others[least] < first { others.remove(at: least) } else { self.first = others.removeLast() }
            }
            return true
        }
    }

    /// The logger's record: how often an event was seen, under which Event name, since when.
    struct Observation: Sendable {
        var count = 0
        var name: String
        var firstTimestamp: Timestamp
        var last: Timestamp

        init(name: String, firstTimestamp: Timestamp) {
            self.name = name
            self.firstTimestamp = firstTimestamp
            last = firstTimestamp
        }
    }

    /// The spam filter's token bucket for one object and type.
    struct Bucket: Sendable {
        var tokens: Double
        var last: Timestamp

        /// Refills the bucket for the time since it was last used, then takes a token if there is one.
        mutating func admit(at now: Timestamp) -> Bool {
            let refill = Double(max(0, now.milliseconds(since: last))) / 1000 * EventCorrelator.spamQPS
            tokens = min(EventCorrelator.spamBurst, tokens + refill)
            last = now
            guard tokens >= 1 else { return false }
            tokens -= 1
            return true
        }
    }
}
