import Kubectl

/// `fg [job_spec]` and `bg [job_spec ...]`.
///
/// `fg` shows the job's command and waits for it in the foreground: to its end when it ends by
/// itself, or, for one that runs until stopped (a port forward), until Ctrl-C, which it gets as
/// SIGINT. `bg` has nothing to resume, since no job here is ever stopped.
struct ForegroundBuiltin: ShellCommand {
    /// `fg` (true) or `bg`.
    let foreground: Bool

    func run(_ context: CommandContext) -> Int32 {
        let name = foreground ? "fg" : "bg"
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: [])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption(name, invalid, usage: foreground ? "fg [job_spec]" : "bg [job_spec ...]"))
            return 2
        }
        let table = context.session.jobs
        let operands = foreground ? Array(parsed.operands.prefix(1)) : parsed.operands
        var jobs: [ShellJob] = []
        if operands.isEmpty {
            guard let job = table.currentJob else {
                context.io.err("bash: \(name): current: no such job\n")
                return 1
            }
            jobs = [job]
        }
        for operand in operands {
            guard let job = Builtins.job(operand, in: table) else {
                context.io.err("bash: \(name): \(operand): no such job\n")
                return 1
            }
            jobs.append(job)
        }
        guard foreground, let job = jobs.first else {
            var status: Int32 = 0
            for job in jobs {
                if job.isRunning {
                    context.io.err("bash: bg: job \(job.number) already in background\n")
                } else {
                    context.io.err("bash: bg: job has terminated\n")
                    status = 1
                }
            }
            return status
        }
        return bringForward(job, context)
    }

    private func bringForward(_ job: ShellJob, _ context: CommandContext) -> Int32 {
        let session = context.session
        context.io.out(job.command + "\n")
        if !session.waitFor(job) { job.deliver(.interrupt) }
        // What it wrote shows; a job ended in the foreground gets no notice.
        if let terminal = session.jobTerminal { session.flushJobOutput(upTo: session.clockSeconds, to: terminal) }
        session.jobs.remove(job)
        session.reportJobs()
        return job.status
    }
}
