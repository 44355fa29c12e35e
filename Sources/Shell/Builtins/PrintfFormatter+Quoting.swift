/// `%q`, as bash 5.2 quotes (`printf.def`): an argument with a character that does not print
/// in ANSI-C quotes (`ansic_quote`), any other with a backslash before each character the
/// shell would read otherwise (`sh_backslash_quote`), and the empty string as `''`.
extension PrintfFormatter {
    static func quoted(_ text: String) -> String {
        if text.isEmpty { return "''" }
        return DeclareBuiltin.needsANSICQuotes(text) ? DeclareBuiltin.ansiCQuoted(text) : backslashQuoted(text)
    }

    /// The text with a backslash before each character special to the shell (`bstab`), before
    /// a `#` that starts it, and before a `~` that starts it or follows `:` or `=`.
    private static func backslashQuoted(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for c in text.unicodeScalars {
            let special = " \t\n!\"$&'()*,;<>?[\\]^`{|}".unicodeScalars.contains(c)
            let tilde = c == "~" && (previous == nil || previous == ":" || previous == "=")
            if special || (c == "#" && previous == nil) || tilde { result += "\\" }
            result.unicodeScalars.append(c)
            previous = c
        }
        return result
    }
}
