/// The parts of a DNS question and its answer that resolvers and lookup tools show.
public enum DNSType: String, Sendable, CaseIterable {
    case a = "A"
    case aaaa = "AAAA"
    case cname = "CNAME"
    case srv = "SRV"
    case ptr = "PTR"
    case soa = "SOA"
    case ns = "NS"
    case mx = "MX"
    case txt = "TXT"

    /// The type's number on the wire.
    public var code: Int {
        switch self {
        case .a: 1
        case .cname: 5
        case .soa: 6
        case .ns: 2
        case .mx: 15
        case .txt: 16
        case .ptr: 12
        case .aaaa: 28
        case .srv: 33
        }
    }
}

/// One resource record of an answer, names without the trailing dot.
public enum DNSRecord: Equatable, Sendable {
    case a(name: String, address: String)
    case aaaa(name: String, address: String)
    case cname(name: String, target: String)
    case srv(name: String, priority: Int, weight: Int, port: Int, target: String)
    case ptr(name: String, target: String)
    /// A zone's start of authority, as a negative answer carries it.
    case soa(name: String, primary: String, mailbox: String, serial: Int, refresh: Int, retry: Int, expire: Int, minimum: Int)

    /// The owner name of the record.
    public var name: String {
        switch self {
        case .a(let name, _), .aaaa(let name, _), .cname(let name, _), .ptr(let name, _): name
        case .srv(let name, _, _, _, _): name
        case .soa(let name, _, _, _, _, _, _, _): name
        }
    }

    /// The record's type.
    public var type: DNSType {
        switch self {
        case .a: .a
        case .aaaa: .aaaa
        case .cname: .cname
        case .srv: .srv
        case .ptr: .ptr
        case .soa: .soa
        }
    }
}

/// A DNS server's reply: its response code, whether it holds the zone, and the answer section.
public struct DNSReply: Equatable, Sendable {
    public enum Code: String, Sendable {
        case noError = "NOERROR"
        case nxDomain = "NXDOMAIN"
        case servFail = "SERVFAIL"
    }

    public var code: Code
    /// Set by the server that holds the zone (CoreDNS for the cluster's names), clear for forwarded answers.
    public var authoritative: Bool
    public var answers: [DNSRecord]
    /// The zone's SOA of a negative answer.
    public var authority: [DNSRecord] = []
    /// Addresses of the answer's SRV targets.
    public var additional: [DNSRecord] = []
    /// Whether the server offers recursion (the `ra` flag): forwarders do, CoreDNS's own zone does not.
    public var recursionAvailable = false
    /// The time to live of every record, in seconds.
    public var ttl = 30

    public init(code: Code, authoritative: Bool, answers: [DNSRecord] = []) {
        self.code = code
        self.authoritative = authoritative
        self.answers = answers
    }

    static func nxDomain(authoritative: Bool) -> DNSReply { DNSReply(code: .nxDomain, authoritative: authoritative) }
}

extension DNSReply.Code {
    /// The response code's number on the wire.
    public var number: Int {
        switch self {
        case .noError: 0
        case .servFail: 2
        case .nxDomain: 3
        }
    }
}
