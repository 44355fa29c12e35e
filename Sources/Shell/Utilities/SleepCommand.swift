import Kubectl

/// `sleep`: moves the simulated clock by the total of its intervals; nothing really waits.
struct SleepCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try OptionParser(short: "").parse(program: "sleep", context, failure: 1)
        } catch {
            return error.status
        }
        guard !parsed.operands.isEmpty else {
            context.io.err(missingOperand + GNUMessages.tryHelp("sleep"))
            return 1
        }
        var total = 0.0
        for operand in parsed.operands {
            guard let seconds = Self.seconds(operand) else {
                context.io.err(invalidInterval(operand) + GNUMessages.tryHelp("sleep"))
                return 1
            }
            total += seconds
        }
        context.session.sleep(Int64(min(total.rounded(.up), Double(Int64.max / 2))))
        return 0
    }

    /// Seconds in `text`: a non-negative number with an optional `s`, `m`, `h` or `d` suffix.
    static func seconds(_ text: String) -> Double? {
        var number = Substring(text)
        var scale = 1.0
        switch number.last {
        case "s": number.removeLast()
        case "m":
            scale = 60
            number.removeLast()
        case "h":
            scale = 3600
            number.removeLast()
        case "d":
            scale = 86400
            number.removeLast()
        default: break
        }
        guard let first = number.first, first.isNumber || first == ".",
            let value = Double(number), value.isFinite, value >= 0
        else { return nil }
        return value * scale
    }
}

private let missingOperand = "sleep: missing operand\n"
private func invalidInterval(_ operand: String) -> String {
    "sleep: invalid time interval \(GNUMessages.quote(operand))\n"
}
