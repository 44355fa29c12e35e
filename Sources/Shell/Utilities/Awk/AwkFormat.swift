/// awk's `printf` and `sprintf`: C conversions over awk values.
enum AwkFormat {
    static func format(_ format: String, _ values: [AwkValue], _ interpreter: AwkInterpreter) throws(AwkControl)
        -> String
    {
        var output = ""
        var remaining = values[...]
        var characters = Array(format)[...]
        func next() -> AwkValue { remaining.popFirst() ?? .uninitialized }
        while let c = characters.popFirst() {
            guard c == "%" else {
                output.append(c)
                continue
            }
            var spec = "%"
            while let f = characters.first, "-+ #0".contains(f) {
                spec.append(f)
                characters.removeFirst()
            }
            func number() -> String {
                if characters.first == "*" {
                    characters.removeFirst()
                    return String(min(10_000, max(-10_000, next().number.clampedInt)))
                }
                var digits = ""
                while let d = characters.first, d.isASCII, d.isNumber {
                    digits.append(d)
                    characters.removeFirst()
                }
                // A width or precision past 10000 is clamped, so a format cannot ask for gigabytes.
                return digits.count > 5 ? "10000" : digits
            }
            spec += number()
            var precision: Int?
            if characters.first == "." {
                characters.removeFirst()
                let digits = number()
                precision = Int(digits) ?? 0
                spec += "." + String(precision ?? 0)
            }
            guard let conversion = characters.popFirst() else {
                output += spec
                break
            }
            switch conversion {
            case "%": output += "%"
            case "d", "i":
                let n = next().number
                output += PrintfFormatter.cFormat(spec + "lld", integer(n))
            case "o", "x", "X", "u":
                let n = next().number
                let bits = UInt64(bitPattern: integer(n))
                output += PrintfFormatter.cFormat(spec + "ll" + String(conversion), bits)
            case "e", "E", "f", "F", "g", "G", "a", "A":
                output += PrintfFormatter.cFormat(spec + String(conversion), next().number)
            case "c":
                let value = next()
                let character: String
                if case .number(let n) = value {
                    character = Unicode.Scalar(UInt32(clamping: max(0, n.clampedInt))).map { String($0) } ?? ""
                } else {
                    character = String(interpreter.text(value).prefix(1))
                }
                output += pad(character, spec)
            case "s":
                var text = interpreter.text(next())
                if let precision { text = String(text.prefix(precision)) }
                output += pad(text, spec)
            default:
                output += spec + String(conversion)
            }
        }
        return output
    }

    /// A number truncated to a 64-bit integer, saturating at the ends.
    private static func integer(_ n: Double) -> Int64 {
        guard n.isFinite else { return 0 }
        if n >= 9.2e18 { return Int64.max }
        if n <= -9.2e18 { return Int64.min }
        return Int64(n)
    }

    /// Pads a string conversion to its width, on the left unless the `-` flag is given.
    private static func pad(_ text: String, _ spec: String) -> String {
        let body = spec.dropFirst()
        let leftAlign = body.contains("-")
        let width = Int(body.drop { "-+ #0".contains($0) }.prefix { $0.isNumber }) ?? 0
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return leftAlign ? text + fill : fill + text
    }
}
