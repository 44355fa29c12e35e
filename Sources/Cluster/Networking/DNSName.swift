/// Names as DNS compares them, and the addresses some names spell.
enum DNSName {
    /// Lower case, without the trailing dot.
    static func normalized(_ name: String) -> String {
        var name = name.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    /// The IPv4 address a pod record's first label spells, `10-244-1-5`.
    static func address(dashed label: String) -> String? {
        let dotted = String(label.map { $0 == "-" ? "." : $0 })
        return IPv4(dotted) == nil ? nil : dotted
    }

    /// The IPv4 address of a reverse name, `5.1.244.10.in-addr.arpa`.
    static func address(reverse name: String) -> String? {
        guard name.hasSuffix(".in-addr.arpa") else { return nil }
        let octets = name.dropLast(".in-addr.arpa".count).split(separator: ".")
        guard octets.count == 4 else { return nil }
        let dotted = octets.reversed().joined(separator: ".")
        return IPv4(dotted) == nil ? nil : dotted
    }

    /// The reverse name PTR queries ask for an IPv4 address.
    static func reverse(of address: String) -> String? {
        guard IPv4(address) != nil else { return nil }
        return address.split(separator: ".").reversed().joined(separator: ".") + ".in-addr.arpa"
    }
}
