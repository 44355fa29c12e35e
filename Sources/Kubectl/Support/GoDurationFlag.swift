/// A flag value parsed as Go's `time.ParseDuration` parses it (`90s`, `1h30m`, `250ms`), with its error texts.
enum GoDurationFlag {
    /// Milliseconds of `text`, or the `time:` error Go gives for it.
    static func milliseconds(_ text: String) -> Result<Int64, DurationError> {
        let units: [(String, Double)] = [("ns", 1e-6), ("us", 1e-3), ("µs", 1e-3), ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        var rest = Substring(text)
        var sign = 1.0
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        if rest == "0" { return .success(0) }
        guard !rest.isEmpty else { return .failure(DurationError("time: invalid duration \"\(text)\"")) }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return .failure(DurationError("time: invalid duration \"\(text)\"")) }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !$0.isNumber && $0 != "." }
            guard !unit.isEmpty else { return .failure(DurationError("time: missing unit in duration \"\(text)\"")) }
            guard let scale = units.first(where: { $0.0 == unit })?.1 else {
                return .failure(DurationError("time: unknown unit \"\(unit)\" in duration \"\(text)\""))
            }
            rest = rest.dropFirst(unit.count)
            total += value * scale
        }
        return .success(Int64((sign * total).rounded()))
    }

    struct DurationError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
