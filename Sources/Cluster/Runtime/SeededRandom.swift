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
    private static let alphabetBytes = Array("bcdfghjklmnpqrstvwxz2456789".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private var random: SeededRandom

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// `generateName` completion: the prefix (cut to 58 characters) plus five random characters.
    public mutating func name(withPrefix prefix: String) -> String {
        String(prefix.prefix(58)) + suffix(length: 5)
    }

    public mutating func suffix(length: Int) -> String {
        let alphabet = NameGenerator.alphabetBytes
        return Self.ascii(length) { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
    }

    /// A random index in `0..<count`.
    public mutating func randomIndex(below count: Int) -> Int { Int(random.next() % UInt64(max(1, count))) }

    /// A random UUID in the canonical lower-case form.
    public mutating func uid() -> String {
        let hex = NameGenerator.hexDigits
        var digits = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 { digits[i] = hex[Int(random.next() % 16)] }
        digits[12] = UInt8(ascii: "4")
        digits[16] = hex[8 + Int(random.next() % 4)]
        var at = 0
        return Self.ascii(36) { i in
            if i == 8 || i == 13 || i == 18 || i == 23 { return UInt8(ascii: "-") }
            defer { at += 1 }
            return digits[at]
        }
    }

    /// A hex string of `length` characters, as in container IDs.
    public mutating func hex(length: Int) -> String {
        let hex = NameGenerator.hexDigits
        return Self.ascii(length) { _ in hex[Int(random.next() % 16)] }
    }

    /// An address on a Go program's heap, as `%#v` prints a pointer (`0xc000a1b2c0`).
    public mutating func goHeapAddress() -> String { "0xc00" + hex(length: 6) + "0" }

    /// A string of `length` ASCII bytes, the i-th made by `byte(i)`, in order.
    private static func ascii(_ length: Int, _ byte: (Int) -> UInt8) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            for i in 0..<length { buffer[i] = byte(i) }
            return length
        }
    }
}
