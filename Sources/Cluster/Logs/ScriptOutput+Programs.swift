import KubeAPI

extension ScriptOutput {
    /// `echo [-n] [-e] ARGS`: the arguments joined by spaces, a newline unless `-n`.
    static func echo(_ args: [String]) -> String {
        var words = args[...]
        var newline = true
        var escapes = false
        while let flag = words.first, ["-n", "-e", "-ne", "-en", "-E"].contains(flag) {
            if flag.contains("n") { newline = false }
            if flag.contains("e") { escapes = true }
            words.removeFirst()
        }
        let text = words.joined(separator: " ")
        return (escapes ? unescape(text) : text) + (newline ? "\n" : "")
    }

    /// `printf FORMAT ARGS`: `%s`, `%d`, `%%` and backslash escapes; the format is reused while arguments remain.
    static func printf(_ format: String, _ args: [String]) -> String {
        var out = ""
        var remaining = args[...]
        repeat {
            var chars = Array(unescape(format))[...]
            while let char = chars.popFirst() {
                guard char == "%", let code = chars.popFirst() else {
                    out.append(char)
                    continue
                }
                switch code {
                case "s": out += remaining.popFirst() ?? ""
                case "d", "i": out += String(Int(remaining.popFirst() ?? "0") ?? 0)
                case "%": out.append("%")
                default: out += "%\(code)"
                }
            }
        } while !remaining.isEmpty && format.contains("%")
        return out
    }

    /// `date` in its default layout, or `date +FORMAT`.
    static func date(_ args: [String], at time: Timestamp) -> String {
        if let format = args.first(where: { $0.hasPrefix("+") }) { return time.cFormat(String(format.dropFirst())) }
        return time.cFormat("%a %b %e %H:%M:%S %Z %Y")
    }

    /// `\n`, `\t` and `\\` turned into what they stand for.
    static func unescape(_ text: String) -> String {
        var out = ""
        var chars = Array(text)[...]
        while let char = chars.popFirst() {
            guard char == "\\", let next = chars.popFirst() else {
                out.append(char)
                continue
            }
            switch next {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "\\": out.append("\\")
            default: out += "\\\(next)"
            }
        }
        return out
    }
}
