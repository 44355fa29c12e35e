import Cluster
import KubeAPI
import Kubectl

/// busybox's `nslookup` (the full version busybox images build): it reads `/etc/resolv.conf`
/// itself, sends an A and an AAAA query (under each search domain only for a name without a
/// dot; `ndots` is not read), and prints every reply of the first server that answers. A server
/// that is refused (a ClusterIP without endpoints) fails on its connected UDP socket: a second
/// query's write at once, or a lone query's read after each of its `-retry` sends.
struct BusyboxNslookup: ShellCommand {
    let cluster: Cluster
    /// The pod it runs in: its queries pass its NetworkPolicy or time out.
    let pod: KubeObject
    /// The build's banner, first line of the usage text.
    var banner = BusyboxBuild.fallbackBanner

    /// The query types `-type=` accepts, in the order busybox sends them.
    private static let queryTypes = ["soa", "ns", "a", "aaaa", "cname", "mx", "txt", "srv", "ptr", "any"]

    func run(_ context: CommandContext) -> Int32 {
        var words = context.arguments.dropFirst()
        var types: Set<String> = []
        var timeout: Int64 = 5
        var retry: Int64 = 2
        while let word = words.first, word.hasPrefix("-") {
            words.removeFirst()
            let option = word.dropFirst().split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = option.count > 1 ? String(option[1]) : ""
            switch option[0] {
            case "type", "querytype":
                guard Self.queryTypes.contains(value.lowercased()) else {
                    context.io.err("nslookup: invalid query type \"\(value)\"\n")
                    return 1
                }
                types.insert(value.lowercased())
            case "t", "timeout", "port", "retry":
                guard let number = Int64(value), number >= 1 else {
                    context.io.err("nslookup: invalid number '\(value)'\n")
                    return 1
                }
                if option[0] == "t" || option[0] == "timeout" { timeout = number }
                if option[0] == "retry" { retry = number }
            case "debug": break
            default: return usage(context)
            }
        }
        guard let host = words.first, words.count <= 2 else { return usage(context) }
        let resolvConf = context.session.filesystem.read("/etc/resolv.conf") ?? ""
        var servers: [(name: String, address: String)] = []
        if words.count == 2, let server = words.last {
            guard let address = address(of: server, resolvConf) else {
                context.io.err("nslookup: bad address '\(server)'\n")
                return 1
            }
            servers = [(server, address)]
        } else {
            servers = ResolvConfLines(resolvConf).nameservers.map { ($0, $0) }
            if servers.isEmpty { servers = [("127.0.0.1", "127.0.0.1")] }
        }
        let search = ResolvConfLines(resolvConf).search
        let queries = Self.queries(for: host, types: types, search: search)
        for server in servers {
            guard let replies = replies(queries, from: server.address) else {
                if cluster.dnsRefused(from: pod, server: server.address) {
                    if refused(queries.count, server: server.name, timeout: timeout, retry: retry, context) { continue }
                }
                context.session.sleep(timeout)
                continue
            }
            context.io.out("Server:\t\t\(server.name)\nAddress:\t\(server.address):53\n\n")
            var status: Int32 = 0
            for (query, reply) in zip(queries, replies) {
                context.io.out(Self.format(reply, for: query.name))
                if reply.code != .noError { status = 1 }
            }
            return status
        }
        context.io.out(";; connection timed out; no servers could be reached\n\n")
        return 1
    }

    /// What busybox's socket reports when each query comes back as ICMP port unreachable; says
    /// whether it moved on at once (a failed write), else it waited out the timeout reading.
    private func refused(_ queries: Int, server: String, timeout: Int64, retry: Int64, _ context: CommandContext) -> Bool {
        if queries > 1 {
            // The first query's rejection is pending on the socket when the second is written.
            context.io.err("nslookup: write to '\(server)': Connection refused\n")
            return true
        }
        let total = timeout * 1000, interval = max(1, total / retry)
        let sends = min((total + interval - 1) / interval, 100)
        for _ in 0..<sends { context.io.err("nslookup: read: Connection refused\n") }
        return false
    }

    /// Each query's reply from the server at `address`, or nil when it does not answer.
    private func replies(_ queries: [(name: String, type: String)], from address: String) -> [DNSReply]? {
        var replies: [DNSReply] = []
        for query in queries {
            // Types the model has no records of are answered as an A query without its records.
            let modelled = DNSType(rawValue: query.type.uppercased())
            guard var reply = cluster.dnsExchange(from: pod, server: address, name: query.name, type: modelled ?? .a)?.reply else { return nil }
            if modelled == nil { reply.answers = [] }
            replies.append(reply)
        }
        return replies
    }

    /// The questions sent, in order: a PTR for an address; else each type (A and AAAA by
    /// default) for the name, under every search domain when it has no dot.
    static func queries(for host: String, types: Set<String>, search: [String]) -> [(name: String, type: String)] {
        if types.isEmpty, let reverse = reverseName(host) { return [(reverse, "ptr")] }
        let names = host.contains(".") || search.isEmpty || types == ["ptr"] ? [host] : search.map { "\(host).\($0)" }
        let wanted = types.isEmpty ? ["a", "aaaa"] : queryTypes.filter(types.contains)
        return wanted.flatMap { type in (type == "ptr" ? [host] : names).map { ($0, type) } }
    }

    /// A reply as busybox prints it: the failure, or the records, then an empty line.
    static func format(_ reply: DNSReply, for name: String) -> String {
        guard reply.code == .noError else { return "** server can't find \(name): \(reply.code.rawValue)\n\n" }
        var text = reply.authoritative ? "" : "Non-authoritative answer:\n"
        for record in reply.answers {
            switch record {
            case .a(let owner, let address), .aaaa(let owner, let address): text += "Name:\t\(owner)\nAddress: \(address)\n"
            case .cname(let owner, let target): text += "\(owner)\tcanonical name = \(target)\n"
            case .ptr(let owner, let target): text += "\(owner)\tname = \(target)\n"
            case .srv(let owner, let priority, let weight, let port, let target):
                text += "\(owner)\tservice = \(priority) \(weight) \(port) \(target)\n"
            // Only negative answers carry an SOA here, in the authority section busybox does not print.
            case .soa: break
            }
        }
        return text + "\n"
    }

    private static func reverseName(_ host: String) -> String? {
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return nil }
        return octets.reversed().joined(separator: ".") + ".in-addr.arpa"
    }

    /// A server given by name is looked up first, as the C library would.
    private func address(of server: String, _ resolvConf: String) -> String? {
        if Self.reverseName(server) != nil { return server }
        if case .addresses(_, let addresses) = cluster.resolve(server, with: ResolvConf(resolvConf)) { return addresses.first }
        return nil
    }

    private func usage(_ context: CommandContext) -> Int32 {
        context.io.err(banner + " multi-call binary.\n" + Self.usageText)
        return 1
    }

    private static let usageText = """

        Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]

        Query DNS about HOST

        QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any

        """
}

/// The lines of `/etc/resolv.conf` busybox's nslookup reads: every `nameserver`, and the last
/// `search` (or `domain` when there is no search line).
private struct ResolvConfLines {
    var nameservers: [String] = []
    var search: [String] = []

    init(_ text: String) {
        var haveSearch = false
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.count > 1 else { continue }
            switch words[0] {
            case "nameserver": nameservers.append(words[1])
            case "search":
                haveSearch = true
                search = Array(words.dropFirst())
            case "domain" where !haveSearch: search = Array(words.dropFirst())
            default: break
            }
        }
        if search == ["."] { search = [] }
    }
}
