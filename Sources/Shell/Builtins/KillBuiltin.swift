import Kubectl

/// `kill [-s sigspec | -n signum | -sigspec] pid | jobspec ...` and `kill -l [sigspec]`: sends
/// a signal (SIGTERM by default) to jobs and background processes, or names signals. A killed
/// job ends at once; its notice comes before the next prompt.
struct KillBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        var signal = Signal.terminate
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments.removeFirst()
            switch first {
            case "--":
                break
            case "-l", "-L":
                return list(arguments, context)
            case "-s", "-n":
                guard !arguments.isEmpty else {
                    context.io.err("bash: kill: \(first): option requires an argument\n")
                    return 1
                }
                let spec = arguments.removeFirst()
                guard let named = Signal(spec: spec) else {
                    context.io.err("bash: kill: \(spec): invalid signal specification\n")
                    return 1
                }
                signal = named
                continue
            default:
                var spec = String(first.dropFirst())
                // `-sTERM` and `-n15` carry the spec with them.
                let second = spec.dropFirst().first
                if spec.hasPrefix("s"), second?.isLetter == true { spec.removeFirst() }
                if spec.hasPrefix("n"), second?.isNumber == true { spec.removeFirst() }
                guard let named = Signal(spec: spec) else {
                    context.io.err("bash: kill: \(spec): invalid signal specification\n")
                    return 1
                }
                signal = named
                continue
            }
            break
        }
        guard !arguments.isEmpty else {
            context.io.err(usage)
            return 2
        }
        var status: Int32 = 0
        for operand in arguments where !send(signal, to: operand, context) { status = 1 }
        return status
    }

    /// Sends `signal` to what `operand` names; false (with bash's message) when there is nothing.
    private func send(_ signal: Signal, to operand: String, _ context: CommandContext) -> Bool {
        let session = context.session
        if operand.hasPrefix("%") {
            guard let job = session.jobs.job(operand) else {
                context.io.err("bash: kill: \(operand): no such job\n")
                return false
            }
            job.deliver(signal)
            return true
        }
        guard let process = Int(operand) else {
            context.io.err("bash: kill: \(operand): arguments must be process or job IDs\n")
            return false
        }
        if let job = session.jobs.job(process: process) {
            job.deliver(signal)
            return true
        }
        // The interactive shell itself ignores SIGTERM and SIGINT; the lab keeps it for any signal.
        if process == session.processID { return true }
        context.io.err("bash: kill: (\(operand)) - No such process\n")
        return false
    }

    /// `kill -l`: every signal, five to a line; with operands, the name of each number (an exit
    /// status above 128 names the signal that caused it) or the number of each name.
    private func list(_ operands: [String], _ context: CommandContext) -> Int32 {
        guard !operands.isEmpty else {
            var text = ""
            var column = 0
            for number in 1...Signal.highest {
                guard let name = Signal(number: number).name, Signal.isValid(number) else { continue }
                text += (number < 10 ? " " : "") + "\(number)) SIG\(name)"
                column += 1
                text += column % 5 == 0 ? "\n" : "\t"
            }
            if column % 5 != 0 { text += "\n" }
            context.io.out(text)
            return 0
        }
        var status: Int32 = 0
        for operand in operands {
            if var number = Int32(operand) {
                if number > 128 { number -= 128 }
                if number == 0 {
                    context.io.out("EXIT\n")
                } else if Signal.isValid(number), let name = Signal(number: number).name {
                    context.io.out(name + "\n")
                } else {
                    context.io.err("bash: kill: \(operand): invalid signal specification\n")
                    status = 1
                }
            } else if let signal = Signal(spec: operand), signal.number != 0 {
                context.io.out("\(signal.number)\n")
            } else {
                context.io.err("bash: kill: \(operand): invalid signal specification\n")
                status = 1
            }
        }
        return status
    }
}

private let usage = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n"
