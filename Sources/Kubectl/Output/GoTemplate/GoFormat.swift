import Foundation
import KubeAPI

/// Go's `fmt.Sprint`, `Sprintln` and `Sprintf` over template values, with the verbs, flags and
/// `%!verb(type=value)` complaints that kubectl users meet in `printf`.
///
/// An `.invalid` argument is a nil interface (`<nil>`).
struct GoFormat {
    private var out = ""
    private var flags = Flags()

    private struct Flags {
        var plus = false, minus = false, sharp = false, space = false, zero = false
        var plusV = false, sharpV = false
        var width: Int?
        var precision: Int?
    }

    /// `fmt.Sprint`: operands side by side, a space between two that are not strings.
    static func sprint(_ args: [GoValue]) -> String {
        var format = GoFormat()
        var previousString = false
        for (offset, arg) in args.enumerated() {
            let isString = arg.kind == .string
            if offset > 0, !isString, !previousString { format.out += " " }
            format.printArg(arg, "v")
            previousString = isString
        }
        return format.out
    }

    /// `fmt.Sprintln`: operands separated by spaces, then a newline.
    static func sprintln(_ args: [GoValue]) -> String {
        var format = GoFormat()
        for (offset, arg) in args.enumerated() {
            if offset > 0 { format.out += " " }
            format.printArg(arg, "v")
        }
        return format.out + "\n"
    }

    /// `fmt.Sprintf`.
    static func sprintf(_ text: String, _ args: [GoValue]) -> String {
        var format = GoFormat()
        format.printf(Array(text.unicodeScalars), args)
        return format.out
    }

    private mutating func printf(_ format: [Unicode.Scalar], _ args: [GoValue]) {
        var argNum = 0
        var i = 0
        var goodArgNum = true
        var reordered = false
        /// `[n]` before a width, precision or verb picks the argument (Go's `argNumber`).
        func argumentIndex() {
            guard i < format.count, format[i] == "[" else { return }
            reordered = true
            var j = i + 1
            var value = 0
            var digits = 0
            while j < format.count, format[j] != "]" {
                guard format[j].isASCII, let digit = Int(String(format[j])) else {
                    digits = -1
                    break
                }
                value = value * 10 + digit
                digits += 1
                j += 1
            }
            guard j < format.count, digits > 0, value >= 1, value <= args.count else {
                goodArgNum = false
                while i < format.count, format[i] != "]" { i += 1 }
                if i < format.count { i += 1 }
                return
            }
            argNum = value - 1
            i = j + 1
        }
        let end = format.count
        while i < end {
            while i < end, format[i] != "%" {
                out.unicodeScalars.append(format[i])
                i += 1
            }
            guard i < end else { break }
            i += 1
            flags = Flags()
            goodArgNum = true
            flagLoop: while i < end {
                switch format[i] {
                case "#": flags.sharp = true
                case "0": flags.zero = !flags.minus
                case "+": flags.plus = true
                case "-":
                    flags.minus = true
                    flags.zero = false
                case " ": flags.space = true
                default: break flagLoop
                }
                i += 1
            }
            argumentIndex()
            if i < end, format[i] == "*" {
                i += 1
                if argNum < args.count, let value = args[argNum].intValue {
                    var width = Int(value)
                    if width < 0 {
                        width = -width
                        flags.minus = true
                        flags.zero = false
                    }
                    flags.width = width
                } else {
                    out += "%!(BADWIDTH)"
                }
                argNum += 1
            } else {
                let (number, next) = Self.number(format, i)
                flags.width = number
                i = next
            }
            if i + 1 <= end, i < end, format[i] == "." {
                i += 1
                argumentIndex()
                if i < end, format[i] == "*" {
                    i += 1
                    if argNum < args.count, let value = args[argNum].intValue, value >= 0 {
                        flags.precision = Int(value)
                    } else {
                        out += "%!(BADPREC)"
                    }
                    argNum += 1
                } else {
                    let (number, next) = Self.number(format, i)
                    flags.precision = number ?? 0
                    i = next
                }
            }
            argumentIndex()
            guard i < end else {
                out += "%!(NOVERB)"
                break
            }
            let verb = format[i]
            i += 1
            if verb == "%" {
                out += "%"
                continue
            }
            guard goodArgNum else {
                out += "%!\(Character(verb))(BADINDEX)"
                continue
            }
            guard argNum < args.count else {
                out += "%!\(Character(verb))(MISSING)"
                continue
            }
            if verb == "v" {
                flags.sharpV = flags.sharp
                flags.sharp = false
                flags.plusV = flags.plus
                flags.plus = false
            }
            printArg(args[argNum], verb)
            argNum += 1
        }
        if !reordered, argNum < args.count {
            flags = Flags()
            out += "%!(EXTRA "
            for (offset, arg) in args[argNum...].enumerated() {
                if offset > 0 { out += ", " }
                if case .invalid = arg {
                    out += "<nil>"
                } else {
                    out += arg.typeName + "="
                    printArg(arg, "v")
                }
            }
            out += ")"
        }
    }

