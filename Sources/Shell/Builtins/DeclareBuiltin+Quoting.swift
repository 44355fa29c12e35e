/// How `declare -p` (and `set`) quote a value so that it reads back the same.
extension DeclareBuiltin {
    /// In double quotes with `"`, `\`, `$` and backquote escaped; with a control character in
    /// it, in bash's `$'...'` instead.
    static func doubleQuoted(_ value: String) -> String {
        if value.unicodeScalars.contains(where: isControl) { return ansiCQuoted(value) }
        var escaped = ""
        for c in value.unicodeScalars {
            if c == "\"" || c == "\\" || c == "$" || c == "`" { escaped.unicodeScalars.append("\\") }
            escaped.unicodeScalars.append(c)
        }
        return "\"" + escaped + "\""
    }

    /// `$'...'` as bash's `ansic_quote` writes it: C escapes for the common controls, octal
    /// for the others, `\\` and `\'` escaped, everything else as it is.
    static func ansiCQuoted(_ value: String) -> String {
        var text = "$'"
        for c in value.unicodeScalars {
            switch c {
            case "\u{07}": text += "\\a"
            case "\u{08}": text += "\\b"
            case "\u{1B}": text += "\\E"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{0B}": text += "\\v"
            case "\\", "'": text += "\\" + String(c)
            default:
                guard isControl(c) else {
                    text.unicodeScalars.append(c)
                    continue
                }
                let octal = String(c.value, radix: 8)
                text += "\\" + String(repeating: "0", count: max(0, 3 - octal.count)) + octal
            }
        }
        return text + "'"
    }

    private static func isControl(_ c: Unicode.Scalar) -> Bool { c.value < 0x20 || c.value == 0x7F }
}
