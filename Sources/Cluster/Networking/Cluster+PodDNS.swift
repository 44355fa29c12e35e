import KubeAPI

/// Name resolution as a program in a pod gets it from its C library (`getaddrinfo`): the pod's
/// `/etc/resolv.conf`, its search list and `ndots`, one name server after another.
extension Cluster {
    /// What looking up a host name found.
    public enum Resolution: Equatable, Sendable {
        /// The IPv4 addresses of the name that answered, after any CNAMEs.
        case addresses(name: String, [String])
        /// Every name tried was NXDOMAIN or had no address.
        case notFound
        /// No name server answered.
        case timedOut
    }

    /// Resolves `name` to IPv4 addresses from inside `pod`.
    public func resolve(_ name: String, from pod: KubeObject, library: ResolvConf.Library = .glibc) -> Resolution {
        resolve(name, with: ResolvConf(resolvConf(of: pod)), library: library)
    }

    /// Resolves `name` with a given resolver configuration.
    public func resolve(_ name: String, with conf: ResolvConf, library: ResolvConf.Library = .glibc) -> Resolution {
        if IPv4(name) != nil { return .addresses(name: name, [name]) }
        let servers = conf.nameservers.isEmpty ? ["127.0.0.1"] : conf.nameservers
        for candidate in conf.candidates(for: name, library: library) {
            guard let reply = servers.lazy.compactMap({ self.dnsReply(from: $0, candidate, .a) }).first else {
                return .timedOut
            }
            var owner = DNSName.normalized(candidate)
            var addresses: [String] = []
            for record in reply.answers {
                switch record {
                case .cname(_, let target): owner = DNSName.normalized(target)
                case .a(_, let address): addresses.append(address)
                default: break
                }
            }
            if reply.code == .noError, !addresses.isEmpty { return .addresses(name: owner, addresses) }
        }
        return .notFound
    }
}
