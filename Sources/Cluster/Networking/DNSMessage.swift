/// The parts of a DNS question and its answer that resolvers and lookup tools show.
public enum DNSType: String, Sendable, CaseIterable {
    case a = "A"
    case aaaa = "AAAA"
    case cname = "CNAME"
    case srv = "SRV"
    case ptr = "PTR"
}

/// One resource record of an answer, names without the trailing dot.
public enum DNSRecord: Equatable, Sendable {
    case a(name: String, address: String)
    case aaaa(name: String, address: String)
    case cname(name: String, target: String)
    case srv(name: String, priority: Int, weight: Int, port: Int, target: String)
    case ptr(name: String, target: String)

    /// The owner name of the record.
    public var name: String {
        switch self {
        case .a(let name, _), .aaaa(let name, _), .cname(let name, _), .ptr(let name, _): name
        case .srv(let name, _, _, _, _): name
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

    public init(code: Code, authoritative: Bool, answers: [DNSRecord] = []) {
        self.code = code
        self.authoritative = authoritative
        self.answers = answers
    }

    static func nxDomain(authoritative: Bool) -> DNSReply { DNSReply(code: .nxDomain, authoritative: authoritative) }
}
