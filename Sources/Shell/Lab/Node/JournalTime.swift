import KubeAPI

/// The times `journalctl --since` and `--until` accept (systemd's `parse_timestamp`), in the
/// node's UTC: `2025-04-23 07:00[:00]`, `2025-04-23`, `07:00[:00]` (today), `today`,
/// `yesterday`, `now`, and relative ones: `-1h`, `-30min`, `+5s`, `1 hour ago`, `10 min ago`.
enum JournalTime {
    static func parse(_ text: String, now: Timestamp) -> Timestamp? {
        let trimmed = text.trimmingSpaces
        let midnight = Timestamp(milliseconds: now.seconds / 86_400 * 86_400_000)
        switch trimmed {
        case "now": return now
        case "today": return midnight
        case "yesterday": return midnight.adding(seconds: -86_400)
        case "tomorrow": return midnight.adding(seconds: 86_400)
        default: break
        }
        if trimmed.hasSuffix(" ago"), let span = span(String(trimmed.dropLast(4))) { return now.adding(seconds: -span) }
        if let sign = trimmed.first, sign == "-" || sign == "+", let span = span(String(trimmed.dropFirst())) {
            return now.adding(seconds: sign == "-" ? -span : span)
        }
        let parts = trimmed.split(separator: " ").map(String.init)
        guard parts.count <= 2, !parts.isEmpty else { return nil }
        var day = midnight
        var clock: String? = parts.count == 2 ? parts[1] : nil
        if parts[0].contains("-") {
            let fields = parts[0].split(separator: "-").compactMap { Int($0) }
            guard fields.count == 3, (1...12).contains(fields[1]), (1...31).contains(fields[2]) else { return nil }
            day = Timestamp(
                milliseconds: Int64(CivilTime.daysFromCivil(year: fields[0], month: fields[1], day: fields[2])) * 86_400_000)
        } else if parts.count == 1 {
            clock = parts[0]
        } else {
            return nil
        }
        guard let clock else { return day }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0 != nil }) else { return nil }
        let (hour, minute, second) = (fields[0]!, fields[1]!, fields.count == 3 ? fields[2]! : 0)
        guard hour < 24, minute < 60, second < 60 else { return nil }
        return day.adding(seconds: Int64(hour * 3600 + minute * 60 + second))
    }

    /// `1h 30min`, `10 min`, `2days`: seconds, from systemd's unit names.
    private static func span(_ text: String) -> Int64? {
        let units: [(String, Int64)] = [
            ("seconds", 1), ("second", 1), ("sec", 1), ("s", 1), ("minutes", 60), ("minute", 60), ("min", 60), ("m", 60),
            ("hours", 3600), ("hour", 3600), ("hr", 3600), ("h", 3600), ("days", 86_400), ("day", 86_400), ("d", 86_400),
            ("weeks", 604_800), ("week", 604_800), ("w", 604_800),
        ]
        var total: Int64 = 0
        var rest = Substring(text.filter { $0 != " " })
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber }
            guard let count = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let word = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(word.count)
            guard let size = word.isEmpty ? 1 : units.first(where: { $0.0 == word })?.1 else { return nil }
            total += count * size
        }
        return total
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
