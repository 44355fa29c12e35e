import Cluster

/// How a command that follows the cluster until it is stopped (`get -w`, `logs -f`) runs as a
/// shell's background job: instead of following the clock itself, which would hold the prompt,
/// it leaves a step that the shell runs whenever the clock has moved.
public final class BackgroundFollow {
    /// Writes what arrived since the last step, up to the clock's time; false once the command
    /// has ended by itself (a watch the apiserver closed, a followed container that stopped).
    public typealias Step = () -> Bool

    /// Set by the shell while a background job's command runs.
    public var inBackground = false
    var pending: (step: Step, stop: () -> Void)?

    public init() {}

    /// The step and the stop the command now running left, if any; taking them clears them.
    public func take() -> (step: Step, stop: () -> Void)? {
        defer { pending = nil }
        return pending
    }

    /// Leaves `step` for the shell when the command runs in the background; false in the
    /// foreground, where the command follows the clock itself.
    func follow(_ step: @escaping Step, stop: @escaping () -> Void = {}) -> Bool {
        guard inBackground else { return false }
        pending = (step, stop)
        return true
    }
}
