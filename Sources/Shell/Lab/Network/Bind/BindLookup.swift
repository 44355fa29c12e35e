import Cluster
import KubeAPI
import Kubectl

/// What BIND 9's dig, host and nslookup share (their common `dighost` part): the container's
/// `/etc/resolv.conf`, the order names are tried in along the search list, and retries of a
/// server that does not answer, each one reported as it times out or is refused.
struct BindLookup {
    let cluster: Cluster
    let pod: KubeObject
    /// The name servers asked, in order, as the user named them or `/etc/resolv.conf` lists them.
    var servers: [String]
    var search: [String]
    var ndots: Int
    /// Attempts at the first server (3 for dig and nslookup, 2 for host); one at each further one.
    var tries: Int
    /// Seconds before an attempt gives up.
    var timeout: Int64 = 5
    /// Whether queries go over TCP (dig's `+tcp`): a failed attempt is a failed connection.
    var tcp = false
    /// What the user called the server they named, for TCP's failure lines.
    var serverName: String?

    init(cluster: Cluster, pod: KubeObject, resolvConf: String, tries: Int) {
        self.cluster = cluster
        self.pod = pod
        let conf = ResolvConf(resolvConf)
        servers = conf.nameservers.isEmpty ? ["127.0.0.1"] : conf.nameservers
        search = conf.search
        ndots = conf.ndots
        self.tries = tries
    }

    /// How a lookup ended.
    enum Outcome {
        /// The reply that ended the search, to the name asked last, from `server`.
        case answered(name: String, server: String, DNSExchange)
        /// No server answered.
        case timedOut
    }

    /// The names tried for `name`, in order. With the search list in use, a name with fewer dots
    /// than `ndots` goes under each search domain and then as it is; one with enough dots, or
    /// ending in a dot, only as it is.
    static func names(for name: String, search: [String], ndots: Int, useSearch: Bool) -> [String] {
        let bare = name.hasSuffix(".") ? String(name.dropLast()) : name
        let dots = name.filter { $0 == "." }.count
        guard useSearch, !name.hasSuffix("."), dots < ndots else { return [bare] }
        return search.map { "\(bare).\($0)" } + [bare]
    }

    /// Asks for `type` under each name in turn until a reply is not NXDOMAIN; `passed` sees each
    /// NXDOMAIN the search went on from (dig's `+showsearch` prints them).
    func run(
        _ name: String, type: DNSType, useSearch: Bool, context: CommandContext, passed: (Outcome) -> Void = { _ in }
    ) -> Outcome {
        let candidates = Self.names(for: name, search: search, ndots: ndots, useSearch: useSearch)
        var last: Outcome = .timedOut
        for (index, candidate) in candidates.enumerated() {
            guard let (server, exchange) = ask(candidate, type: type, context: context) else { return .timedOut }
            last = .answered(name: candidate, server: server, exchange)
            if exchange.reply.code != .nxDomain { break }
            if index < candidates.count - 1 { passed(last) }
        }
        return last
    }

    /// One question, to each server in turn until one answers.
    func ask(_ name: String, type: DNSType, context: CommandContext) -> (String, DNSExchange)? {
        for (index, server) in servers.enumerated() {
            for _ in 0..<(index == 0 ? max(tries, 1) : 1) {
                let proto = tcp ? "TCP" : "UDP"
                if let exchange = cluster.dnsExchange(from: pod, server: server, name: name, type: type, proto: proto) {
                    return (server, exchange)
                }
                // A rejection comes back at once; a dropped query waits out the timeout.
                let refused = cluster.dnsRefused(from: pod, server: server, proto: proto)
                if !refused { context.session.sleep(timeout) }
                let reason = refused ? "connection refused" : "timed out"
                if tcp {
                    context.io.out(";; Connection to \(server)#53(\(serverName ?? server)) for \(name) failed: \(reason).\n")
                } else {
                    context.io.out(";; communications error to \(server)#53: \(reason)\n")
                }
            }
        }
        return nil
    }

    /// A seeded source for message IDs and cookies: the same pod, moment and command give the same numbers.
    static func random(for pod: KubeObject, cluster: Cluster, arguments: [String]) -> SeededRandom {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(pod.uid)|\(cluster.now.milliseconds)|\(arguments.joined(separator: " "))".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return SeededRandom(seed: hash)
    }
}
