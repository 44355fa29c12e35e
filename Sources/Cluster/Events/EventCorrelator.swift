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

    private struct Key: Hashable, Sendable {
        var source: Cluster.EventSource
        var objectUID: String
        var fieldPath: String?
        var type: String?
        var reason: String?
        var message: String?
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
    /// new Event would get (`<object>.<hex nanoseconds>`).
    mutating func correlate(_ event: Occurrence, newName: String, now: Timestamp) -> Write? {
        let (key, message) = aggregate(event, now: now)
        let previous = observations[key]
        let observed = Observation(
            count: (previous?.count ?? 0) + 1, name: previous?.name ?? newName,
            firstTimestamp: previous?.firstTimestamp ?? now, last: now)
        observations[key] = observed
        guard admit(Key(source: event.source, objectUID: event.objectUID), now: now) else { return nil }
        return Write(
            name: observed.name, count: observed.count, firstTimestamp: observed.firstTimestamp, message: message)
    }

    /// `EventAggregate`: the key to count the event under, and its message.
    private mutating func aggregate(_ event: Occurrence, now: Timestamp) -> (Key, String) {
        let aggregateKey = Key(source: event.source, objectUID: event.objectUID, type: event.type, reason: event.reason)
        var record = aggregates[aggregateKey] ?? Aggregate()
        if let last = record.last, now.milliseconds(since: last) <= Self.aggregateWindowMilliseconds {
            record.messages.insert(event.message)
        } else {
            record = Aggregate(messages: [event.message])
        }
        record.last = now
        defer { aggregates[aggregateKey] = record }
        guard record.messages.count >= Self.aggregateMaxEvents else { return (Self.eventKey(event), event.message) }
        // Go pops an arbitrary message (`PopAny`); the least one keeps this deterministic.
        if let any = record.messages.min() { record.messages.remove(any) }
        return (aggregateKey, Self.combinedPrefix + event.message)
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

    /// The spam filter's token bucket for one source and object.
    private mutating func admit(_ key: Key, now: Timestamp) -> Bool {
        var bucket = buckets[key] ?? Bucket(tokens: Self.spamBurst, last: now)
        let refill = Double(max(0, now.milliseconds(since: bucket.last))) / 1000 * Self.spamQPS
        bucket.tokens = min(Self.spamBurst, bucket.tokens + refill)
        bucket.last = now
        let admitted = bucket.tokens >= 1
        if admitted { bucket.tokens -= 1 }
        buckets[key] = bucket
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
