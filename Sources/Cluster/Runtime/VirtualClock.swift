import KubeAPI

/// The cluster's clock: time moves only when someone moves it.
///
/// An interactive session moves it with wall time; replay and tests move it only through
/// commands such as `sleep`. Not thread-safe.
public struct VirtualClock: Sendable {
    public private(set) var now: Timestamp

    public init(start: Timestamp) { now = start }

    /// Moves the clock forward; it never goes back.
    public mutating func advance(to time: Timestamp) {
        if time > now { now = time }
    }
}
