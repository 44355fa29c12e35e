import KubeAPI

extension ScriptOutput {
    /// `echo ARGS`: the arguments joined by spaces and a newline.
    ///
    /// dash's builtin takes only `-n` and always reads backslash escapes; busybox's and GNU's take `-n`, `-e` and `-E` in any
    /// combination (`-en`) and read escapes with `-e`. `\c` ends the output there.
    func echo(_ args: [String], builtin: Bool) -> String {
        let dash = builtin && shell == .dash
        var words = args[...]
        var newline = true
        var escapes = dash
        while !dash, let flag = words.first, flag.count > 1, flag.hasPrefix("-"),
            flag.dropFirst().allSatisfy({ "neE".contains($0) })
        {
            for option in flag.dropFirst() {
                if option == "n" { newline = false } else { escapes = option == "e" }
            }
            words.removeFirst()
        }
        if dash, words.first == "-n" {
            newline = false
            words.removeFirst()
        }
        let text = words.joined(separator: " ")
        guard escapes else { return text + (newline ? "\n" : "") }
        let octal = dash || context.userland == .busybox
        let (unescaped, cut) = Self.echoEscapes(text, bareOctal: octal)
        return unescaped + (newline && !cut ? "\n" : "")
    }

    /// `echo`'s backslash escapes: `\a \b \e \f \n \r \t \v \\`, `\0NNN` in octal (and `\NNN`
    /// when `bareOctal`, as dash and busybox read it), `\xHH`; `cut` when `\c` ended the text.
    static func echoEscapes(_ text: String, bareOctal: Bool) -> (text: String, cut: Bool) {
        let named: [Character: Character] = [
            "a": "\u{07}", "b": "\u{08}", "e": "\u{1B}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
            "\\": "\\",
        ]
        var out = ""
        var chars = Array(text)[...]
        while let char = chars.popFirst() {
            guard char == "\\", let next = chars.first else {
                out.append(char)
                continue
            }
            if let plain = named[next] {
                chars.removeFirst()
                out.append(plain)
            } else if next == "c" {
                return (out, true)
            } else if next == "0" || (bareOctal && ("1"..."7").contains(next)) {
                chars.removeFirst()
                var digits = next == "0" ? "" : String(next)
                while digits.count < 3, let digit = chars.first, ("0"..."7").contains(digit) {
                    digits.append(chars.removeFirst())
                }
                out.unicodeScalars.append(Unicode.Scalar(UInt8((Int(digits, radix: 8) ?? 0) & 0xFF)))
            } else if next == "x", let first = chars.dropFirst().first, first.isHexDigit {
                chars.removeFirst()
                var digits = ""
                while digits.count < 2, let digit = chars.first, digit.isHexDigit { digits.append(chars.removeFirst()) }
                out.unicodeScalars.append(Unicode.Scalar(UInt8(Int(digits, radix: 16) ?? 0)))
            } else {
                out.append(char)
            }
        }
        return (out, false)
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
