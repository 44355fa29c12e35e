/// What the `time` keyword prints, by `$TIMEFORMAT` as bash expands it.
///
/// Real time is the virtual clock's; the simulated commands use no processor time, so user and
/// system time are zero.
enum TimeFormat {
    /// bash's default, when `TIMEFORMAT` is unset.
    static let bash = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS"
    /// `time -p`.
    static let posix = "real %2R\nuser %2U\nsys %2S"

    /// The report for times in seconds, with its newline; empty for an empty format. `%[p][l]R`,
    /// `U` and `S` are the times with `p` decimals (at most 3) and, with `l`, minutes apart;
    /// `%P` is the processor share; `%%` is `%`. Another character after `%` is refused with
    /// bash's warning, and nothing else is printed.
    static func render(_ format: String, real: Double, user: Double, system: Double) -> String {
        guard !format.isEmpty else { return "" }
        var result = ""
        var rest = Substring(format)
        while let index = rest.firstIndex(of: "%") {
            result += rest[..<index]
            rest = rest[rest.index(after: index)...]
            guard let first = rest.first else {
                result += "%"
                break
            }
            if first == "%" {
                result += "%"
                rest.removeFirst()
                continue
            }
            if first == "P" {
                rest.removeFirst()
                let share = real > 0 ? min(100, (user + system) * 100 / real) : 0
                result += fixed(share, decimals: 2)
                continue
            }
            var decimals = 3
            if let digit = first.wholeNumberValue, first.isASCII {
                decimals = min(3, digit)
                rest.removeFirst()
            }
            var long = false
            if rest.first == "l" {
                long = true
                rest.removeFirst()
            }
            let seconds: Double
            switch rest.first {
            case "R": seconds = real
            case "U": seconds = user
            case "S": seconds = system
            default:
                return invalidCharacter(rest.first.map(String.init) ?? "")
            }
            rest.removeFirst()
            result += time(seconds, decimals: decimals, long: long)
        }
        return result + rest + "\n"
    }

    /// Seconds as bash writes them: truncated to milliseconds, then to `decimals` digits.
    private static func time(_ seconds: Double, decimals: Int, long: Bool) -> String {
        let milliseconds = Int64((seconds * 1000).rounded(.down))
        var whole = milliseconds / 1000
        var text = ""
        if long {
            text = "\(whole / 60)m"
            whole %= 60
        }
        text += "\(whole)"
        if decimals > 0 {
            let fraction = String(milliseconds % 1000)
            let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
            text += "." + padded.prefix(decimals)
        }
        return long ? text + "s" : text
    }

    private static func fixed(_ value: Double, decimals: Int) -> String {
        let hundredths = Int64((value * 100).rounded(.down))
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100)." + String(repeating: "0", count: 2 - fraction.count) + fraction
    }

    private static func invalidCharacter(_ character: String) -> String {
        "bash: TIMEFORMAT: `\(character)': invalid format character\n"
    }
}
