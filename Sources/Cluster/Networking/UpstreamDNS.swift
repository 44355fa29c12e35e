import KubeAPI
import OrderedCollections

/// The DNS outside the cluster (`catalog/dns.yaml` of a world): the resolvers that answer and
/// the names they know. Every other name is NXDOMAIN; every other address never replies.
public struct UpstreamDNS: Sendable {
    /// The addresses answering DNS queries on port 53.
    public var resolvers: Set<String> = []
    /// What the upstream knows of each name.
    public var names: [String: Entry] = [:]
    /// How long a reply takes, in milliseconds: `forwarded` through CoreDNS, else by resolver.
    public var queryMilliseconds: [String: Int] = [:]
    /// The EDNS UDP payload size each resolver announces in its replies (1232 unless given).
    public var ednsUDPSize: [String: Int] = [:]

    /// One outside name: its addresses, or the name it is an alias of.
    public struct Entry: Sendable {
        public var a: [String] = []
        public var aaaa: [String] = []
        public var cname: String?
        /// The time to live the upstream gives, in seconds.
        public var ttl = 300
    }

    public init() {}

    /// Why a `dns.yaml` could not be understood.
    public struct FormatError: Error, Sendable {
        public var message: String
    }

    /// Reads the document of `catalog/dns.yaml`.
    public init(document: JSONValue) throws(FormatError) {
        resolvers = Set(document["resolvers"].array.compactMap(\.string))
        for (name, value) in document["names"].object {
            let entry = Entry(
                a: value["a"].array.compactMap(\.string), aaaa: value["aaaa"].array.compactMap(\.string),
                cname: value["cname"].string, ttl: value["ttl"].int ?? 300)
            if entry.a.isEmpty, entry.aaaa.isEmpty, entry.cname == nil {
                throw FormatError(message: "names: \(name) needs a, aaaa or cname")
            }
            names[name.lowercased()] = entry
        }
        for (key, value) in document["queryMilliseconds"].object { queryMilliseconds[key] = value.int ?? 0 }
        for (key, value) in document["ednsUDPSize"].object { ednsUDPSize[key] = value.int ?? 1232 }
    }

    /// What an upstream resolver answers for `name`: never authoritative, a CNAME followed.
    func reply(_ name: String, _ type: DNSType) -> DNSReply {
        var answers: [DNSRecord] = []
        var current = name.lowercased()
        var ttl = 300
        for _ in 0..<8 {
            guard let entry = names[current] else {
                var reply = answers.isEmpty ? .nxDomain(authoritative: false) : DNSReply(code: .noError, authoritative: false, answers: answers)
                reply.recursionAvailable = true
                reply.ttl = ttl
                return reply
            }
            ttl = min(ttl, entry.ttl)
            if let target = entry.cname {
                answers.append(.cname(name: current, target: target))
                if type == .cname { break }
                current = target.lowercased()
                continue
            }
            switch type {
            case .a: answers += entry.a.map { .a(name: current, address: $0) }
            case .aaaa: answers += entry.aaaa.map { .aaaa(name: current, address: $0) }
            case .cname, .srv, .ptr, .soa, .ns, .mx, .txt: break
            }
            break
        }
        var reply = DNSReply(code: .noError, authoritative: false, answers: answers)
        reply.recursionAvailable = true
        reply.ttl = ttl
        return reply
    }
}
