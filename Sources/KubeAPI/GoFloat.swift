/// How Go writes a float64: `strconv.FormatFloat` with the shortest digits that read back the
/// same, in the `%g` form (fmt's `%v`, go-yaml) or the form `encoding/json` picks.
public enum GoFloat {
    /// `strconv.FormatFloat(f, 'g', -1, 64)`: the `%e` form when the exponent is below -4 or at least 6.
    public static func g(_ number: Double) -> String { gForm(number, shortest: "\(abs(number))") }

    /// `strconv.FormatFloat(f, 'g', -1, 32)`: the shortest digits that read back as the same float32.
    public static func g(float32 number: Double) -> String {
        let single = Float(number)
        return gForm(Double(single), shortest: "\(abs(single))")
    }

    /// `json.Marshal` of a float64: fixed notation from 1e-6 up to 1e21, the `%e` form outside
    /// it with a one-digit negative exponent left unpadded (`1e-7`). Infinities and NaN have no
    /// JSON form; they print as `%g` does.
    public static func json(_ number: Double) -> String {
        guard let (negative, digits, point) = decimal(number, shortest: "\(abs(number))") else { return special(number) }
        let magnitude = abs(number)
        guard magnitude < 1e-6 || magnitude >= 1e21 else { return fixed(negative, digits, point) }
        var text = exponential(negative, digits, point - 1)
        if text.dropLast().hasSuffix("e-0") { text.remove(at: text.index(text.endIndex, offsetBy: -2)) }
        return text
    }

    /// The Int64 a float64's JSON text reads back as, when it reads as one (`3.0` is written `3`);
    /// kubectl holds decoded numbers that way.
    public static func jsonInteger(_ number: Double) -> Int? { Int(json(number)) }

    /// The shortest round-trip digits (no leading or trailing zeros) and where the decimal point
    /// goes among them (`0.DIGITS × 10^point`), read from Swift's shortest form of the magnitude;
    /// nil for zero, infinities and NaN.
    private static func decimal(_ number: Double, shortest description: String) -> (negative: Bool, digits: String, point: Int)? {
        guard number.isFinite, number != 0 else { return nil }
        var mantissa = Substring(description)
        var exponent = 0
        if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = description[..<e]
            exponent = Int(description[description.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var point = parts[0].count + exponent
        while digits.hasPrefix("0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (number < 0, digits, point)
    }

    private static func gForm(_ number: Double, shortest: String) -> String {
        guard let (negative, digits, point) = decimal(number, shortest: shortest) else { return special(number) }
        let exponent = point - 1
        return exponent < -4 || exponent >= 6
            ? exponential(negative, digits, exponent) : fixed(negative, digits, point)
    }

    private static func special(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Inf" : "+Inf" }
        return number.sign == .minus ? "-0" : "0"
    }

    /// `d.ddde±XX`, the exponent at least two digits.
    private static func exponential(_ negative: Bool, _ digits: String, _ exponent: Int) -> String {
        var out = negative ? "-" : ""
        out += digits.prefix(1)
        if digits.count > 1 { out += "." + digits.dropFirst() }
        let magnitude = String(abs(exponent))
        return out + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" + magnitude : magnitude)
    }

    private static func fixed(_ negative: Bool, _ digits: String, _ point: Int) -> String {
        let sign = negative ? "-" : ""
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}
