import Cluster

/// The apiserver's audit IDs for the session's logged requests. Each command draws from a
/// stream seeded by its start and the store's revision (`RequestLog.starting`); a later command
/// with the same seed (a read at the same moment and revision) goes on where the earlier one
/// stopped, so no two requests of a session share an ID, as no two real ones do.
final class AuditIDStreams {
    private var streams: [UInt64: NameGenerator] = [:]

    /// The stream for `seed`, where the session last left it.
    func stream(seed: UInt64) -> NameGenerator {
        streams[seed] ?? NameGenerator(seed: seed)
    }

    /// Keeps where a command left the stream of `seed`.
    func keep(_ stream: NameGenerator, seed: UInt64) {
        streams[seed] = stream
    }
}
