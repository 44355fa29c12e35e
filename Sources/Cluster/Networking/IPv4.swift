/// An IPv4 address and the CIDR blocks built from it.
public struct IPv4: Hashable, Comparable, CustomStringConvertible, Sendable {
    var value: UInt32

    init(_ value: UInt32) { self.value = value }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ".")
        guard parts.count == 4 else { return nil }
        var v: UInt32 = 0
        for part in parts {
            guard let octet = UInt8(part) else { return nil }
            v = v << 8 | UInt32(octet)
        }
        value = v
    }

    /// Dotted decimal, written byte by byte: every pod sandbox takes an address.
    public var description: String {
        String(unsafeUninitializedCapacity: 15) { out in
            var count = 0
            func put(_ digit: UInt32) {
                out[count] = UInt8(ascii: "0") + UInt8(digit)
                count += 1
            }
            for shift in stride(from: 24 as UInt32, through: 0, by: -8) {
                let octet = value >> shift & 255
                if octet >= 100 { put(octet / 100) }
                if octet >= 10 { put(octet / 10 % 10) }
                put(octet % 10)
                if shift > 0 {
                    out[count] = UInt8(ascii: ".")
                    count += 1
                }
            }
            return count
        }
    }

    public static func < (a: IPv4, b: IPv4) -> Bool { a.value < b.value }
}

/// A block such as `10.244.0.128/25`.
struct CIDR: Hashable, Sendable {
    var base: IPv4
    var prefix: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let base = IPv4(parts[0]), let prefix = Int(parts[1]), (0...32).contains(prefix) else {
            return nil
        }
        self.prefix = prefix
        let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
        self.base = IPv4(base.value & mask)
    }

    var size: UInt32 { prefix == 0 ? .max : UInt32(1) << (32 - prefix) }

    func contains(_ ip: IPv4) -> Bool { ip.value >= base.value && ip.value - base.value < size }
}
