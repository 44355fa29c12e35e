/// Go's `strconv.Unquote`, extended as client-go extends it to single-quoted strings.
enum GoUnquote {
    /// The text between the quotes with escapes resolved; nil when Go reports invalid syntax.
    static func unquote(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, let quote = scalars.first, quote == scalars.last, quote == "\"" || quote == "'" else {
            return nil
        }
        scalars = Array(scalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if c == quote { return nil }
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard index < scalars.count else { return nil }
            let e = scalars[index]
            index += 1
            switch e {
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "\\": out.append("\\")
            case "'", "\"":
                guard e == quote else { return nil }
                out.append(e)
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                guard index + width <= scalars.count,
                    let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + width])), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return nil }
                index += width
                out.append(scalar)
            case "0"..."7":
                guard index + 2 <= scalars.count,
                    let value = UInt32(String(String.UnicodeScalarView(scalars[index - 1..<index + 2])), radix: 8),
                    value <= 255, let scalar = Unicode.Scalar(value)
                else { return nil }
                index += 2
                out.append(scalar)
            default:
                return nil
            }
        }
        return String(out)
    }
}
