/// A byte count as `od -j`/`-N` read it: decimal, `0x` hexadecimal or `0` octal, with a
/// multiplier suffix (GNU: `b`, `k`/`K`, `M`, `G`, ... with `B` for powers of 1000 and `iB` for
/// powers of 1024; busybox: `b`, `k`, `m`).
enum OdByteCount {
    enum Failure: Error, Equatable {
        case invalid, invalidSuffix, tooLarge
    }

    static func parse(_ text: String, busybox: Bool) -> Result<UInt64, Failure> {
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        if rest.first == "-" { return .failure(.invalid) }
        if rest.first == "+" { rest.removeFirst() }
        var radix = 10
        if rest.hasPrefix("0x") || rest.hasPrefix("0X"), rest.dropFirst(2).first?.isHexDigit == true {
            radix = 16
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("0") {
            radix = 8
        }
        let digits = rest.prefix { $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }
        rest = rest.dropFirst(digits.count)
        var value: UInt64 = 1
        if !digits.isEmpty {
            guard let number = UInt64(digits, radix: radix) else { return .failure(.tooLarge) }
            value = number
        } else if rest.isEmpty || busybox || multiplier(rest, busybox: busybox) == nil {
            return .failure(.invalid)
        }
        if rest.isEmpty { return .success(value) }
        guard let (factor, length) = multiplier(rest, busybox: busybox) else {
            return .failure(busybox ? .invalid : .invalidSuffix)
        }
        guard rest.count == length else { return .failure(busybox ? .invalid : .invalidSuffix) }
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        return overflow ? .failure(.tooLarge) : .success(product)
    }

    /// The factor a suffix stands for and how many characters it takes.
    private static func multiplier(_ suffix: Substring, busybox: Bool) -> (UInt64, Int)? {
        guard let letter = suffix.first else { return nil }
        if busybox {
            return ["b": (512, 1), "k": (1024, 1), "m": (1024 * 1024, 1)][letter]
        }
        let powers: [Character: Int] = ["k": 1, "K": 1, "M": 2, "m": 2, "G": 3, "T": 4, "P": 5, "E": 6]
        if letter == "b" { return (512, 1) }
        guard let power = powers[letter] else { return nil }
        var base: UInt64 = 1024
        var length = 1
        let after = suffix.dropFirst()
        if after.hasPrefix("iB") {
            length = 3
        } else if after.hasPrefix("B") || after.hasPrefix("D") {
            base = 1000
            length = 2
        }
        var factor: UInt64 = 1
        for _ in 0..<power { factor = factor.multipliedReportingOverflow(by: base).partialValue }
        return (factor, length)
    }
}
