#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `printf` run: walks the format, consuming arguments, into output bytes.
struct PrintfFormatter {
    let format: [Unicode.Scalar]
    var arguments: ArraySlice<String>
    var output: [UInt8] = []
    var errors: [String] = []
    var status: Int32 = 0

    init(format: [Unicode.Scalar], arguments: [String]) {
        self.format = format
        self.arguments = arguments[...]
    }

    mutating func run() {
        repeat {
            let before = arguments.count
            guard pass() else { return }
            if arguments.count == before { return }
        } while !arguments.isEmpty
    }

    /// One pass over the format; false when output must stop (`\c` in `%b`, a bad conversion).
    private mutating func pass() -> Bool {
        var index = 0
        var literal: [Unicode.Scalar] = []
        func flushLiteral() {
            output += Array(EscapeSequences.decode(literal, dialect: .printfFormat).text.utf8)
            literal = []
        }
        while index < format.count {
            let c = format[index]
            if c == "\\", index + 1 < format.count {
                literal += [c, format[index + 1]]
                index += 2
                continue
            }
            guard c == "%" else {
                literal.append(c)
                index += 1
                continue
            }
            flushLiteral()
            index += 1
            guard index < format.count else {
                output.append(37)
                break
            }
            if format[index] == "%" {
                output.append(37)
                index += 1
                continue
            }
            var flags = ""
            while index < format.count, "-+ #0".unicodeScalars.contains(format[index]) {
                flags.unicodeScalars.append(format[index])
                index += 1
            }
            let width = number(&index)
            var precision: Int?
            if index < format.count, format[index] == "." {
                index += 1
                precision = number(&index) ?? 0
            }
            while index < format.count, "hlLjzt".unicodeScalars.contains(format[index]) { index += 1 }
            guard index < format.count else {
                errors.append(missingConversion)
                status = 1
                return false
            }
            let conversion = format[index]
            index += 1
            guard convert(conversion, flags: flags, width: width, precision: precision) else { return false }
        }
        flushLiteral()
        return true
    }

    /// A width or precision: digits, or `*` taken from the arguments. Its size stops at the
    /// output limit, which would cut what it pads anyway.
    private mutating func number(_ index: inout Int) -> Int? {
        let limit = ShellLimits.outputBytes
        if index < format.count, format[index] == "*" {
            index += 1
            return Int(max(-Int64(limit), min(Int64(limit), integer(next()))))
        }
        var digits = ""
        while index < format.count, ("0"..."9").contains(format[index]) {
            digits.unicodeScalars.append(format[index])
            index += 1
        }
        return Int(digits).map { min($0, limit) }
    }

    private mutating func next() -> String? {
        arguments.popFirst()
    }

    private mutating func convert(_ conversion: Unicode.Scalar, flags: String, width: Int?, precision: Int?) -> Bool {
        let spec = "%" + flags + (width.map(String.init) ?? "") + (precision.map { ".\($0)" } ?? "")
        switch conversion {
        case "s", "b", "q", "c":
            var bytes: [UInt8]
            switch conversion {
            case "b":
                let decoded = EscapeSequences.decode((next() ?? "").unicodeScalars, dialect: .echo)
                bytes = Array(decoded.text.utf8)
                if decoded.stopped {
                    output += pad(bytes, flags: flags, width: width)
                    return false
                }
            case "q": bytes = Array(Self.quoted(next() ?? "").utf8)
            case "c": bytes = Array((next() ?? "").first.map(String.init).map { Array($0.utf8) } ?? [])
            default: bytes = Array((next() ?? "").utf8)
            }
            if let precision, conversion != "c" { bytes = Array(bytes.prefix(precision)) }
            output += pad(bytes, flags: flags, width: width)
        case "d", "i":
            output += Array(Self.cFormat(spec + "lld", integer(next())).utf8)
        case "u", "o", "x", "X":
            output += Array(Self.cFormat(spec + "ll" + String(conversion), integer(next())).utf8)
        case "f", "F", "e", "E", "g", "G", "a", "A":
            output += Array(Self.cFormat(spec + String(conversion), floating(next())).utf8)
        default:
            errors.append(invalidCharacter(conversion))
            status = 1
            return false
        }
        return true
    }

    /// Pads to `width`: on the left, or on the right with `-` or a negative width (from `*`).
    private func pad(_ bytes: [UInt8], flags: String, width: Int?) -> [UInt8] {
        guard let width, bytes.count < abs(width) else { return bytes }
        let padding = [UInt8](repeating: 32, count: abs(width) - bytes.count)
        return flags.contains("-") || width < 0 ? bytes + padding : padding + bytes
    }

    /// An integer argument as printf reads it: decimal, `0x` hex, `0` octal or `'c` for a character code.
    private mutating func integer(_ argument: String?) -> Int64 {
        guard let argument, !argument.isEmpty else { return 0 }
        if argument.hasPrefix("'") || argument.hasPrefix("\"") {
            return Int64(argument.unicodeScalars.dropFirst().first?.value ?? 0)
        }
        let text = argument.trimmingBlanks
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits.removeFirst()
        }
        var radix: Int64 = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0") && digits.count > 1 {
            radix = 8
        }
        var value: Int64 = 0
        var consumed = 0
        var overflow = false
        for c in digits {
            guard let digit = c.hexDigitValue, Int64(digit) < radix else { break }
            let (product, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = product.addingReportingOverflow(Int64(digit))
            if o1 || o2 { overflow = true }
            value = overflow ? Int64.max : sum
            consumed += 1
        }
        if consumed == 0 || consumed < digits.count {
            errors.append(invalidNumber(argument))
            status = 1
        } else if overflow {
            errors.append(outOfRange(argument))
        }
        return negative ? (overflow ? Int64.min : -value) : value
    }

    private mutating func floating(_ argument: String?) -> Double {
        guard let argument, !argument.isEmpty else { return 0 }
        if let value = Double(argument.trimmingBlanks) { return value }
        errors.append(invalidNumber(argument))
        status = 1
        return Double(argument.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) ?? 0
    }

    /// Formats one value with the C library's `printf`, as bash itself does.
    static func cFormat(_ spec: String, _ value: any CVarArg) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        guard count >= 0 else { return "" }
        if Int(count) >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(count) + 1)
            _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, spec, $0) }
        }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

private let missingConversion = "bash: printf: missing format character\n"
private func invalidNumber(_ text: String) -> String { "bash: printf: \(text): invalid number\n" }
private func outOfRange(_ text: String) -> String { "bash: printf: warning: \(text): Numerical result out of range\n" }
private func invalidCharacter(_ c: Unicode.Scalar) -> String { "bash: printf: `\(c)': invalid format character\n" }
