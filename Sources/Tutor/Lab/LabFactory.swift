/// How the lab's virtual clock moves.
public enum LabClock: Sendable, Equatable {
    /// With wall time, as in an interactive session.
    case wall
    /// Only when a command moves it (`sleep`, waits), as in replay, recording and tests.
    case manual
}

/// Makes the real lab for `world` from the world files in `worldsDirectory`.
public func makeLab(world: String, clock: LabClock, worldsDirectory: String) throws -> any Lab {
    try SimulatedLab(world: world, worldsDirectory: worldsDirectory, clock: clock)
}
