import KubeAPI

/// What the HPA controller remembers of one autoscaler between syncs (in memory, as the real
/// controller does): its recent recommendations and, when it has a behavior, its recent rescales.
struct AutoscalerHistory: Sendable, Equatable {
    struct Recommendation: Sendable, Equatable {
        var replicas: Int
        var time: Timestamp
    }

    struct ScaleEvent: Sendable, Equatable {
        var change: Int
        var time: Timestamp
        var outdated = false
    }

    var recommendations: [Recommendation] = []
    var scaleUpEvents: [ScaleEvent] = []
    var scaleDownEvents: [ScaleEvent] = []

    /// Keeps `replicas` as the newest recommendation, in the place of one older than `cutoff` if any.
    mutating func record(_ replicas: Int, at now: Timestamp, replacingOlderThan cutoff: Timestamp) {
        let entry = Recommendation(replicas: replicas, time: now)
        if let old = recommendations.lastIndex(where: { $0.time < cutoff }) {
            recommendations[old] = entry
        } else {
            recommendations.append(entry)
        }
    }

    /// Remembers a rescale from `old` to `new` replicas, reusing a slot older than the longest policy period.
    mutating func recordRescale(from old: Int, to new: Int, at now: Timestamp, behavior: AutoscalerBehavior) {
        let up = new > old
        let period = (up ? behavior.scaleUp : behavior.scaleDown).policies.map(\.periodSeconds).max() ?? 0
        var events = up ? scaleUpEvents : scaleDownEvents
        let cutoff = now.adding(seconds: -Int64(period))
        for index in events.indices where events[index].time < cutoff { events[index].outdated = true }
        let event = ScaleEvent(change: abs(new - old), time: now)
        if let slot = events.lastIndex(where: \.outdated) { events[slot] = event } else { events.append(event) }
        if up { scaleUpEvents = events } else { scaleDownEvents = events }
    }

    /// The replicas added (or removed) by the events within the last `periodSeconds`.
    static func change(in events: [ScaleEvent], periodSeconds: Int, now: Timestamp) -> Int {
        let cutoff = now.adding(seconds: -Int64(periodSeconds))
        return events.filter { $0.time > cutoff }.reduce(0) { $0 + $1.change }
    }
}
