import OrderedCollections
import Foundation
import KubeAPI

/// YAML as kubectl prints it: JSON turned into YAML by go-yaml v2 (2-space indent, sequences
/// level with their key, scalars quoted only when they would read back as something else).
enum YAMLPrinter {
    static func print(_ value: JSONValue) -> String {
        var out = ""
        switch value {
        case .object(let members) where !members.isEmpty: writeMapping(value, indent: 0, into: &out)
        case .array(let items) where !items.isEmpty: writeSequence(value, indent: 0, into: &out)
        default: out = scalar(value, indent: 0) + "\n"
        }
        return out
    }

    private static func writeMapping(_ value: JSONValue, indent: Int, into out: inout String, firstInline: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        for (i, member) in value.object.enumerated() {
            out += (i == 0 && firstInline ? "" : pad) + key(member.key) + ":"
            write(member.value, indent: indent, into: &out)
        }
    }

    private static func writeSequence(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in value.array {
            out += pad + "-"
            switch item {
            case .object(let m) where !m.isEmpty:
                out += " "
                writeMapping(item, indent: indent + 2, into: &out, firstInline: true)
            case .array(let a) where !a.isEmpty:
                out += "\n"
                writeSequence(item, indent: indent + 2, into: &out)
            default:
                out += " " + scalar(item, indent: indent + 2) + "\n"
            }
        }
    }

    /// The value after `key:`; nested collections go on the following lines.
    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let m) where !m.isEmpty:
            out += "\n"
            writeMapping(value, indent: indent + 2, into: &out)
        case .array(let a) where !a.isEmpty:
            out += "\n"
            writeSequence(value, indent: indent, into: &out)
        default:
            out += " "
            // go-yaml folds by the column on the line, which the key before the value has moved on.
            let column = out.utf8.reversed().prefix { $0 != UInt8(ascii: "\n") }.count
            out += scalar(value, indent: indent + 2, column: column) + "\n"
        }
    }

    private static func key(_ text: String) -> String { quoted(text) ?? text }

    static func scalar(_ value: JSONValue, indent: Int, column: Int? = nil) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return JSONPrinter.formatFloat(d)
        case .object: return "{}"
        case .array: return "[]"
        case .string(let s):
            if s.utf8.contains(UInt8(ascii: "\n")) { return literal(s, indent: indent) }
            guard let quoted = quoted(s) else { return fold(s, indent: indent, column: column ?? indent) }
            // go-yaml folds a single-quoted scalar as it folds a plain one (the quotes count as columns).
            return quoted.hasPrefix("'") ? fold(quoted, indent: indent, column: column ?? indent) : quoted
        }
    }

    /// The quoted form a string needs, or nil when it can be written plain.
    static func quoted(_ s: String) -> String? {
        if s.isEmpty || resolvesToNonString(s) { return "\"" + escaping(s, "\"", as: "\\\"") + "\"" }
        let bytes = s.utf8
        let first = bytes.first!
        var needsQuotes =
            (indicators.contains(first) && !(first == UInt8(ascii: "-") && bytes.count > 1 && bytes.dropFirst().first != space))
            || first == space || bytes.last == space || bytes.last == colon
        var previous: UInt8 = 0
        for byte in bytes where !needsQuotes {
            needsQuotes = byte == tab || (previous == colon && byte == space) || (previous == space && byte == hash)
            previous = byte
        }
        return needsQuotes ? "'" + escaping(s, "'", as: "''") + "'" : nil
    }

    /// `s` with every `quote` written as `escape`.
    private static func escaping(_ s: String, _ quote: Character, as escape: String) -> String {
        guard s.contains(quote) else { return s }
        var out = ""
        for character in s { if character == quote { out += escape } else { out.append(character) } }
        return out
    }

    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), colon = UInt8(ascii: ":"), hash = UInt8(ascii: "#")

    /// Plain scalars YAML 1.1 reads as null or a boolean (and the special floats).
    private static let nonStrings: Set<String> = [
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "y", "Y", "yes", "Yes",
        "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", ".inf", ".Inf", ".INF", "-.inf",
        ".nan", ".NaN", ".NAN",
    ]

    /// Strings YAML 1.1 would read as null, a boolean, a number or a timestamp. As go-yaml, only a
    /// scalar that starts with a digit, a sign or a dot is tried as a number.
    static func resolvesToNonString(_ s: String) -> Bool {
        if nonStrings.contains(s) { return true }
        guard let first = s.utf8.first, (48...57).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
        else { return false }
        if Int(s) != nil || Double(s) != nil { return true }
        if s.hasPrefix("0x") || s.hasPrefix("0o") { return true }
        let bytes = Array(s.utf8)
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 })
        {
            return true
        }
        return false
    }

    /// A plain scalar folded at spaces once a line passes 80 columns, as go-yaml does; it starts
    /// at `start` on its first line and at `indent` on the next ones.
    private static func fold(_ s: String, indent: Int, column start: Int) -> String {
        guard s.count > 80 - start, s.contains(" ") else { return s }
        var out = ""
        var column = start
        let pad = String(repeating: " ", count: indent)
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        for (i, word) in words.enumerated() {
            if i > 0 {
                if column > 80 && !word.isEmpty {
                    out += "\n" + pad
                    column = indent
                } else {
                    out += " "
                    column += 1
                }
            }
            out += word
            column += word.count
        }
        return out
    }

    private static func literal(_ s: String, indent: Int) -> String {
        let chomp = s.hasSuffix("\n") ? "|" : "|-"
        let body = s.hasSuffix("\n") ? String(s.dropLast()) : s
        let pad = String(repeating: " ", count: indent)
        return chomp + "\n" + body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
