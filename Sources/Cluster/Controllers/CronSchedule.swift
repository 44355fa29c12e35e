import KubeAPI

/// A parsed cron schedule as robfig/cron's `ParseStandard` (which Kubernetes uses) reads it:
/// five fields, `@hourly`-style descriptors, `@every DURATION`, and a `TZ=`/`CRON_TZ=` prefix.
struct CronSchedule: Equatable, Sendable {
    var minutes: UInt64 = 0
    var hours: UInt64 = 0
    var daysOfMonth: UInt64 = 0
    var months: UInt64 = 0
    var daysOfWeek: UInt64 = 0
    /// `@every`: a constant delay in seconds instead of fields.
    var every: Int64?
    /// The zone a `TZ=` prefix named, if any.
    var timeZone: String?

    /// Set on a field written `*` or `?`: day-of-month and day-of-week then combine with AND.
    static let starBit: UInt64 = 1 << 63

    /// A field's bounds and names (`robfig/cron` `bounds`).
    struct Bounds {
        var min: Int, max: Int
        var names: [String: Int] = [:]
    }

    static let minuteBounds = Bounds(min: 0, max: 59)
    static let hourBounds = Bounds(min: 0, max: 23)
    static let dayBounds = Bounds(min: 1, max: 31)
    static let monthBounds = Bounds(
        min: 1, max: 12,
        names: [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
            "nov": 11, "dec": 12,
        ])
    static let weekdayBounds = Bounds(
        min: 0, max: 6,
        names: [
            "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6,
        ])

    static let descriptors: [String: String] = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
        "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]

    /// Parses `text`; the error is robfig/cron's own message.
    static func parse(_ text: String) throws(CronScheduleError) -> CronSchedule {
        guard !text.isEmpty else { throw CronScheduleError("empty spec string") }
        var spec = Substring(text)
        var zone: String?
        if spec.hasPrefix("TZ=") || spec.hasPrefix("CRON_TZ=") {
            guard let space = spec.firstIndex(of: " "), let equals = spec.firstIndex(of: "=") else {
                throw CronScheduleError("missing spec after timezone")
            }
            let name = String(spec[spec.index(after: equals)..<space])
            guard CronTimeZone.offsetSeconds(name) != nil else {
                throw CronScheduleError("provided bad location \(name): unknown time zone \(name)")
            }
            zone = name
            spec = spec[space...].drop { $0 == " " }
        }
        var schedule: CronSchedule
        if spec.hasPrefix("@") {
            schedule = try descriptor(String(spec))
        } else {
            schedule = try fields(String(spec))
        }
        schedule.timeZone = zone
        return schedule
    }

    private static func descriptor(_ spec: String) throws(CronScheduleError) -> CronSchedule {
        if let expanded = descriptors[spec] { return try fields(expanded) }
        if spec.hasPrefix("@every ") {
            let text = String(spec.dropFirst("@every ".count))
            guard let milliseconds = GoDurationParser.milliseconds(text) else {
                throw CronScheduleError("failed to parse duration \(spec): time: invalid duration \"\(text)\"")
            }
            var schedule = CronSchedule()
            schedule.every = max(1, milliseconds / 1000)
            return schedule
        }
        throw CronScheduleError("unrecognized descriptor: \(spec)")
    }

    private static func fields(_ spec: String) throws(CronScheduleError) -> CronSchedule {
        let parts = spec.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard parts.count == 5 else {
            throw CronScheduleError(
                "expected exactly 5 fields, found \(parts.count): [\(parts.joined(separator: " "))]")
        }
        var schedule = CronSchedule()
        schedule.minutes = try field(parts[0], minuteBounds)
        schedule.hours = try field(parts[1], hourBounds)
        schedule.daysOfMonth = try field(parts[2], dayBounds)
        schedule.months = try field(parts[3], monthBounds)
        schedule.daysOfWeek = try field(parts[4], weekdayBounds)
        return schedule
    }

    /// A comma-separated list of ranges as a bit set (`getField`).
    private static func field(_ text: String, _ bounds: Bounds) throws(CronScheduleError) -> UInt64 {
        var bits: UInt64 = 0
        for expr in text.split(separator: ",", omittingEmptySubsequences: false) {
            bits |= try range(String(expr), bounds)
        }
        return bits
    }

    /// One `a`, `a-b`, `*`, `?`, with an optional `/step` (`getRange`).
    private static func range(_ expr: String, _ bounds: Bounds) throws(CronScheduleError) -> UInt64 {
        let rangeAndStep = expr.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let lowAndHigh = rangeAndStep[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var start: Int
        var end: Int
        var step = 1
        var extra: UInt64 = 0
        if lowAndHigh[0] == "*" || lowAndHigh[0] == "?" {
            (start, end, extra) = (bounds.min, bounds.max, starBit)
        } else {
            start = try intOrName(lowAndHigh[0], bounds)
            switch lowAndHigh.count {
            case 1: end = start
            case 2: end = try intOrName(lowAndHigh[1], bounds)
            default: throw CronScheduleError("too many hyphens: \(expr)")
            }
        }
        switch rangeAndStep.count {
        case 1: break
        case 2:
            step = try positiveInt(rangeAndStep[1])
            if lowAndHigh.count == 1 { end = bounds.max }
            if step > 1 { extra = 0 }
        default: throw CronScheduleError("too many slashes: \(expr)")
        }
        if start < bounds.min {
            throw CronScheduleError("beginning of range (\(start)) below minimum (\(bounds.min)): \(expr)")
        }
        if end > bounds.max { throw CronScheduleError("end of range (\(end)) above maximum (\(bounds.max)): \(expr)") }
        if start > end {
            throw CronScheduleError("beginning of range (\(start)) beyond end of range (\(end)): \(expr)")
        }
        if step == 0 { throw CronScheduleError("step of range should be a positive number: \(expr)") }
        var bits: UInt64 = 0
        for value in stride(from: start, through: end, by: step) { bits |= 1 << UInt64(value) }
        return bits | extra
    }

    private static func intOrName(_ text: String, _ bounds: Bounds) throws(CronScheduleError) -> Int {
        if let value = bounds.names[text.lowercased()] { return value }
        return try positiveInt(text)
    }

    private static func positiveInt(_ text: String) throws(CronScheduleError) -> Int {
        guard let value = Int(text) else {
            throw CronScheduleError(
                "failed to parse int from \(text): strconv.Atoi: parsing \"\(text)\": invalid syntax")
        }
        if value < 0 { throw CronScheduleError("negative number (\(value)) not allowed: \(text)") }
        return value
    }
}

/// Why a schedule does not parse, in robfig/cron's words.
struct CronScheduleError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
