import KubeAPI

/// The failed discovery requests one command has logged so far. client-go asks again at once,
/// so each line is stamped a refused loopback round trip after the one before it, as real
/// kubectl's rising microseconds are, and the same on every replay.
final class DiscoveryFailureLog {
    /// Microseconds between two attempts.
    static let spacing = 1_400

    private var logged = 0

    /// The next attempt's line, for a command started at `start`.
    func nextLine(server: String, failure: ConnectionFailure, startedAt start: Timestamp) -> String {
        defer { logged += 1 }
        return ServerConnection.discoveryFailureLine(server: server, failure: failure, at: start, elapsed: logged * Self.spacing)
    }
}
