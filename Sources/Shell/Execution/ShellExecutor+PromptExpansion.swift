/// `${NAME@P}`: the value decoded as bash decodes a prompt string (`decode_prompt_string` in
/// `parse.y`), then, as `promptvars` is on, expanded as inside double quotes.
extension ShellExecutor {
    func promptExpanded(_ value: String) throws(ExpansionError) -> String {
        let decoded = decodedPrompt(value)
        var lexer = ShellLexer(decoded)
        guard let parts = try? lexer.readQuoted(terminator: nil) else { return decoded }
        return try expandedText(parts)
    }

    /// The backslash escapes of a prompt: who and where (`\u`, `\h`, `\H`, `\w`, `\W`, `\$`,
    /// `\s`), when (`\d`, `\t`, `\T`, `\@`, `\A`, `\D{FORMAT}`, on the virtual clock),
    /// characters (`\n`, `\r`, `\a`, `\e`, `\\`, `\NNN` in octal), and `\[`/`\]`, readline's
    /// markers, as the bytes 1 and 2 at the prompt (nothing in a script). An unknown escape
    /// stays as written.
    private func decodedPrompt(_ value: String) -> String {
        let now = session.filesystem.clock()
        let editsLines = session.depth == 1 && session.scriptName == nil
        var output = ""
        var scalars = Substring(value).unicodeScalars[...]
        while let c = scalars.popFirst() {
            guard c == "\\", let e = scalars.popFirst() else {
                output.unicodeScalars.append(c)
                continue
            }
            switch e {
            case "u": output += session.user
            case "h": output += String(session.hostname.prefix { $0 != "." })
            case "H": output += session.hostname
            case "w": output += session.displayPath(session.cwd)
            case "W":
                output += session.cwd == session.home ? "~" : String(session.cwd.split(separator: "/").last ?? "/")
            case "$": output += session.user == "root" ? "#" : "$"
            case "s": output += String(session.commandName.split(separator: "/").last ?? "bash")
            case "d": output += DateCommand.format("%a %b %d", now)
            case "t": output += DateCommand.format("%H:%M:%S", now)
            case "T": output += DateCommand.format("%I:%M:%S", now)
            case "@": output += DateCommand.format("%I:%M %p", now)
            case "A": output += DateCommand.format("%H:%M", now)
            case "D" where scalars.first == "{":
                let format = scalars.dropFirst().prefix { $0 != "}" }
                guard scalars.dropFirst(format.count + 1).first == "}" else {
                    output += "\\D"
                    continue
                }
                scalars = scalars.dropFirst(format.count + 2)
                output += DateCommand.format(format.isEmpty ? "%X" : String(String.UnicodeScalarView(format)), now)
            case "n": output += "\n"
            case "r": output += "\r"
            case "a": output += "\u{7}"
            case "e": output += "\u{1B}"
            // readline's markers, only where the shell edits lines (`no_line_editing` otherwise).
            case "[": output += editsLines ? "\u{1}" : ""
            case "]": output += editsLines ? "\u{2}" : ""
            case "\\": output += "\\"
            case "0"..."7":
                var digits = String(e)
                while digits.count < 3, let next = scalars.first, ("0"..."7").contains(next) {
                    digits.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                }
                if let code = UInt32(digits, radix: 8), let scalar = Unicode.Scalar(code & 0xFF) {
                    output.unicodeScalars.append(scalar)
                }
            default:
                output.unicodeScalars.append(c)
                output.unicodeScalars.append(e)
            }
        }
        return output
    }
}
