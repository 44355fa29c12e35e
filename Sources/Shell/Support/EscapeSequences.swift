/// Backslash escapes as `$'...'` (ANSI-C quoting) and `echo -e` decode them.
enum EscapeSequences {
    /// Which program's rules apply.
    enum Dialect {
        /// `$'...'`: octal is `\nnn`, and `\'`, `\"`, `\?`, `\cX` are known.
        case ansiC
        /// `echo -e` and printf's `%b`: octal is `\0nnn`, and `\c` ends all output.
        case echo
        /// A printf format: as `$'...'`, but `\c` is taken literally.
        case printfFormat
    }

    /// Decodes `scalars`; `stopped` is true when `echo`'s `\c` asked to print nothing more.
    static func decode(_ scalars: some Collection<Unicode.Scalar>, dialect: Dialect) -> (text: String, stopped: Bool) {
        let input = Array(scalars)
        var bytes: [UInt8] = []
        var index = 0
        func append(_ scalar: Unicode.Scalar) { bytes.append(contentsOf: String(scalar).utf8) }
        /// Reads up to `limit` digits in `radix` starting at `index`.
        func number(radix: UInt32, limit: Int) -> UInt32? {
            var value: UInt32 = 0
            var count = 0
            while count < limit, index < input.count, let digit = Character(input[index]).hexDigitValue,
                UInt32(digit) < radix
            {
                value = value * radix + UInt32(digit)
                index += 1
                count += 1
            }
            return count == 0 ? nil : value
        }
        while index < input.count {
            let c = input[index]
            index += 1
            guard c == "\\", index < input.count else {
                append(c)
                continue
            }
            let e = input[index]
            index += 1
            switch e {
            case "a": bytes.append(7)
            case "b": bytes.append(8)
            case "e", "E": bytes.append(27)
            case "f": bytes.append(12)
            case "n": bytes.append(10)
            case "r": bytes.append(13)
            case "t": bytes.append(9)
            case "v": bytes.append(11)
            case "\\": bytes.append(92)
            case "'" where dialect != .echo, "\"" where dialect != .echo, "?" where dialect != .echo:
                append(e)
            case "c" where dialect == .echo:
                return (RawBytes.string(bytes), true)
            case "c" where dialect == .ansiC && index < input.count:
                bytes.append(UInt8(truncatingIfNeeded: input[index].value & 0x1F))
                index += 1
            case "0" where dialect == .echo:
                bytes.append(UInt8(truncatingIfNeeded: number(radix: 8, limit: 3) ?? 0))
            case "0"..."7" where dialect != .echo:
                index -= 1
                bytes.append(UInt8(truncatingIfNeeded: number(radix: 8, limit: 3) ?? 0))
            case "x":
                if let value = number(radix: 16, limit: 2) {
                    bytes.append(UInt8(value))
                } else {
                    bytes.append(contentsOf: [92, 120])
                }
            case "u", "U":
                if let value = number(radix: 16, limit: e == "u" ? 4 : 8), let scalar = Unicode.Scalar(value) {
                    append(scalar)
                } else {
                    append("\\")
                    append(e)
                }
            default:
                append("\\")
                append(e)
            }
        }
        return (RawBytes.string(bytes), false)
    }
}
