import KubeAPI
import Kubectl

/// `date [-u] [-d WHEN] [+FORMAT]`: the virtual clock's time (UTC), formatted as GNU date does.
struct DateCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "date", context, failure: 1)
        } catch {
            return error.status
        }
        var seconds = context.session.filesystem.clock()
        var format = "%a %b %e %H:%M:%S %Z %Y"
        for (key, value) in parsed.options {
            switch key {
            case "d":
                guard let value, let when = Self.parse(value, now: seconds) else {
                    context.io.err("date: invalid date \(GNUMessages.quote(value ?? ""))\n")
                    return 1
                }
                seconds = when
            case "R": format = "%a, %d %b %Y %H:%M:%S %z"
            case "I":
                switch value ?? "date" {
                case "date": format = "%Y-%m-%d"
                case "hours": format = "%Y-%m-%dT%H%:z"
                case "minutes": format = "%Y-%m-%dT%H:%M%:z"
                case "seconds": format = "%Y-%m-%dT%H:%M:%S%:z"
                case "ns": format = "%Y-%m-%dT%H:%M:%S,%N%:z"
                default:
                    context.io.err(
                        "date: invalid argument \(GNUMessages.quote(value ?? "")) for '--iso-8601'\n"
                            + "Valid arguments are:\n  - 'hours'\n  - 'minutes'\n  - 'date'\n  - 'seconds'\n  - 'ns'\n"
                            + GNUMessages.tryHelp("date"))
                    return 1
                }
            default: break
            }
        }
        var operands = parsed.operands
        if let first = operands.first, first.hasPrefix("+") {
            format = String(first.dropFirst())
            operands.removeFirst()
        }
        if let extra = operands.first {
            context.io.err("date: invalid date \(GNUMessages.quote(extra))\n")
            return 1
        }
        context.io.out(Self.format(format, seconds) + "\n")
        return 0
    }

    /// A `-d` argument: `@SECONDS`, `now`, `YYYY-MM-DD`, with an optional ` HH:MM[:SS]` or `THH:MM:SSZ`.
    static func parse(_ text: String, now: Int64) -> Int64? {
        let trimmed = text.trimmingBlanks
        if trimmed.isEmpty || trimmed == "now" || trimmed == "today" { return now }
        if trimmed == "yesterday" { return now - 86400 }
        if trimmed == "tomorrow" { return now + 86400 }
        if trimmed.hasPrefix("@") { return Int64(trimmed.dropFirst()) }
        if let timestamp = Timestamp(rfc3339: trimmed) { return timestamp.seconds }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" })
        let date = parts[0].split(separator: "-").compactMap { Int($0) }
        guard date.count == 3, (1...12).contains(date[1]), (1...31).contains(date[2]) else { return nil }
        var seconds = Int64(CivilTime.daysFromCivil(year: date[0], month: date[1], day: date[2])) * 86400
        if parts.count > 1 {
            let clock = parts[1].hasSuffix("Z") ? parts[1].dropLast() : parts[1]
            let time: [Int] = clock.split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(time.count), time[0] < 24, time[1] < 60 else { return nil }
            let secondOfDay: Int = time[0] * 3600 + time[1] * 60 + (time.count == 3 ? time[2] : 0)
            seconds += Int64(secondOfDay)
        }
        return parts.count > 2 ? nil : seconds
    }

    /// strftime's conversions as GNU date knows them, in the C locale and UTC.
    static func format(_ format: String, _ seconds: Int64) -> String {
        let t = CivilTime(secondsSinceEpoch: seconds)
        let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let dayOfYear =
            CivilTime.daysFromCivil(year: t.year, month: t.month, day: t.day)
            - CivilTime.daysFromCivil(year: t.year, month: 1, day: 1) + 1
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = ""
        var characters = Substring(format)
        while let c = characters.popFirst() {
            guard c == "%", let spec = characters.popFirst() else {
                out.append(c)
                continue
            }
            switch spec {
            case "Y": out += String(t.year)
            case "y": out += two(t.year % 100)
            case "C": out += two(t.year / 100)
            case "m": out += two(t.month)
            case "d": out += two(t.day)
            case "e": out += t.day < 10 ? " \(t.day)" : "\(t.day)"
            case "H": out += two(t.hour)
            case "k": out += t.hour < 10 ? " \(t.hour)" : "\(t.hour)"
            case "I": out += two((t.hour + 11) % 12 + 1)
            case "l": out += String((t.hour + 11) % 12 + 1)
            case "M": out += two(t.minute)
            case "S": out += two(t.second)
            case "p": out += t.hour < 12 ? "AM" : "PM"
            case "P": out += t.hour < 12 ? "am" : "pm"
            case "a": out += String(days[t.weekday].prefix(3))
            case "A": out += days[t.weekday]
            case "b", "h": out += String(months[t.month - 1].prefix(3))
            case "B": out += months[t.month - 1]
            case "j": out += String(repeating: "0", count: 3 - String(dayOfYear).count) + String(dayOfYear)
            case "u": out += String(t.weekday == 0 ? 7 : t.weekday)
            case "w": out += String(t.weekday)
            case "s": out += String(seconds)
            case "N": out += "000000000"
            case "F": out += "\(t.year)-\(two(t.month))-\(two(t.day))"
            case "T": out += "\(two(t.hour)):\(two(t.minute)):\(two(t.second))"
            case "R": out += "\(two(t.hour)):\(two(t.minute))"
            case "D": out += "\(two(t.month))/\(two(t.day))/\(two(t.year % 100))"
            case "c": out += Self.format("%a %b %e %H:%M:%S %Y", seconds)
            case "x": out += Self.format("%m/%d/%y", seconds)
            case "X": out += Self.format("%H:%M:%S", seconds)
            case "Z": out += "UTC"
            case "z": out += "+0000"
            case ":":
                if characters.first == "z" {
                    characters.removeFirst()
                    out += "+00:00"
                } else {
                    out += "%:"
                }
            case "n": out += "\n"
            case "t": out += "\t"
            case "%": out += "%"
            default: out += "%" + String(spec)
            }
        }
        return out
    }

    private static let parser = OptionParser(
        short: "d:uRI::",
        long: [
            .init("date", .required, key: "d"), .init("utc", key: "u"), .init("universal", key: "u"),
            .init("rfc-email", key: "R"), .init("iso-8601", .optional, key: "I"),
        ])
}
