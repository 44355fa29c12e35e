/// How `declare -p` (and `set`) quote a value so that it reads back the same.
extension DeclareBuiltin {
    /// In double quotes with `"`, `\`, `$` and backquote escaped; with a control character in
    /// it, in bash's `$'...'` instead.
    static func doubleQuoted(_ value: String) -> String {
        if needsANSICQuotes(value) { return ansiCQuoted(value) }
        var escaped = ""
        for c in value.unicodeScalars {
            if c == "\"" || c == "\\" || c == "$" || c == "`" { escaped.unicodeScalars.append("\\") }
            escaped.unicodeScalars.append(c)
        }
        return "\"" + escaped + "\""
    }

    /// `$'...'` as bash's `ansic_quote` writes it: C escapes for the common controls, octal
    /// bytes for the others, `\\` and `\'` escaped, everything else as it is.
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
                guard !prints(c) else {
                    text.unicodeScalars.append(c)
                    continue
                }
                for byte in String(c).utf8 { text += "\\\(byte >> 6)\((byte >> 3) & 7)\(byte & 7)" }
            }
        }
        return text + "'"
    }

    /// Whether bash writes `value` in `$'...'` (`ansic_shouldquote`): it holds a character the
    /// C.UTF-8 locale does not print.
    static func needsANSICQuotes(_ value: String) -> Bool { value.unicodeScalars.contains { !prints($0) } }

    /// Whether the C.UTF-8 locale prints `c` (`isprint`, `iswprint`): not the C0 and C1 controls or DEL.
    private static func prints(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x20..<0x7F).contains(c.value) : !(0x80...0x9F).contains(c.value)
    }
}
