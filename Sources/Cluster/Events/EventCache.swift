import KubeAPI

/// The event recorder's cache of what it already reported (the role of client-go's
/// EventCorrelator cache): which Event object holds each occurrence, so a repeat bumps that
/// Event's count instead of searching every event of the object.
struct EventCache: Sendable {
    /// What makes two reports the same occurrence.
    struct Key: Hashable, Sendable {
        var objectUID: String
        var reason: String
        var message: String
        var component: String
        var fieldPath: String?
    }

    /// Where an Event is stored.
    struct Location: Sendable {
        var namespace: String
        var name: String
    }

    private var locations: [Key: Location] = [:]

    /// Where the Event recorded for `key` is, if one was.
    func location(of key: Key) -> Location? { locations[key] }

    mutating func remember(_ key: Key, at location: Location) { locations[key] = location }

    /// Forgets the entries whose events are gone.
    mutating func prune(keeping exists: (Location) -> Bool) {
        locations = locations.filter { exists($0.value) }
    }
}