    private static func number(_ format: [Unicode.Scalar], _ start: Int) -> (Int?, Int) {
        var i = start
        var value = 0
        while i < format.count, let digit = Int(String(format[i])), format[i].isASCII {
            value = value * 10 + digit
            if value > 1_000_000 { return (nil, i) }
            i += 1
        }
        return i == start ? (nil, i) : (value, i)
    }

    // MARK: Values

    private mutating func printArg(_ arg: GoValue, _ verb: Unicode.Scalar) {
        guard let value = arg.concrete else {
            switch verb {
            case "T", "v": pad("<nil>")
            default: badVerb(arg, verb)
            }
            return
        }
        if verb == "T" {
            pad(value.typeName)
            return
        }
        printValue(value, verb, depth: 0)
    }

    private mutating func printValue(_ value: GoValue, _ verb: Unicode.Scalar, depth: Int) {
        switch value {
        case .invalid:
            if depth == 0 { out += "<invalid reflect.Value>" } else { pad("<nil>") }
        case .element(let inner):
            if inner == .null { pad("<nil>") } else { printValue(.json(inner), verb, depth: depth + 1) }
        case .int(let number): integer(Int64(number), signed: true, verb: verb, value: value)
        case .byte(let number): integer(Int64(number), signed: false, verb: verb, value: value)
        case .json(let json):
            switch json {
            case .null: pad("<nil>")
            case .bool(let flag):
                if verb == "t" || verb == "v" { pad(flag ? "true" : "false") } else { badVerb(value, verb) }
            case .int(let number): integer(Int64(number), signed: true, verb: verb, value: value)
            case .double(let number): float(number, verb: verb, value: value)
            case .string(let text): string(text, verb: verb, value: value)
            case .array(let items):
                if flags.sharpV {
                    out += GoValueFormat.syntax(json)
                    return
                }
                out += "["
                for (offset, item) in items.enumerated() {
                    if offset > 0 { out += " " }
                    printValue(.element(item), verb, depth: depth + 1)
                }
                out += "]"
            case .object(let members):
                if flags.sharpV {
                    out += GoValueFormat.syntax(json)
                    return
                }
                out += "map["
                let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                for (offset, member) in sorted.enumerated() {
                    if offset > 0 { out += " " }
                    printValue(.json(.string(member.key)), verb, depth: depth + 1)
                    out += ":"
                    printValue(.element(member.value), verb, depth: depth + 1)
                }
                out += "]"
            }
        }
    }

    private mutating func badVerb(_ value: GoValue, _ verb: Unicode.Scalar) {
        out += "%!" + String(Character(verb)) + "("
        if let concrete = value.concrete {
            out += concrete.typeName + "="
            printValue(concrete, "v", depth: 0)
        } else {
            out += "<nil>"
        }
        out += ")"
    }

    // MARK: Kinds

