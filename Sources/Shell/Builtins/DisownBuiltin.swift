import Kubectl

/// `disown [-h] [-ar] [jobspec ... | pid ...]`: takes jobs out of the table; they run on (a
/// disowned port forward stays open) but are no longer the shell's to list, wait for or kill by
/// job spec. `-h` keeps them, as only SIGHUP at logout would tell the difference.
struct DisownBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["a", "h", "r"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("disown", invalid, usage: "disown [-h] [-ar] [jobspec ... | pid ...]"))
            return 2
        }
        let table = context.session.jobs
        var chosen: [ShellJob] = []
        var status: Int32 = 0
        if parsed.operands.isEmpty {
            if parsed.options.contains("a") || parsed.options.contains("r") {
                chosen = parsed.options.contains("r") ? table.jobs.filter(\.isRunning) : table.jobs
            } else if let job = table.currentJob {
                chosen = [job]
            } else {
                context.io.err("bash: disown: current: no such job\n")
                return 1
            }
        }
        for operand in parsed.operands {
            let found = Int(operand).flatMap { table.job(process: $0) } ?? table.job(operand)
            guard let job = found else {
                context.io.err("bash: disown: \(operand): no such job\n")
                status = 1
                continue
            }
            chosen.append(job)
        }
        guard !parsed.options.contains("h") else { return status }
        for job in chosen { table.forget(job) }
        return status
    }
}
