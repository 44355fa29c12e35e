/// A deterministic random source (SplitMix64): the same seed gives the same names and choices.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Names the apiserver and controllers generate, from an injected random source.
public struct NameGenerator: Sendable {
    /// apimachinery's `rand.String` alphabet: no vowels, no confusable digits.
    static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    private var random: SeededRandom

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// `generateName` completion: the prefix (cut to 58 characters) plus five random characters.
    public mutating func name(withPrefix prefix: String) -> String {
        String(prefix.prefix(58)) + suffix(length: 5)
    }

    public mutating func suffix(length: Int) -> String {
        String((0..<length).map { _ in NameGenerator.alphabet[Int(random.next() % UInt64(NameGenerator.alphabet.count))] })
    }

    /// A random index in `0..<count`.
    public mutating func randomIndex(below count: Int) -> Int { Int(random.next() % UInt64(max(1, count))) }

    /// A random UUID in the canonical lower-case form.
    public mutating func uid() -> String {
        let hex = Array("0123456789abcdef")
        var chars = (0..<32).map { _ in hex[Int(random.next() % 16)] }
        chars[12] = "4"
        chars[16] = hex[8 + Int(random.next() % 4)]
        let s = String(chars)
        let parts = [s.prefix(8), s.dropFirst(8).prefix(4), s.dropFirst(12).prefix(4), s.dropFirst(16).prefix(4), s.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// A hex string of `length` characters, as in container IDs.
    public mutating func hex(length: Int) -> String {
        let hex = Array("0123456789abcdef")
        return String((0..<length).map { _ in hex[Int(random.next() % 16)] })
    }
}
