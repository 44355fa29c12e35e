import Cluster

/// Records as BIND's libdns writes them: rdata in presentation form (names absolute, with their
/// final dot), and master-file lines whose fields start at columns 24, 32, 40 and 48 with tabs
/// of 8, as dig's style lays them out (`lib/dns/masterdump.c`).
enum BindText {
    /// The record's data as `dns_rdata_totext` writes it.
    static func rdata(_ record: DNSRecord) -> String {
        switch record {
        case .a(_, let address), .aaaa(_, let address): address
        case .cname(_, let target), .ptr(_, let target): absolute(target)
        case .srv(_, let priority, let weight, let port, let target): "\(priority) \(weight) \(port) \(absolute(target))"
        case .soa(_, let primary, let mailbox, let serial, let refresh, let retry, let expire, let minimum):
            "\(absolute(primary)) \(absolute(mailbox)) \(serial) \(refresh) \(retry) \(expire) \(minimum)"
        }
    }

    /// A name with its final dot.
    static func absolute(_ name: String) -> String { name.hasSuffix(".") ? name : name + "." }

    /// One resource record line: owner, TTL, class, type, data.
    static func recordLine(_ record: DNSRecord, ttl: Int) -> String {
        var line = absolute(record.name)
        var column = line.utf8.count
        for (field, stop) in [("\(ttl)", 24), ("IN", 32), (record.type.rawValue, 40), (rdata(record), 48)] {
            line += indent(from: &column, to: stop)
            line += field
            column += field.utf8.count
        }
        return line + "\n"
    }

    /// The question line: `;` then the name, class and type.
    static func questionLine(_ name: String, type: String) -> String {
        var line = absolute(name)
        var column = line.utf8.count
        for (field, stop) in [("IN", 32), (type, 40)] {
            line += indent(from: &column, to: stop)
            line += field
            column += field.utf8.count
        }
        return ";" + line + "\n"
    }

    /// Tabs and spaces from `column` to `stop`, at least one character.
    private static func indent(from column: inout Int, to stop: Int) -> String {
        let target = max(stop, column + 1)
        let tabs = target / 8 - column / 8
        var text = String(repeating: "\t", count: max(tabs, 0))
        let from = tabs > 0 ? (target / 8) * 8 : column
        text += String(repeating: " ", count: target - from)
        column = target
        return text
    }
}
