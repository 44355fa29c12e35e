import Kubectl

/// `wait [-fn] [-p var] [id ...]`: waits for jobs or background processes to end, moving the
/// clock to when they do, and returns the last one's status. A job that runs until it is
/// stopped (a port forward) is waited for until Ctrl-C, which ends the wait with 130.
struct WaitBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard let parsed = Builtins.options(
            context.arguments.dropFirst(), allowed: ["n", "f"], valued: ["p"], builtin: "wait", usage: usage, io: context.io)
        else { return 2 }
        let arguments = parsed.operands
        let variable = parsed.flags["p"]
        let next = parsed.flags["n"] != nil
        let status: Int32
        if next {
            status = waitNext(session, variable: variable)
        } else if arguments.isEmpty {
            status = waitAll(session)
        } else {
            status = waitEach(arguments, context, variable: variable)
        }
        session.reportJobs()
        return status
    }

    /// Every job: those that end by themselves first, then (if any is left) until Ctrl-C.
    private func waitAll(_ session: ShellSession) -> Int32 {
        let running = session.jobs.jobs.filter(\.isRunning)
        if let last = running.compactMap(\.endsAt).max() { session.advance(to: last) }
        guard running.contains(where: { $0.endsAt == nil }) else { return 0 }
        session.waitForInterrupt()
        return 130
    }

    /// `-n`: the first job to end.
    private func waitNext(_ session: ShellSession, variable: String?) -> Int32 {
        let table = session.jobs
        let now = session.clockSeconds
        if let ended = table.jobs.first(where: { job in job.update(now: now); return !job.isRunning }) {
            return finish(ended, session, variable: variable)
        }
        let running = table.jobs.filter(\.isRunning)
        guard !running.isEmpty else { return 127 }
        guard let first = running.filter({ $0.endsAt != nil }).min(by: { ($0.endsAt ?? 0) < ($1.endsAt ?? 0) }) else {
            session.waitForInterrupt()
            return 130
        }
        session.waitFor(first)
        return finish(first, session, variable: variable)
    }

    private func finish(_ job: ShellJob, _ session: ShellSession, variable: String?) -> Int32 {
        if let variable { session.environment[variable] = String(job.lastProcessID) }
        return job.status
    }

    /// Each job spec or process ID in turn; the status is the last one's.
    private func waitEach(_ operands: [String], _ context: CommandContext, variable: String?) -> Int32 {
        let session = context.session
        var status: Int32 = 0
        for operand in operands {
            if operand.hasPrefix("%") {
                guard let job = session.jobs.job(operand) else {
                    context.io.err("bash: wait: \(operand): no such job\n")
                    status = 127
                    continue
                }
                guard session.waitFor(job) else { return 130 }
                status = finish(job, session, variable: variable)
            } else if let process = Int(operand), !operand.hasPrefix("+") {
                if let job = session.jobs.job(process: process) {
                    guard session.waitFor(job) else { return 130 }
                    status = finish(job, session, variable: variable)
                } else if let finished = session.jobs.finishedStatus(of: process) {
                    status = finished
                } else {
                    context.io.err("bash: wait: pid \(operand) is not a child of this shell\n")
                    status = 127
                }
            } else {
                context.io.err("bash: wait: `\(operand)': not a pid or valid job spec\n")
                status = 1
            }
        }
        return status
    }
}

private let usage = "wait [-fn] [-p var] [id ...]"
