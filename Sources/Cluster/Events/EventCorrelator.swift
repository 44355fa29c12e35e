import KubeAPI

/// What each event recorder remembers between events, as client-go's `EventCorrelator` does.
///
/// The `record` package every controller and kubelet uses keeps three caches:
/// - the aggregator: per source, object, type and reason, the distinct messages seen, each
///   within 10 minutes of the one before; from the 10th on, the event is replaced by one whose
///   message is `(combined from similar events): <message>`, counted under that coarser key;
/// - the logger: per event key, how often it happened, under which Event name and since when,
///   so a repeat becomes a patch of that Event's count, last time and message;
/// - the spam filter: per source and object, a token bucket of 25 that refills one token every
///   5 minutes; an event that finds it empty is not written (yet the other caches counted it).
///
/// A process that restarts starts with empty caches (`forget`). Go's caches are LRUs of 4096
/// entries; these never evict.
struct EventCorrelator: Sendable {
    /// Who recorded what about which object: the parts of an event its keys are built from.
    struct Occurrence {
        var source: Cluster.EventSource
        var objectUID: String
        var fieldPath: String?
        var type: String
        var reason: String
        var message: String
    }

    /// What to write: the Event's name, count, first time and message; nil when it is skipped.
    struct Write: Equatable {
        var name: String
        var count: Int
        var firstTimestamp: Timestamp
        var message: String
    }

    /// What a cache counts an event under. Its hash is worked out once, when it is made: the
    /// caches grow to an entry per event and rehash every key each time they do.
    private struct Key: Hashable, Sendable {
        let source: Cluster.EventSource
        let objectUID: String
        let fieldPath: String?
        let type: String?
        let reason: String?
        let message: String?
        private let hash: Int

        init(
            source: Cluster.EventSource, objectUID: String, fieldPath: String? = nil, type: String? = nil,
            reason: String? = nil, message: String? = nil
        ) {
            self.source = source
            self.objectUID = objectUID
            self.fieldPath = fieldPath
            self.type = type
            self.reason = reason
            self.message = message
            var hasher = Hasher()
            hasher.combine(source)
            hasher.combine(objectUID)
            hasher.combine(fieldPath)
            hasher.combine(type)
            hasher.combine(reason)
            hasher.combine(message)
            hash = hasher.finalize()
        }

        static func == (a: Key, b: Key) -> Bool {
            a.hash == b.hash && a.objectUID == b.objectUID && a.message == b.message && a.reason == b.reason
                && a.type == b.type && a.fieldPath == b.fieldPath && a.source == b.source
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private struct Aggregate: Sendable {
        var messages: Set<String> = []
        var last: Timestamp?
    }

    private struct Observation: Sendable {
        var count: Int
        var name: String
        var firstTimestamp: Timestamp
        var last: Timestamp
    }

    private struct Bucket: Sendable {
        var tokens: Double
        var last: Timestamp
    }

    private var aggregates: [Key: Aggregate] = [:]
    private var observations: [Key: Observation] = [:]
    private var buckets: [Key: Bucket] = [:]

    /// `EventCorrelate`: aggregates, observes and filters one occurrence; `newName` is the name a
    /// new Event would get (`<object>.<hex nanoseconds>`), worked out only when it is a new one.
    mutating func correlate(_ event: Occurrence, newName: @autoclosure () -> String, now: Timestamp) -> Write? {
        let (key, message) = aggregate(event, now: now)
        // Each cache is read and written through one lookup: its keys hash whole messages.
        let observed = Self.observe(&observations[key, default: Observation(count: 0, name: newName(), firstTimestamp: now, last: now)], at: now)
        guard Self.admit(&buckets[Key(source: event.source, objectUID: event.objectUID), default: Bucket(tokens: Self.spamBurst, last: now)], at: now)
        else { return nil }
        return Write(
            name: observed.name, count: observed.count, firstTimestamp: observed.firstTimestamp, message: message)
    }

    /// `EventAggregate`: the key to count the event under, and its message.
    private mutating func aggregate(_ event: Occurrence, now: Timestamp) -> (Key, String) {
        let aggregateKey = Key(source: event.source, objectUID: event.objectUID, type: event.type, reason: event.reason)
        guard Self.addMessage(event.message, to: &aggregates[aggregateKey, default: Aggregate()], at: now) else {
            return (Self.eventKey(event), event.message)
        }
        return (aggregateKey, Self.combinedPrefix + event.message)
    }

    /// Counts `message` among those seen within the window; reports whether they now reach the
    /// most the aggregator keeps apart (then one message is dropped to make room).
    private static func addMessage(_ message: String, to record: inout Aggregate, at now: Timestamp) -> Bool {
        if let last = record.last, now.milliseconds(since: last) <= aggregateWindowMilliseconds {
            record.messages.insert(message)
        } else {
            record = Aggregate(messages: [message])
        }
        record.last = now
        guard record.messages.count >= aggregateMaxEvents else { return false }
        // Go pops an arbitrary message (`PopAny`); the least one keeps this deterministic.
        if let any = record.messages.min() { record.messages.remove(any) }
        return true
    }

    /// One more sighting of an event, now.
    private static func observe(_ observation: inout Observation, at now: Timestamp) -> Observation {
        observation.count += 1
        observation.last = now
        return observation
    }

    /// How often the recorder has seen `event` (written or not), and when last.
    func observation(of event: Occurrence) -> (count: Int, last: Timestamp)? {
        observations[Self.eventKey(event)].map { ($0.count, $0.last) }
    }

    /// `getEventKey`: everything about the event but its times.
    private static func eventKey(_ event: Occurrence) -> Key {
        Key(
            source: event.source, objectUID: event.objectUID, fieldPath: event.fieldPath, type: event.type,
            reason: event.reason, message: event.message)
    }

    /// The spam filter: refills one source and object's token bucket, then takes a token if there is one.
    private static func admit(_ bucket: inout Bucket, at now: Timestamp) -> Bool {
        let refill = Double(max(0, now.milliseconds(since: bucket.last))) / 1000 * spamQPS
        bucket.tokens = min(spamBurst, bucket.tokens + refill)
        bucket.last = now
        let admitted = bucket.tokens >= 1
        if admitted { bucket.tokens -= 1 }
        return admitted
    }

    /// Forgets what the processes `isRestarted` picks remembered (their caches die with them).
    mutating func forget(where isRestarted: (Cluster.EventSource) -> Bool) {
        aggregates = aggregates.filter { !isRestarted($0.key.source) }
        observations = observations.filter { !isRestarted($0.key.source) }
        buckets = buckets.filter { !isRestarted($0.key.source) }
    }

    static let aggregateMaxEvents = 10
    static let aggregateWindowMilliseconds: Int64 = 600_000
    static let combinedPrefix = "(combined from similar events): "
    static let spamBurst = 25.0
    static let spamQPS = 1.0 / 300
}
