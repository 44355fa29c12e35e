/// The shell's jobs and the host's process IDs: numbering, the current (`+`) and previous (`-`)
/// job, job specs (`%1`, `%%`, `%-`, `%sleep`, `%?name`) and the lines `jobs` prints.
final class JobTable {
    /// The jobs not yet reported gone, by job number.
    private(set) var jobs: [ShellJob] = []
    /// The job `%+` names, and the one `%-` names.
    private var current: Int?
    private var previous: Int?
    /// The next process ID the host hands out.
    private var nextProcessID: Int
    /// What `$!` shows: the last process started in the background.
    private(set) var lastBackgroundProcess: Int?
    /// The statuses of background processes whose jobs were reported and removed, which `wait PID` still returns.
    private var finished: [Int: Int32] = [:]

    init(firstProcessID: Int) {
        nextProcessID = firstProcessID
    }

    /// Hands out a process ID, as every fork takes the next one.
    func takeProcessID() -> Int {
        defer { nextProcessID += 1 }
        return nextProcessID
    }

    /// Adds a job of `processes` processes; its number is one more than the highest in use.
    func add(command: String, processes: Int) -> ShellJob {
        let number = (jobs.last?.number ?? 0) + 1
        let job = ShellJob(number: number, processIDs: (0..<max(1, processes)).map { _ in takeProcessID() }, command: command)
        jobs.append(job)
        lastBackgroundProcess = job.lastProcessID
        resetCurrent()
        return job
    }

    /// Takes `job` out of the table, keeping its status for `wait PID`.
    func remove(_ job: ShellJob) {
        for process in job.processIDs { finished[process] = job.status }
        forget(job)
    }

    /// Takes `job` out of the table without keeping anything of it (`disown`).
    func forget(_ job: ShellJob) {
        jobs.removeAll { $0 === job }
        // Only losing the current or previous job moves the marks, as in bash's `delete_job`.
        if job.number == current || job.number == previous { resetCurrent() }
    }

    /// The status a reported background process ended with.
    func finishedStatus(of process: Int) -> Int32? { finished[process] }

    /// The newest running job is current and the one before it previous; while none runs, they stay.
    private func resetCurrent() {
        let running = jobs.filter(\.isRunning)
        if let newest = running.last {
            current = newest.number
            previous = running.dropLast().last?.number
        } else {
            if !jobs.contains(where: { $0.number == current }) { current = nil }
            if !jobs.contains(where: { $0.number == previous }) { previous = nil }
        }
    }

    /// `+`, `-` or a space.
    func marker(_ job: ShellJob) -> String {
        job.number == current ? "+" : job.number == previous ? "-" : " "
    }

    /// The job a spec names: `%N`, `%%`/`%+`/`%` (current), `%-` (previous), `%PREFIX`, `%?TEXT`.
    func job(_ spec: String) -> ShellJob? {
        guard spec.hasPrefix("%") else { return nil }
        let rest = spec.dropFirst()
        switch rest {
        case "", "%", "+": return jobs.first { $0.number == current }
        case "-": return jobs.first { $0.number == previous }
        default: break
        }
        if let number = Int(rest) { return jobs.first { $0.number == number } }
        if rest.hasPrefix("?") {
            let text = rest.dropFirst()
            return jobs.last { $0.command.contains(text) }
        }
        return jobs.last { $0.command.hasPrefix(rest) }
    }

    /// The job one of whose processes is `process`.
    func job(process: Int) -> ShellJob? {
        jobs.first { $0.processIDs.contains(process) }
    }

    /// The current job, which `fg` and `bg` take without an operand.
    var currentJob: ShellJob? { jobs.first { $0.number == current } }

    /// A job as `jobs` lists it: `[1]+  Running                 sleep 100 &`; with `long`, the
    /// process IDs too, a line for each process of a pipeline.
    func line(_ job: ShellJob, long: Bool) -> String {
        let head = "[\(job.number)]\(marker(job)) "
        let suffix = job.isRunning ? " &" : ""
        guard long else { return head + " " + Self.padded(job.stateText) + job.command + suffix + "\n" }
        let stages = job.stages.count == job.processIDs.count ? job.stages : [job.command]
        var text = ""
        for (index, process) in job.processIDs.enumerated() {
            let stage = index < stages.count ? stages[index] : ""
            let pid = String(process)
            let lead = (index == 0 ? head : "     ") + String(repeating: " ", count: max(0, 5 - pid.count)) + pid + " "
            let state = index == 0 ? Self.padded(job.stateText) : Self.padded("") + "| "
            text += lead + state + stage + (index == job.processIDs.count - 1 ? suffix : "") + "\n"
        }
        return text
    }

    /// A state padded as bash pads it, to the width of the longest signal description.
    private static func padded(_ state: String) -> String {
        let width = state.isEmpty ? 22 : 24
        return state + String(repeating: " ", count: max(0, width - state.count))
    }
}
