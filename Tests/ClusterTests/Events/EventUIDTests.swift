import Testing

@testable import Cluster

@Suite("Event UIDs")
struct EventUIDTests {
    /// The UID as it was first worked out: the digest's digits, two of them set, dashes put in.
    private static func reference(_ name: String) -> String {
        var digits = ChainedFNVDigest.hexDigits(of: name, rounds: 2)
        digits[12] = UInt8(ascii: "4")
        let variant = Int(
            digits[16] <= UInt8(ascii: "9") ? digits[16] - UInt8(ascii: "0") : digits[16] - UInt8(ascii: "a") + 10)
        digits[16] =
            variant % 4 < 2 ? UInt8(ascii: "8") + UInt8(variant % 4) : UInt8(ascii: "a") + UInt8(variant % 4 - 2)
        var text = String(decoding: digits, as: UTF8.self)
        for offset in [8, 13, 18, 23] { text.insert("-", at: text.index(text.startIndex, offsetBy: offset)) }
        return text
    }

    @Test(
        "a name's UID is the version-4-shaped form of its two-round FNV digest",
        arguments: [
            "", "a", "nginx.17f3a2b4c5d6e7f8", "big-7c9d8f6b5-x2k4q.1822b3c4d5e6f708", "café.é",
            String(repeating: "z", count: 300),
        ]
    )
    func matchesDigest(name: String) {
        #expect(Cluster.eventUID(name) == Self.reference(name))
    }

    @Test("every variant digit comes out as the digest makes it")
    func manyNames() {
        for index in 0..<256 {
            let name = "pod-\(index).\(String(index &* 7919, radix: 16))"
            #expect(Cluster.eventUID(name) == Self.reference(name))
        }
    }
}