    private mutating func integer(_ number: Int64, signed: Bool, verb: Unicode.Scalar, value: GoValue) {
        switch verb {
        case "v", "d": digits(number, base: 10, verb: verb)
        case "b": digits(number, base: 2, verb: verb)
        case "o", "O": digits(number, base: 8, verb: verb)
        case "x", "X": digits(number, base: 16, verb: verb)
        case "c": pad(String(Character(Unicode.Scalar(UInt32(truncatingIfNeeded: number)) ?? "\u{FFFD}")))
        case "q":
            let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: number)) ?? "\u{FFFD}"
            let quoted = GoValueFormat.quote(String(Character(scalar)))
            pad(scalar == "'" ? "'\\''" : "'" + quoted.dropFirst().dropLast().replacingOccurrences(of: "\\\"", with: "\"") + "'")
        case "U":
            var hex = String(UInt64(bitPattern: number), radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            pad("U+" + hex)
        default: badVerb(value, verb)
        }
    }

    private mutating func digits(_ number: Int64, base: Int, verb: Unicode.Scalar) {
        let negative = number < 0
        var body = String(number.magnitude, radix: base, uppercase: verb == "X")
        if let precision = flags.precision {
            if precision == 0, number == 0 {
                body = ""
            }
            while body.count < precision { body = "0" + body }
        } else if flags.zero, let width = flags.width, !flags.minus {
            var room = width
            if negative || flags.plus || flags.space { room -= 1 }
            if flags.sharp, base == 16 || base == 2 { room -= 2 }
            while body.count < room { body = "0" + body }
        }
        var prefix = ""
        if flags.sharp {
            switch base {
            case 2: prefix = "0b"
            case 8: if !body.hasPrefix("0") { prefix = "0" }
            case 16: prefix = verb == "X" ? "0X" : "0x"
            default: break
            }
        }
        if verb == "O" { prefix = "0o" }
        let sign = negative ? "-" : flags.plus ? "+" : flags.space ? " " : ""
        padSpaces(sign + prefix + body)
    }

    private mutating func float(_ number: Double, verb: Unicode.Scalar, value: GoValue) {
        var text: String
        switch verb {
        case "v", "g", "G":
            if let precision = flags.precision {
                text = String(format: "%.\(precision)\(verb == "G" ? "G" : "g")", number)
            } else {
                text = GoValueFormat.float(number)
                if verb == "G" { text = text.uppercased() }
            }
        case "e", "E", "f", "F":
            let precision = flags.precision ?? 6
            let c = verb == "F" ? "f" : String(Character(verb))
            text = String(format: "%.\(precision)\(c)", number)
        default:
            badVerb(value, verb)
            return
        }
        if number.isInfinite || number.isNaN {
            text = number.isNaN ? "NaN" : number < 0 ? "-Inf" : "+Inf"
            if number > 0, !flags.plus { text = flags.space ? " Inf" : "+Inf" }
            flags.zero = false
        }
        if flags.plus, !text.hasPrefix("-"), !text.hasPrefix("+") {
            text = "+" + text
        } else if flags.space, !text.hasPrefix("-"), !text.hasPrefix("+") {
            text = " " + text
        }
        if flags.zero, !flags.minus, let width = flags.width, text.count < width {
            let signed = text.hasPrefix("-") || text.hasPrefix("+") || text.hasPrefix(" ")
            let sign = signed ? String(text.prefix(1)) : ""
            var body = signed ? String(text.dropFirst()) : text
            while body.count + sign.count < width { body = "0" + body }
            out += sign + body
            return
        }
        padSpaces(text)
    }

    private mutating func string(_ text: String, verb: Unicode.Scalar, value: GoValue) {
        switch verb {
        case "v":
            if flags.sharpV { pad(GoValueFormat.quote(text)) } else { pad(truncated(text)) }
        case "s": pad(truncated(text))
        case "q":
            let body = truncated(text)
            if flags.sharp, !body.contains("`"), !body.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
                pad("`" + body + "`")
            } else if flags.plus {
                pad(Self.quoteASCII(body))
            } else {
                pad(GoValueFormat.quote(body))
            }
        case "x", "X":
            let bytes = Array(truncated(text).utf8)
            var pieces: [String] = []
            for byte in bytes {
                var hex = String(byte, radix: 16, uppercase: verb == "X")
                if hex.count < 2 { hex = "0" + hex }
                if flags.sharp, flags.space || pieces.isEmpty { hex = (verb == "X" ? "0X" : "0x") + hex }
                pieces.append(hex)
            }
            pad(pieces.joined(separator: flags.space ? " " : ""))
        default: badVerb(value, verb)
        }
    }

    /// `strconv.QuoteToASCII`: `%+q`.
    private static func quoteASCII(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out += GoValueFormat.quote(String(scalar)).dropFirst().dropLast()
            } else if scalar.value <= 0xFFFF {
                out += "\\u" + String(String(scalar.value, radix: 16).reversed()).padding(toLength: 4, withPad: "0", startingAt: 0).reversed()
            } else {
                out += "\\U" + String(String(scalar.value, radix: 16).reversed()).padding(toLength: 8, withPad: "0", startingAt: 0).reversed()
            }
        }
        return "\"" + out + "\""
    }

    private func truncated(_ text: String) -> String {
        guard let precision = flags.precision else { return text }
        return String(text.unicodeScalars.prefix(precision).map(Character.init))
    }

    /// Pads to the width as Go's `fmt` does: spaces (or zeros with `0`), left or right.
    private mutating func pad(_ text: String) {
        guard let width = flags.width else {
            out += text
            return
        }
        let count = text.unicodeScalars.count
        guard count < width else {
            out += text
            return
        }
        let filler = String(repeating: flags.zero && !flags.minus ? "0" : " ", count: width - count)
        out += flags.minus ? text + filler : filler + text
    }

    private mutating func padSpaces(_ text: String) {
        let zero = flags.zero
        flags.zero = false
        pad(text)
        flags.zero = zero
    }
}
