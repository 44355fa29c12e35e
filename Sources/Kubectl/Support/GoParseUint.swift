import KubeAPI

/// Go's `strconv.ParseUint(text, 10, bits)`: decimal digits only, refused at the first character
/// that is not one or as soon as the value passes the largest of `bits` bits.
enum GoParseUint {
    static func parse(_ text: String, bits: Int) -> Result<UInt64, ProblemText> {
        let limit: UInt64 = bits >= 64 ? .max : (1 << UInt64(bits)) - 1
        guard !text.isEmpty else { return .failure(failure(text, "invalid syntax")) }
        var value: UInt64 = 0
        for character in text {
            guard let digit = character.wholeNumberValue, character.isASCII else { return .failure(failure(text, "invalid syntax")) }
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times.addingReportingOverflow(UInt64(digit))
            guard !overflowed, !carried, sum <= limit else { return .failure(failure(text, "value out of range")) }
            value = sum
        }
        return .success(value)
    }

    /// The error's text, `strconv.ParseUint: parsing "TEXT": PROBLEM`.
    struct ProblemText: Error {
        var message: String
    }

    private static func failure(_ text: String, _ problem: String) -> ProblemText {
        ProblemText(message: "strconv.ParseUint: parsing \(GoSyntax.quoted(text)): \(problem)")
    }
}
