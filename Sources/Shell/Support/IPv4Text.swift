/// IPv4 arithmetic on dotted-quad text, for the node's addresses and routes.
enum IPv4Text {
    /// Whether `text` is a dotted quad (`10.98.0.1`), as a name typed on a command line may be.
    static func isAddress(_ text: String) -> Bool { value(text) != nil }

    static func value(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { UInt32($0) }
        guard parts.count == 4, parts.allSatisfy({ ($0 ?? 256) < 256 }) else { return nil }
        return parts.reduce(0) { $0 << 8 | ($1 ?? 0) }
    }

    static func text(_ value: UInt32) -> String {
        [24, 16, 8, 0].map { String(value >> UInt32($0) & 0xff) }.joined(separator: ".")
    }

    /// The network address of `cidr` (`10.244.0.128/25` gives `10.244.0.128`).
    static func network(_ cidr: String) -> String {
        let parts = cidr.split(separator: "/")
        guard parts.count == 2, let address = value(String(parts[0])), let length = Int(parts[1]), (0...32).contains(length)
        else { return String(parts.first ?? "") }
        let mask: UInt32 = length == 0 ? 0 : ~UInt32(0) << (32 - UInt32(length))
        return text(address & mask)
    }

    /// The broadcast address of `address` in a network of `length` bits.
    static func broadcast(_ address: String, _ length: Int) -> String {
        guard let number = value(address), (0...32).contains(length) else { return address }
        let host: UInt32 = length == 32 ? 0 : ~UInt32(0) >> UInt32(length)
        return text(number | host)
    }
}
