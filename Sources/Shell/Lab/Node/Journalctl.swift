import Cluster
import KubeAPI
import Kubectl

/// `journalctl [-u UNIT]... [-n N] [--since TIME] [--until TIME] [-f] [-r] [-o short|cat]` inside a
/// node container, over the node's journal (`NodeJournal`). Output is as journalctl writes it
/// through its pager, whole lines; `-f` follows the lab's clock for a bounded time, as
/// `kubectl logs -f` does, then returns as if interrupted.
struct Journalctl: ShellCommand {
    let cluster: Cluster
    let node: String
    let containerCommand: String

    /// How long `-f` follows before it returns (the same bound as `kubectl logs -f`).
    static let followLimitSeconds: Int64 = 60

    func run(_ context: CommandContext) -> Int32 {
        var units: [String] = []
        var lines: Int?
        var follow = false
        var reverse = false
        var messageOnly = false
        var since: Timestamp?
        var until: Timestamp?
        var arguments = Array(context.arguments.dropFirst())[...]
        func value(_ argument: String, _ long: String, _ short: String) -> String?? {
            if argument == long || argument == short { return .some(arguments.popFirst()) }
            if argument.hasPrefix(long + "=") { return .some(String(argument.dropFirst(long.count + 1))) }
            if argument.hasPrefix(short), short.count == 2, argument.count > 2, !argument.hasPrefix("--") {
                return .some(String(argument.dropFirst(2)))
            }
            return nil
        }
        while let argument = arguments.popFirst() {
            if let unit = value(argument, "--unit", "-u") {
                guard let unit else { return missing("u", context) }
                units.append(SystemdUnit.canonicalName(unit))
            } else if argument == "-n" || argument == "--lines" {
                // `-n` takes its count from the next word only when that word is a number.
                if let next = arguments.first, let count = Int(next) {
                    arguments.removeFirst()
                    lines = count
                } else {
                    lines = 10
                }
            } else if let count = value(argument, "--lines", "-n") {
                guard let text = count, let parsed = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
                    context.io.err("Failed to parse lines '\(count ?? "")'\n")
                    return 1
                }
                lines = parsed
            } else if let text = value(argument, "--since", "-S") ?? value(argument, "--until", "-U") {
                guard let text else { return missing(argument.hasPrefix("--s") || argument.hasPrefix("-S") ? "S" : "U", context) }
                guard let time = JournalTime.parse(text, now: cluster.now) else {
                    context.io.err("Failed to parse timestamp: \(text)\n")
                    return 1
                }
                if argument.hasPrefix("--s") || argument.hasPrefix("-S") { since = time } else { until = time }
            } else if let format = value(argument, "--output", "-o") {
                guard let format, ["short", "cat"].contains(format) else {
                    context.io.err("Unknown output format '\(format ?? "")'.\n")
                    return 1
                }
                messageOnly = format == "cat"
            } else {
                switch argument {
                case "--no-pager", "-x", "--catalog", "-b", "--boot", "-q", "--quiet", "--system", "-l", "--full", "-a", "--all":
                    continue
                case "-f", "--follow": follow = true
                case "-e", "--pager-end": lines = lines ?? 1000
                case "-r", "--reverse": reverse = true
                default:
                    context.io.err(argument.hasPrefix("--") ? "journalctl: unrecognized option '\(argument)'\n"
                        : "journalctl: invalid option -- '\(argument.dropFirst().first ?? "-")'\n")
                    return 1
                }
            }
        }
        let processes = NodeProcesses(cluster: cluster, node: node, filesystem: context.session.filesystem,
            containerCommand: containerCommand)
        let journal = NodeJournal(cluster: cluster, node: node, processes: processes)
        func selected(_ entries: [JournalEntry]) -> [JournalEntry] {
            entries.filter { entry in
                (units.isEmpty || units.contains(entry.unit)) && since.map { entry.time >= $0 } != false
                    && until.map { entry.time <= $0 } != false
            }
        }
        func text(_ entry: JournalEntry) -> String { (messageOnly ? entry.message : entry.short(host: node)) + "\n" }
        var shown = selected(journal.entries())
        if let lines { shown = Array(shown.suffix(lines)) } else if follow { shown = Array(shown.suffix(10)) }
        if reverse { shown.reverse() }
        guard !shown.isEmpty || follow else {
            if !messageOnly { context.io.out("-- No entries --\n") }
            return 0
        }
        context.io.out(shown.map(text).joined())
        guard follow else { return 0 }
        let last = shown.last?.time ?? cluster.now
        let already = selected(journal.entries()).filter { $0.time == last }.count
        _ = cluster.wait(timeoutSeconds: Self.followLimitSeconds) { false }
        let later = selected(journal.entries()).filter { $0.time >= last }.dropFirst(already)
        context.io.out(later.map(text).joined())
        return 0
    }

    private func missing(_ letter: String, _ context: CommandContext) -> Int32 {
        context.io.err("journalctl: option requires an argument -- '\(letter)'\n")
        return 1
    }
}
