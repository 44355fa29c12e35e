import Kubectl

/// `seq [FIRST [STEP]] LAST`: numbers from FIRST to LAST, integers or with as many decimals as the operands.
struct SeqCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("seq", context) { return status }
        var arguments = Array(context.arguments.dropFirst())
        var separator = "\n"
        var equalWidth = false
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1, Double(first) == nil {
            arguments.removeFirst()
            if first == "-w" {
                equalWidth = true
            } else if first == "-s", !arguments.isEmpty {
                separator = arguments.removeFirst()
            } else if first.hasPrefix("-s") {
                separator = String(first.dropFirst(2))
            } else {
                context.io.err(GNUMessages.optionError("seq", .invalid(first.dropFirst().first ?? "-")))
                return 1
            }
        }
        guard (1...3).contains(arguments.count) else {
            context.io.err(
                (arguments.isEmpty
                    ? "seq: missing operand\n" : "seq: extra operand \(GNUMessages.quote(arguments[3]))\n")
                    + GNUMessages.tryHelp("seq"))
            return 1
        }
        var numbers: [Double] = []
        for argument in arguments {
            guard let value = Double(argument), value.isFinite else {
                context.io.err(
                    "seq: invalid floating point argument: \(GNUMessages.quote(argument))\n"
                        + GNUMessages.tryHelp("seq"))
                return 1
            }
            numbers.append(value)
        }
        let decimals = min(9, arguments.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0)
        let first = numbers.count > 1 ? numbers[0] : 1
        let step = numbers.count == 3 ? numbers[1] : 1
        let last = numbers[numbers.count - 1]
        guard step != 0 else {
            context.io.err(
                "seq: invalid Zero increment value: \(GNUMessages.quote(arguments[1]))\n" + GNUMessages.tryHelp("seq"))
            return 1
        }
        var values: [String] = []
        var index = 0.0
        while values.count < 1_000_000 {
            let value = first + index * step
            if step > 0 ? value > last + 1e-9 : value < last - 1e-9 { break }
            values.append(format(value, decimals))
            // A step too small to change the value (beyond double precision) would repeat it forever.
            if first + (index + 1) * step == value { break }
            index += 1
        }
        if equalWidth, let width = values.map(\.count).max() {
            values = values.map { String(repeating: "0", count: width - $0.count) + $0 }
        }
        if !values.isEmpty { context.io.out(values.joined(separator: separator) + "\n") }
        return 0
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        guard decimals > 0, abs(value) < 1e15 else { return abs(value) < 1e15 ? String(value.rounded().clampedInt) : "\(value)" }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return (value < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: decimals - fraction.count)
            + fraction
    }
}
