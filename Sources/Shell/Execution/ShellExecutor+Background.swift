import Kubectl

extension ShellExecutor {
    /// `LIST &` at the prompt: announces the job as interactive bash does (`[1] 2482` on standard
    /// error) and runs its command at once with the clock held, in a subshell reading nothing.
    /// The job then runs for as long as its command slept, or, when the command left something
    /// open (a port forward), until it is killed.
    func startJob(_ list: AndOrList, sink: any OutputSink) -> Int32 {
        let body = list.forkedForBackground()
        let single = list.rest.isEmpty && list.first.timing == nil && !list.first.negated
        let job = session.jobs.add(command: ShellPrinter.job(body), processes: single ? list.first.stages.count : 1)
        if single { job.stages = ShellPrinter.stages(list.first) }
        sink.write("[\(job.number)] \(job.lastProcessID)\n", to: .stderr)
        let start = session.clockSeconds
        let output = JobOutputSink(base: sink, job: job, start: start, session: session)
        job.output = output
        let terminal = session.terminal
        session.terminal = nil
        session.jobDelay = 0
        let run = { self.inSubshell(.forked) { self.execute(body, input: ShellInput(""), sink: output) } }
        let (status, hold) = session.jobHold?(run) ?? (run(), nil)
        let delay = session.jobDelay ?? 0
        session.jobDelay = nil
        session.terminal = terminal
        job.exitStatus = status
        if let hold {
            job.hold = hold
        } else {
            job.endsAt = start + delay
            job.endedUnheard = delay == 0
        }
        return 0
    }

    /// `LIST &` in a script or subshell, where there is no job control: the list runs at once, in
    /// a subshell of its own, and `$?` is 0.
    func runInBackground(_ list: AndOrList, sink: any OutputSink) -> Int32 {
        // Without job control, its standard input is /dev/null.
        _ = inSubshell(.forked) { execute(list.forkedForBackground(), input: ShellInput(""), sink: sink) }
        session.lastStatus = 0
        return 0
    }
}

extension AndOrList {
    /// The list as the forked child runs it: in the foreground, and a lone simple command exec'd.
    func forkedForBackground() -> AndOrList {
        var body = self
        body.background = false
        if rest.isEmpty, let pipeline = first.markingCommandReplacingShell() { body.first = pipeline }
        return body
    }
}

/// Where a background job's command writes: straight through until it sleeps, then into the
/// job's pending output, dated, until the clock gets there.
final class JobOutputSink: OutputSink {
    /// The terminal (or file) it writes to.
    var base: any OutputSink
    private unowned let job: ShellJob
    private let start: Int64
    private unowned let session: ShellSession

    init(base: any OutputSink, job: ShellJob, start: Int64, session: ShellSession) {
        self.base = base
        self.job = job
        self.start = start
        self.session = session
    }

    var reachesTerminal: Bool { base.reachesTerminal }

    func write(_ text: String, to stream: StandardStream) {
        let delay = session.jobDelay ?? 0
        if delay == 0 {
            base.write(text, to: stream)
        } else {
            job.pending.append((start + delay, stream, text))
        }
    }
}
