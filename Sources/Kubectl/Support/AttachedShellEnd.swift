/// What `kubectl run -it` still has to do when the shell it opened at the prompt ends:
/// `kubectl run` leaves it here just before it opens the shell, and whoever makes that shell
/// the one the learner types into takes it, to call when the shell exits.
public final class AttachedShellEnd {
    /// Given the shell's exit status, writes kubectl's closing lines to the sink and returns
    /// kubectl's exit status.
    public typealias Finish = (Int32, any OutputSink) -> Int32

    var pending: Finish?

    public init() {}

    /// The finishing step left by the command now running, if any; taking it clears it.
    public func take() -> Finish? {
        defer { pending = nil }
        return pending
    }
}
