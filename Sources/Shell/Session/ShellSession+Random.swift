/// `$RANDOM`, from bash's own generator (Park and Miller's minimal standard, folded to 15
/// bits), so `RANDOM=42` gives the sequence real bash gives. The first seed is fixed, for
/// deterministic sessions.
extension ShellSession {
    /// The next value of `$RANDOM`, never the same twice in a row (as in bash).
    func nextRandom() -> Int {
        var value: Int
        repeat {
            randomSeed = Self.minimalStandard(randomSeed)
            value = Int((randomSeed >> 16) ^ (randomSeed & 0xFFFF)) & 0x7FFF
        } while value == lastRandom
        lastRandom = value
        return value
    }

    /// `RANDOM=value`: seeds the generator with the number the value starts with.
    func seedRandom(_ value: String) {
        let digits = value.drop { $0 == " " || $0 == "\t" }.prefix { $0.isASCII && $0.isNumber }
        randomSeed = UInt32(truncatingIfNeeded: UInt64(digits) ?? 0)
        lastRandom = 0
    }

    private static func minimalStandard(_ last: UInt32) -> UInt32 {
        let seed = Int64(last == 0 ? 123_459_876 : last)
        let high = seed / 127_773
        let low = seed - 127_773 * high
        let next = 16_807 * low - 2_836 * high
        return UInt32(truncatingIfNeeded: next < 0 ? next + 0x7FFF_FFFF : next)
    }
}
