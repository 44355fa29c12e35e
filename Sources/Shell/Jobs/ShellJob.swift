import Kubectl

/// A job started with `&` at the prompt: its processes, its command as bash shows it, and how it ends.
///
/// Its command ran when it started, with the clock held: what it slept is when it ends, and what
/// it wrote after sleeping waits in `pending` until the clock gets there. A command that keeps
/// something open once it returned (`kubectl port-forward`'s listeners) runs until it is killed.
final class ShellJob {
    /// How a job stands.
    enum State: Equatable {
        case running
        case exited(Int32)
        case signalled(Signal)
    }

    let number: Int
    /// One process per pipeline stage (one for a list, which bash runs in a subshell).
    let processIDs: [Int]
    /// The command as `jobs` shows it, without its `&`.
    let command: String
    /// A pipeline's stages, one per process, as `jobs -l` shows them.
    var stages: [String] = []
    var state = State.running
    /// When (virtual seconds) it ends by itself; nil while it runs until it is stopped.
    var endsAt: Int64?
    /// The status it ends with by itself.
    var exitStatus: Int32 = 0
    /// What it wrote after sleeping, in order, each with the time it was written.
    var pending: [(time: Int64, stream: StandardStream, text: String)] = []
    /// Set when it ended at once (killed, or a command that took no time): the prompt right
    /// after comes before the shell hears of it, so its notice waits for the next one.
    var endedUnheard = false
    /// What it keeps open, which ends with it.
    var hold: JobHold?
    /// Where its command writes, pointed at the terminal of the line running when it follows on.
    var output: JobOutputSink?

    init(number: Int, processIDs: [Int], command: String) {
        self.number = number
        self.processIDs = processIDs
        self.command = command
    }

    var isRunning: Bool { state == .running }

    /// The process `$!` and `[N] PID` name: the last of a pipeline.
    var lastProcessID: Int { processIDs.last ?? 0 }

    /// Ends it as its command would by itself, if its time has come.
    func update(now: Int64) {
        if isRunning, let endsAt, endsAt <= now { state = .exited(exitStatus) }
    }

    /// Whether it runs a command that follows the cluster.
    var follows: Bool { isRunning && hold?.step != nil }

    /// Lets a command that follows the cluster (`get -w`, `logs -f`) write what arrived, to
    /// `terminal`; it ends when its command does.
    func followOn(terminal: any OutputSink) {
        guard isRunning, let step = hold?.step else { return }
        output?.base = terminal
        guard !step() else { return }
        state = .exited(exitStatus)
        hold?.release()
        hold = nil
    }

    /// Delivers `signal`; what it keeps open closes if it ends. A job that keeps something open
    /// ends cleanly on SIGINT when its command handles it, as kubectl's port-forward does.
    func deliver(_ signal: Signal) {
        guard isRunning, signal.number != 0, !signal.isIgnoredByDefault, !signal.stops else { return }
        if signal == .interrupt, hold?.endsOnInterrupt == true {
            state = .exited(0)
        } else {
            state = .signalled(signal)
        }
        hold?.release()
        hold = nil
        pending.removeAll()
        endedUnheard = true
    }

    /// The status `wait` and `fg` return for it once it ended: its exit status, or 128 + the signal.
    var status: Int32 {
        switch state {
        case .running: 0
        case .exited(let status): status
        case .signalled(let signal): 128 + signal.number
        }
    }

    /// The state as `jobs` and the notices show it: `Running`, `Done`, `Exit 3`, `Terminated`.
    var stateText: String {
        switch state {
        case .running: "Running"
        case .exited(0): "Done"
        case .exited(let status): "Exit \(status)"
        case .signalled(let signal): signal.description
        }
    }
}

/// What a background job's command left open when it returned, and how it is closed.
public struct JobHold {
    /// Closes it (a port-forward's listeners).
    public var release: () -> Void
    /// Whether the command ends with status 0 on SIGINT (kubectl stops its forwards on Ctrl-C).
    public var endsOnInterrupt: Bool
    /// For a command that follows the cluster: writes what arrived since; false once it ended.
    public var step: (() -> Bool)?

    public init(release: @escaping () -> Void, endsOnInterrupt: Bool, step: (() -> Bool)? = nil) {
        self.release = release
        self.endsOnInterrupt = endsOnInterrupt
        self.step = step
    }
}
