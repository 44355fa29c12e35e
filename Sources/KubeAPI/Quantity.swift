/// A resource quantity (`100m`, `1Gi`, `2e3`) with apimachinery's parsing and canonical printing.
///
/// The value is `mantissa × 10^scale`, exact, rounded up to nano precision as the apiserver rounds.
/// `description` is Go's `Quantity.String()`: the text as written when it is already canonical,
/// else the canonical form in the quantity's own format (`1024Mi` → `1Gi`, `0.5` → `500m`,
/// `1000` → `1k`). Values beyond 64-bit precision are not supported (`init` returns nil).
/// Equality compares representations (`1Gi` differs from `1024Mi`); compare `milliValue` for amounts.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// How a quantity prints: binary suffixes (`Ki`), decimal suffixes (`k`, `m`), or `e` exponents.
    public enum Format: Sendable, Hashable {
        case binarySI, decimalSI, decimalExponent
    }

    public private(set) var mantissa: Int64
    public private(set) var scale: Int
    public private(set) var format: Format
    /// The text as written, kept when Go would keep it (already canonical).
    private var cached: String?

    /// Parses a quantity as `resource.ParseQuantity` does; nil when malformed or out of range.
    public init?(_ text: String) {
        guard let parts = QuantityText(text), let suffix = Self.suffix(parts.suffix) else { return nil }
        format = suffix.format
        cached = nil
        let digits = parts.integer + parts.fraction
        if suffix.base == 10 || (suffix.exponent >= 0 && parts.fraction.isEmpty) {
            // The fast path of ParseQuantity: an int64 mantissa.
            let precision =
                suffix.base == 10
                ? 18 - digits.count
                : 15 - parts.integer.count - Int(Float(suffix.exponent) * 3 / 10) - 1
            let exactScale = suffix.base == 10 ? suffix.exponent - parts.fraction.count : 0
            if precision >= 0, exactScale >= -9, let value = Int64(digits) {
                let factor: Int64 = suffix.base == 10 ? 1 : 1 << suffix.exponent
                let (product, overflow) = value.multipliedReportingOverflow(by: factor)
                guard !overflow else { return nil }
                mantissa = parts.negative ? -product : product
                scale = exactScale
                if suffix.base == 2
                    ? value & 0x07 != 0 : exactScale % 3 == 0 && !digits.hasSuffix("000") && digits.first != "0"
                {
                    cached = text
                }
                return
            }
        }
        // The slow path: exact arithmetic, then round up (away from zero) to nano precision.
        guard var value = Int64(digits) else { return nil }
        var exactScale = -parts.fraction.count
        if suffix.base == 10 {
            exactScale += suffix.exponent
        } else {
            guard suffix.exponent >= 0 else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 1 << suffix.exponent)
            guard !overflow else { return nil }
            value = product
        }
        while exactScale < 0 && value != 0 && value % 10 == 0 {
            value /= 10
            exactScale += 1
        }
        if exactScale < -9 {
            var divisor: Int64 = 1
            for _ in 0..<(-9 - exactScale) {
                let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
                if overflow {
                    divisor = 0
                    break
                }
                divisor = next
            }
            value = divisor == 0 ? (value == 0 ? 0 : 1) : (value + divisor - 1) / divisor
            exactScale = -9
        }
        mantissa = parts.negative ? -value : value
        scale = exactScale
        if format == .binarySI && !parts.negative && value > 0 && exactScale < 0 && Self.isBelowOne(value, exactScale) {
            format = .decimalSI
        }
    }

    /// The quantity `mantissa × 10^scale`, printed in `format` (the result of arithmetic).
    public init(mantissa: Int64, scale: Int, format: Format) {
        self.mantissa = mantissa
        self.scale = scale
        self.format = format
        cached = nil
    }

    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
    /// The suffixes of exponents -9, -6 ... 18.
    private static let decimalSuffixes = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]

    /// Whether Go's parsed value keeps the text it came from (its `s` field): only text that is
    /// already canonical, and among binary amounts only those not a multiple of 8 units.
    public var keepsText: Bool { cached != nil }

    /// Go's `Quantity.String()`.
    public var description: String {
        if let cached { return cached }
        if mantissa == 0 { return "0" }
        if format == .binarySI, let whole = integerValue, whole <= -1024 || whole >= 1024 {
            var amount = whole
            var exponent = 0
            while amount % 1024 == 0 && exponent < 6 {
                amount /= 1024
                exponent += 1
            }
            return "\(amount)" + Self.binarySuffixes[exponent]
        }
        // DecimalSI (also BinarySI values below 1024 or with fractions) and DecimalExponent.
        var amount = mantissa
        var exponent = scale
        while amount % 10 == 0 {
            amount /= 10
            exponent += 1
        }
        let remainder = ((exponent % 3) + 3) % 3
        for _ in 0..<remainder {
            amount = amount &* 10
            exponent -= 1
        }
        if format == .decimalExponent { return exponent == 0 ? "\(amount)" : "\(amount)e\(exponent)" }
        let decimal = exponent % 3 == 0 && (-9...18).contains(exponent)
        return "\(amount)" + (decimal ? Self.decimalSuffixes[exponent / 3 + 3] : "e\(exponent)")
    }

    /// The canonical form of `text`, or `text` itself when it does not parse.
    public static func canonical(_ text: String) -> String { Quantity(text)?.description ?? text }

    /// The value as a whole number when it is one exactly (`AsScale(0)`).
    public var integerValue: Int64? {
        if scale >= 0 {
            var value = mantissa
            for _ in 0..<scale {
                let (next, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = next
            }
            return value
        }
        var divisor: Int64 = 1
        for _ in 0..<(-scale) { divisor *= 10 }
        return mantissa % divisor == 0 ? mantissa / divisor : nil
    }

    /// The value in thousandths, rounded up (Go's `MilliValue`: `250m` → 250, `1` → 1000).
    public var milliValue: Int64 { scaledValue(-3) }

    /// The value in whole units, rounded up (Go's `Value`: `1Ki` → 1024, `500m` → 1).
    public var value: Int64 { scaledValue(0) }

    /// The value in units of 10^`target`, rounded up away from zero.
    public func scaledValue(_ target: Int) -> Int64 {
        if scale >= target {
            var value = mantissa
            for _ in 0..<(scale - target) { value = value.multipliedReportingOverflow(by: 10).partialValue }
            return value
        }
        var divisor: Int64 = 1
        for _ in 0..<(target - scale) { divisor = divisor.multipliedReportingOverflow(by: 10).partialValue }
        let quotient = mantissa / divisor
        return mantissa % divisor == 0 ? quotient : quotient + (mantissa > 0 ? 1 : -1)
    }

    private static func isBelowOne(_ value: Int64, _ scale: Int) -> Bool {
        var limit: Int64 = 1
        for _ in 0..<(-scale) {
            let (next, overflow) = limit.multipliedReportingOverflow(by: 10)
            if overflow { return true }
            limit = next
        }
        return value < limit
    }

    /// `quantitySuffixer.interpret`: the base, exponent and format a suffix stands for.
    private static func suffix(_ text: String) -> (base: Int, exponent: Int, format: Format)? {
        switch text {
        case "n": return (10, -9, .decimalSI)
        case "u": return (10, -6, .decimalSI)
        case "m": return (10, -3, .decimalSI)
        case "": return (10, 0, .decimalSI)
        case "k": return (10, 3, .decimalSI)
        case "M": return (10, 6, .decimalSI)
        case "G": return (10, 9, .decimalSI)
        case "T": return (10, 12, .decimalSI)
        case "P": return (10, 15, .decimalSI)
        case "E": return (10, 18, .decimalSI)
        case "Ki": return (2, 10, .binarySI)
        case "Mi": return (2, 20, .binarySI)
        case "Gi": return (2, 30, .binarySI)
        case "Ti": return (2, 40, .binarySI)
        case "Pi": return (2, 50, .binarySI)
        case "Ei": return (2, 60, .binarySI)
        default: break
        }
        if text.count > 1, let first = text.first, first == "e" || first == "E", let exponent = Int(text.dropFirst()) {
            return (10, exponent, .decimalExponent)
        }
        return nil
    }
}

/// The parts of a quantity's text (`parseQuantityString`): sign, digits around the point, suffix.
private struct QuantityText {
    var negative = false
    /// Integer digits without leading zeros (`"0"` when there are none).
    var integer = ""
    var fraction = ""
    var suffix = ""

    /// Read byte by byte: every character that matters is ASCII.
    init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        } else if bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        while bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() }
        let integerDigits = bytes.prefix(while: Self.isDigit)
        integer = integerDigits.isEmpty ? "0" : String(Substring(integerDigits))
        bytes = bytes[integerDigits.endIndex...]
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let fractionDigits = bytes.prefix(while: Self.isDigit)
            fraction = String(Substring(fractionDigits))
            bytes = bytes[fractionDigits.endIndex...]
        }
        var rest = bytes.drop(while: { "eEinumkKMGTP".utf8.contains($0) })
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        guard rest.allSatisfy(Self.isDigit) else { return nil }
        suffix = String(Substring(bytes))
        guard !text.isEmpty, text != "-", text != "+" else { return nil }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
