import KubeAPI

extension CronSchedule {
    /// The first activation strictly after `time` (`SpecSchedule.Next`), searching at most five
    /// years ahead; nil when the fields can never match (such as February 30th).
    func next(after time: Timestamp, offsetSeconds zoneOffset: Int64) -> Timestamp? {
        if let every {
            // `ConstantDelaySchedule`: whole seconds from `time`.
            return Timestamp(seconds: time.seconds + every)
        }
        let offset = timeZone.flatMap(CronTimeZone.offsetSeconds) ?? zoneOffset
        let local = time.seconds + offset
        var minute = (local >= 0 ? local / 60 : (local - 59) / 60) + 1
        let yearLimit = CivilTime(secondsSinceEpoch: minute * 60).year + 5
        while true {
            let c = CivilTime(secondsSinceEpoch: minute * 60)
            if c.year > yearLimit { return nil }
            let day = Int64(CivilTime.daysFromCivil(year: c.year, month: c.month, day: c.day))
            if months & (1 << UInt64(c.month)) == 0 {
                let (y, m) = c.month == 12 ? (c.year + 1, 1) : (c.year, c.month + 1)
                minute = Int64(CivilTime.daysFromCivil(year: y, month: m, day: 1)) * 1440
            } else if !dayMatches(c) {
                minute = (day + 1) * 1440
            } else if hours & (1 << UInt64(c.hour)) == 0 {
                minute = day * 1440 + Int64(c.hour + 1) * 60
            } else if minutes & (1 << UInt64(c.minute)) == 0 {
                minute += 1
            } else {
                return Timestamp(seconds: minute * 60 - offset)
            }
        }
    }

    /// Day-of-month and day-of-week combine with OR, or AND when either was written `*`.
    private func dayMatches(_ c: CivilTime) -> Bool {
        let dom = daysOfMonth & (1 << UInt64(c.day)) != 0
        let dow = daysOfWeek & (1 << UInt64(c.weekday)) != 0
        if daysOfMonth & Self.starBit != 0 || daysOfWeek & Self.starBit != 0 { return dom && dow }
        return dom || dow
    }
}

/// Go's `time.ParseDuration` for the units schedules and timeouts use (`90s`, `1h30m`, `1.5h`).
public enum GoDurationParser {
    public static func milliseconds(_ text: String) -> Int64? {
        let units: [String: Double] = ["ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000]
        var rest = Substring(text)
        var total = 0.0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { $0.isLetter }
            guard let factor = units[String(unit)] else { return nil }
            rest = rest.dropFirst(unit.count)
            total += value * factor
        }
        return Int64(total.rounded())
    }
}
