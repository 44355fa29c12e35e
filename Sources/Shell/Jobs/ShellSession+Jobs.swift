import Kubectl

extension ShellSession {
    /// Sleeps `seconds` of virtual time; inside a background job's command, only the job's own
    /// time moves, so the prompt comes back at once.
    public func sleep(_ seconds: Int64) {
        if let delay = jobDelay {
            jobDelay = delay + max(0, seconds)
        } else if let clockSteps, let terminal = jobTerminal, jobs.jobs.contains(where: \.follows) {
            clockSteps(seconds) { for job in jobs.jobs { job.followOn(terminal: terminal) } }
        } else {
            advanceClock(seconds)
        }
    }

    /// The lab's clock, in seconds.
    var clockSeconds: Int64 { filesystem.clock() }

    /// Whether `&` starts a job here: at the interactive prompt, not in a script, a subshell or another job.
    var startsJobs: Bool {
        depth == 1 && subshellDepth == 0 && scriptName == nil && jobDelay == nil
    }

    /// Moves the clock to `time` if it is not there yet.
    func advance(to time: Int64) {
        let now = clockSeconds
        if time > now { advanceClock(time - now) }
    }

    /// Waits at the terminal as for something that never ends, until Ctrl-C (or the end of what
    /// is typed, which stands for it). Lines typed meanwhile only echo.
    func waitForInterrupt() {
        guard let terminal else { return }
        while case .line = terminal.readLine(prompt: "", echo: true) {}
    }

    /// Writes what background jobs wrote up to now, then a notice for each job that ended since
    /// the last one, as interactive bash does after a foreground command and before a prompt;
    /// before a prompt, not yet of a job that ended at once on this line.
    func reportJobs(atPrompt: Bool = false) {
        guard let sink = jobTerminal, !jobs.jobs.isEmpty else { return }
        let now = clockSeconds
        flushJobOutput(upTo: now, to: sink)
        let ended = jobs.jobs.filter { !$0.isRunning && !(atPrompt && $0.endedUnheard) }
        for job in jobs.jobs { job.endedUnheard = false }
        // A job SIGPIPE ended goes without a word.
        for job in ended where job.state != .signalled(.pipe) { sink.write(jobs.line(job, long: false), to: .stderr) }
        for job in ended { jobs.remove(job) }
    }

    /// Ends the jobs whose time came and writes what they wrote up to `now`, oldest first.
    func flushJobOutput(upTo now: Int64, to sink: any OutputSink) {
        var due: [(time: Int64, order: Int, stream: StandardStream, text: String)] = []
        for job in jobs.jobs {
            job.update(now: now)
            job.followOn(terminal: sink)
            for chunk in job.pending where chunk.time <= now { due.append((chunk.time, due.count, chunk.stream, chunk.text)) }
            job.pending.removeAll { $0.time <= now }
        }
        for chunk in due.sorted(by: { ($0.time, $0.order) < ($1.time, $1.order) }) { sink.write(chunk.text, to: chunk.stream) }
    }

    /// Waits for `job` to end (for ever, that is until Ctrl-C, when it runs until stopped).
    /// Returns false when Ctrl-C came first.
    @discardableResult
    func waitFor(_ job: ShellJob) -> Bool {
        guard job.isRunning else { return true }
        guard let end = job.endsAt else {
            waitForInterrupt()
            return false
        }
        advance(to: end)
        job.update(now: clockSeconds)
        return true
    }
}
