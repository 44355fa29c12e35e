import KubeAPI

/// What each event recorder remembers between events, as client-go's `EventCorrelator` does.
///
/// The `record` package every controller and kubelet uses keeps three caches:
/// - the aggregator: per source, object, type and reason, the distinct messages seen, each
///   within 10 minutes of the one before; from the 10th on, the event is replaced by one whose
///   message is `(combined from similar events): <message>`, counted under that coarser key;
/// - the logger: per event key, how often it happened, under which Event name and since when,
///   so a repeat becomes a patch of that Event's count, last time and message;
/// - the spam filter: per source, object and type, a token bucket of 25 that refills one token
///   every 5 minutes; an event that finds it empty is not written (yet the other caches counted it).
///
/// Each controller and each kubelet has a broadcaster of its own, so caches of its own (here by
/// event source: `EventCorrelator+Caches.swift`). Each cache is an LRU of 4096 entries, so an
/// event pushed out and seen again is a new Event. A process that restarts starts with empty
/// caches (`forget`).
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
        /// The aggregator's combined event, which client-go makes without a reporting controller
        /// or instance.
        var combined = false
    }

    private var processes: [Cluster.EventSource: Caches] = [:]

    /// `EventCorrelate`: aggregates, observes and filters one occurrence; `newName` is the name a
    /// new Event would get (`<object>.<hex nanoseconds>`), worked out only when it is a new one.
    mutating func correlate(_ event: Occurrence, newName: @autoclosure () -> String, now: Timestamp) -> Write? {
        processes[event.source, default: Caches()].correlate(event, newName: newName, now: now)
    }

    /// How often the recorder has seen `event` (written or not), and when last. The simulation's
    /// own read, not the recorder's: the cache's order stays as it is.
    func observation(of event: Occurrence) -> (count: Int, last: Timestamp)? {
        processes[event.source]?.observation(of: event)
    }

    /// How many entries the caches of `source` hold: its aggregator, logger and spam filter.
    func cacheCounts(of source: Cluster.EventSource) -> (aggregates: Int, observations: Int, buckets: Int) {
        processes[source]?.counts ?? (0, 0, 0)
    }

    /// Forgets what the processes `isRestarted` picks remembered (their caches die with them).
    mutating func forget(where isRestarted: (Cluster.EventSource) -> Bool) {
        processes = processes.filter { !isRestarted($0.key) }
    }

    static let cacheSize = 4096
    static let aggregateMaxEvents = 10
    static let aggregateWindowMilliseconds: Int64 = 600_000
    static let combinedPrefix = "(combined from similar events): "
    static let spamBurst = 25.0
    static let spamQPS = 1.0 / 300
}
