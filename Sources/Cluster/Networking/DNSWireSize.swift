/// The size in bytes of a DNS reply on the wire (RFC 1035 section 4), with or without name
/// compression, as dig reports it in `MSG SIZE  rcvd:`.
public enum DNSWireSize {
    /// The bytes of the reply to `question` of `type`, with an OPT record carrying a cookie of
    /// `cookieBytes` (0 for none).
    public static func reply(to question: String, _ reply: DNSReply, compressed: Bool, cookieBytes: Int) -> Int {
        var writer = Writer(compressed: compressed)
        var size = 12 + writer.name(question) + 4
        for record in reply.answers + reply.authority + reply.additional {
            size += writer.name(record.name) + 10
            switch record {
            case .a: size += 4
            case .aaaa: size += 16
            case .cname(_, let target), .ptr(_, let target): size += writer.name(target)
            case .srv(_, _, _, _, let target): size += 6 + Writer.plain(target)
            case .soa(_, let primary, let mailbox, _, _, _, _, _): size += writer.name(primary) + writer.name(mailbox) + 20
            }
        }
        // The OPT pseudo-record: root name, type, class, TTL, length, then its options.
        return size + 11 + (cookieBytes > 0 ? 4 + cookieBytes : 0)
    }

    /// Lays names out in order, remembering each suffix written so a later name can point at it.
    private struct Writer {
        let compressed: Bool
        var written: Set<String> = []

        mutating func name(_ name: String) -> Int {
            let labels = DNSName.normalized(name).split(separator: ".").map(String.init)
            guard compressed else { return Self.plain(name) }
            var size = 0
            for index in labels.indices {
                let suffix = labels[index...].joined(separator: ".")
                if written.contains(suffix) { return size + 2 }
                written.insert(suffix)
                size += 1 + labels[index].utf8.count
            }
            return size + 1
        }

        static func plain(_ name: String) -> Int {
            DNSName.normalized(name).split(separator: ".").reduce(1) { $0 + 1 + $1.utf8.count }
        }
    }
}
