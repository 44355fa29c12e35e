import Kubectl

/// `jobs [-lnprs] [jobspec ...]` and `jobs -x command [args]`: lists the shell's jobs; a job
/// listed after it ended is reported, so it leaves the table as after a notice.
struct JobsBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let arguments = context.arguments.dropFirst()
        if arguments.first == "-x" { return substitute(Array(arguments.dropFirst()), context) }
        let parsed = Builtins.options(arguments, allowed: ["l", "n", "p", "r", "s"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("jobs", invalid, usage: "jobs [-lnprs] [jobspec ...] or jobs -x command [args]"))
            return 2
        }
        let table = session.jobs
        if let terminal = session.jobTerminal { session.flushJobOutput(upTo: session.clockSeconds, to: terminal) }
        var status: Int32 = 0
        var listed: [ShellJob] = []
        if parsed.operands.isEmpty {
            listed = table.jobs
        } else {
            for operand in parsed.operands {
                guard let job = Builtins.job(operand, in: table) else {
                    context.io.err("bash: jobs: \(operand): no such job\n")
                    status = 1
                    continue
                }
                listed.append(job)
            }
        }
        let options = parsed.options
        if options.contains("r") { listed = listed.filter(\.isRunning) }
        // No job is ever stopped here.
        if options.contains("s") { listed = [] }
        if options.contains("n") { listed = listed.filter { !$0.isRunning } }
        for job in listed {
            if options.contains("p") {
                context.io.out("\(job.processIDs.first ?? 0)\n")
            } else {
                context.io.out(table.line(job, long: options.contains("l")))
            }
        }
        for job in listed where !job.isRunning { table.remove(job) }
        return status
    }

    /// `jobs -x command args`: runs the command with each job spec replaced by its process group.
    private func substitute(_ words: [String], _ context: CommandContext) -> Int32 {
        guard !words.isEmpty else { return 0 }
        var argv: [String] = []
        for word in words {
            if word.hasPrefix("%") {
                guard let job = context.session.jobs.job(word) else {
                    context.io.err("bash: jobs: \(word): no such job\n")
                    return 1
                }
                argv.append(String(job.processIDs.first ?? 0))
            } else {
                argv.append(word)
            }
        }
        if let status = context.session.invoke(argv, io: context.io) { return status }
        context.io.err("bash: \(argv[0]): command not found\n")
        return 127
    }
}

extension Builtins {
    /// The job an operand of `jobs`, `fg`, `bg` or `disown` names: a job spec, or a bare job number.
    static func job(_ operand: String, in table: JobTable) -> ShellJob? {
        if let number = Int(operand), number > 0 { return table.job("%\(number)") }
        return table.job(operand)
    }
}
