import KubeAPI

/// How systemd writes times, durations and sizes (`format_timestamp`, `format_timestamp_relative`,
/// `format_timespan`, `format_bytes` of its time-util and format-util), for the node's UTC clock.
enum SystemdFormat {
    /// `Wed 2025-04-23 00:41:02 UTC`.
    static func timestamp(_ time: Timestamp) -> String { time.cFormat("%a %Y-%m-%d %H:%M:%S %Z") }

    /// `6h ago`, `1 day 6h ago`, `3min 20s ago`: the largest units that matter, as systemctl status shows them.
    static func relative(_ time: Timestamp, now: Timestamp) -> String {
        let difference = now.milliseconds(since: time)
        let suffix = difference >= 0 ? " ago" : " left"
        let d = abs(difference) * 1000  // microseconds
        let second: Int64 = 1_000_000, minute = 60 * second, hour = 60 * minute, day = 24 * hour
        let week = 7 * day, month = 2_629_800 * second, year = 31_557_600 * second
        func unit(_ count: Int64, _ one: String, _ many: String) -> String { "\(count) " + (count == 1 ? one : many) }
        let text: String
        if d >= year {
            text = unit(d / year, "year", "years") + " " + unit(d % year / month, "month", "months")
        } else if d >= month {
            text = unit(d / month, "month", "months") + " " + unit(d % month / day, "day", "days")
        } else if d >= week {
            text = unit(d / week, "week", "weeks") + " " + unit(d % week / day, "day", "days")
        } else if d >= 2 * day {
            text = "\(d / day) days"
        } else if d >= 25 * hour {
            text = "1 day \((d - day) / hour)h"
        } else if d >= 6 * hour {
            text = "\(d / hour)h"
        } else if d >= hour {
            text = "\(d / hour)h \(d % hour / minute)min"
        } else if d >= 5 * minute {
            text = "\(d / minute)min"
        } else if d >= minute {
            text = "\(d / minute)min \(d % minute / second)s"
        } else if d >= second {
            text = "\(d / second)s"
        } else if d >= 1000 {
            text = "\(d / 1000)ms"
        } else if d > 0 {
            text = "\(d)us"
        } else {
            return "now"
        }
        return text + suffix
    }

    /// A duration in milliseconds as `format_timespan` with millisecond accuracy writes it:
    /// `10min 5.123s`, `45ms`, `2h 1min 3s`.
    static func timespan(milliseconds: Int64) -> String {
        guard milliseconds > 0 else { return "0" }
        let units: [(String, Int64)] = [
            ("y", 31_557_600_000), ("month", 2_629_800_000), ("w", 604_800_000), ("d", 86_400_000), ("h", 3_600_000),
            ("min", 60_000), ("s", 1000), ("ms", 1),
        ]
        var parts: [String] = []
        var rest = milliseconds
        for (suffix, size) in units where rest > 0 && rest >= size {
            let whole = rest / size
            let remainder = rest % size
            // Under a minute, seconds carry the milliseconds after a dot.
            if suffix == "s", rest < 60_000, remainder > 0 {
                let fraction = String(remainder)
                parts.append("\(whole)." + String(repeating: "0", count: 3 - fraction.count) + fraction + "s")
                rest = 0
                break
            }
            parts.append("\(whole)\(suffix)")
            rest = remainder
        }
        return parts.joined(separator: " ")
    }

    /// Bytes as `format_bytes` writes them: base 1024, one decimal, `B` only below 1K.
    static func bytes(_ value: Int64) -> String {
        let suffixes = ["E", "P", "T", "G", "M", "K"]
        for (index, suffix) in suffixes.enumerated() {
            let factor = Int64(1) << (10 * (6 - index))
            guard value >= factor else { continue }
            let tenths = value % factor * 10 / factor
            return "\(value / factor).\(tenths)\(suffix)"
        }
        return "\(value)B"
    }
}
