/// An address as Go's `net.ParseIP` reads it: dotted IPv4 (four decimal parts, none with a
/// leading zero) or IPv6 (hex groups, one `::`, an IPv4 tail), kept as 16 bytes so that an IPv4
/// address and its IPv4-mapped IPv6 form are equal, as `net.IP.Equal` finds them.
public struct GoIP: Equatable, Sendable {
    public let bytes: [UInt8]

    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        if let v4 = Self.ipv4(utf8[...]) {
            bytes = Self.mappedPrefix + v4
        } else if let v6 = Self.ipv6(utf8) {
            bytes = v6
        } else {
            return nil
        }
    }

    private static let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]

    private static func ipv4(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ (48...57).contains($0) }) else { return nil }
            if part.count > 1, part.first == UInt8(ascii: "0") { return nil }
            let value = part.reduce(0) { $0 * 10 + Int($1 - 48) }
            guard value <= 255 else { return nil }
            octets.append(UInt8(value))
        }
        return octets
    }

    private static func ipv6(_ text: [UInt8]) -> [UInt8]? {
        let colon = UInt8(ascii: ":")
        // At most one `::` stands for the zero groups between those before and those after it.
        guard let gap = text.indices.dropLast().first(where: { text[$0] == colon && text[$0 + 1] == colon }) else {
            guard let all = groups(text[...], allowIPv4: true), all.count == 16 else { return nil }
            return all
        }
        guard let before = groups(text[..<gap], allowIPv4: false),
            let after = groups(text[(gap + 2)...], allowIPv4: true),
            before.count + after.count <= 14
        else { return nil }
        return before + Array(repeating: 0, count: 16 - before.count - after.count) + after
    }

    /// `a:b:c`, each group one to four hex digits, the last possibly dotted IPv4; empty gives none.
    private static func groups(_ text: ArraySlice<UInt8>, allowIPv4: Bool) -> [UInt8]? {
        if text.isEmpty { return [] }
        let parts = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if allowIPv4, index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                guard let v4 = ipv4(part) else { return nil }
                bytes += v4
                continue
            }
            guard (1...4).contains(part.count), let value = UInt16(String(decoding: part, as: UTF8.self), radix: 16),
                part.allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
            else { return nil }
            bytes += [UInt8(value >> 8), UInt8(value & 0xff)]
        }
        return bytes
    }
}
