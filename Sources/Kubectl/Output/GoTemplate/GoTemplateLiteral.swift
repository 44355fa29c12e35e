import Foundation
import KubeAPI

/// Go's reading of template literals: quoted and raw strings, characters and numbers
/// (`strconv.Unquote`, `ParseInt`/`ParseFloat` with base prefixes).
enum GoTemplateLiteral {
    /// The text of a `"..."` or `` `...` `` literal; nil when Go reports invalid syntax.
    static func unquote(_ literal: String) -> String? {
        if literal.hasPrefix("`") {
            guard literal.count >= 2, literal.hasSuffix("`") else { return nil }
            return String(literal.dropFirst().dropLast()).replacingOccurrences(of: "\r", with: "")
        }
        return GoUnquote.unquote(literal)
    }

    struct Failure: Error { var message: String }

    /// A number, character or (unsupported) complex literal as the parser's `NumberNode`.
    static func number(
        _ text: String, kind: GoTemplateLexer.Token.Kind, pos: Int
    ) throws(Failure) -> GoTemplateNode.Number {
        var number = GoTemplateNode.Number(pos: pos, text: text)
        if kind == .charConstant {
            guard let value = GoUnquote.unquote(text), value.unicodeScalars.count == 1, let rune = value.unicodeScalars.first
            else { throw Failure(message: "malformed character constant: \(text)") }
            number.int = Int64(rune.value)
            number.float = Double(rune.value)
            number.isChar = true
            return number
        }
        if kind == .complex || text.hasSuffix("i") {
            throw Failure(message: "illegal number syntax: \(GoValueFormat.quote(text))")
        }
        if let value = integer(text) {
            number.int = value
            number.float = Double(value)
            return number
        }
        let plain = text.replacingOccurrences(of: "_", with: "")
        if let unsigned = UInt64(plain.hasPrefix("+") ? String(plain.dropFirst()) : plain) {
            // Fits uint64 only: parses, but running it overflows int.
            number.float = Double(unsigned)
            number.isUnsigned = true
            return number
        }
        guard let value = Double(plain), value.isFinite, !plain.isEmpty else {
            throw Failure(message: "illegal number syntax: \(GoValueFormat.quote(text))")
        }
        if !text.contains(where: { ".eEpP".contains($0) }) {
            throw Failure(message: "integer overflow: \(GoValueFormat.quote(text))")
        }
        number.float = value
        if value.rounded() == value, abs(value) < 9.2e18 { number.int = Int64(value) }
        return number
    }

    /// `strconv.ParseInt(text, 0, 64)`.
    static func integer(_ text: String) -> Int64? {
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("+") || rest.hasPrefix("-") {
            negative = rest.hasPrefix("-")
            rest = rest.dropFirst()
        }
        var radix = 10
        let lower = rest.lowercased()
        if lower.hasPrefix("0x") {
            radix = 16
            rest = rest.dropFirst(2)
        } else if lower.hasPrefix("0o") {
            radix = 8
            rest = rest.dropFirst(2)
        } else if lower.hasPrefix("0b") {
            radix = 2
            rest = rest.dropFirst(2)
        } else if rest.count > 1, rest.hasPrefix("0") {
            radix = 8
            rest = rest.dropFirst()
        }
        let digits = rest.replacingOccurrences(of: "_", with: "")
        guard !digits.isEmpty, let magnitude = UInt64(digits, radix: radix) else { return nil }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// What a number literal evaluates to: Go's `idealConstant` (an `int`, or a `float64` when
    /// written with a point or exponent).
    static func value(_ number: GoTemplateNode.Number) -> GoValue? {
        let lower = number.text.lowercased()
        let hexInt = lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x")
        if number.isUnsigned { return nil }
        if let float = number.float, !number.isChar, !(hexInt && !lower.contains("p")),
            number.text.contains(where: { ".eEpP".contains($0) })
        {
            return .json(.double(float))
        }
        if let int = number.int { return .int(Int(int)) }
        return nil
    }
}
