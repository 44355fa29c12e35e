import Cluster
import KubeAPI
import Kubectl

/// busybox's `nslookup` before 1.29 (busybox:1.28, the one the Kubernetes docs pin): it asks
/// the C library, so the pod's search list applies, and prints the server and each address with
/// the name its PTR record gives, as `Address N: IP NAME`; a name that does not resolve is an
/// error after the server's lines.
struct BusyboxLegacyNslookup: ShellCommand {
    let cluster: Cluster
    /// The pod it runs in: its queries pass its NetworkPolicy or go unanswered.
    let pod: KubeObject
    /// The build's banner, first line of the usage text.
    var banner = BusyboxBuild.fallbackBanner

    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst())
        guard let host = words.first, !host.hasPrefix("-"), words.count <= 2 else {
            context.io.err(banner + " multi-call binary.\n" + Self.usage)
            return 1
        }
        var conf = ResolvConf(context.session.filesystem.read("/etc/resolv.conf") ?? "")
        if words.count == 2 { conf.nameservers = [words[1]] }
        if conf.nameservers.isEmpty { conf.nameservers = ["127.0.0.1"] }
        let server = conf.nameservers[0]
        context.io.out(Self.header("Server:", server) + addressLines([server], server: server) + "\n")
        guard case .addresses(_, let addresses) = resolve(host, conf) else {
            context.io.err("nslookup: can't resolve '\(host)'\n")
            return 1
        }
        context.io.out(Self.header("Name:", host) + addressLines(addresses, server: server))
        return 0
    }

    /// The addresses of `host` as getaddrinfo finds them through `conf`'s servers.
    private func resolve(_ host: String, _ conf: ResolvConf) -> Cluster.Resolution {
        guard conf.nameservers.allSatisfy({ cluster.dnsExchange(from: pod, server: $0, name: host, type: .a) != nil })
        else {
            return .timedOut
        }
        return cluster.resolve(host, with: conf)
    }

    /// One `Address N:` line an address, with the host name its PTR record names when it has one.
    private func addressLines(_ addresses: [String], server: String) -> String {
        addresses.enumerated().map { index, address in
            let name = reverseName(of: address, server: server)
            return "Address \(index + 1): \(address)" + (name.map { " " + $0 } ?? "") + "\n"
        }.joined()
    }

    private func reverseName(of address: String, server: String) -> String? {
        let query = address.split(separator: ".").reversed().joined(separator: ".") + ".in-addr.arpa"
        let reply = cluster.dnsExchange(from: pod, server: server, name: query, type: .ptr)?.reply
        for case .ptr(_, let target) in reply?.answers ?? [] {
            return target.hasSuffix(".") ? String(target.dropLast()) : target
        }
        return nil
    }

    /// busybox's `%-10s %s` header line.
    static func header(_ label: String, _ value: String) -> String {
        label + String(repeating: " ", count: max(0, 10 - label.count)) + " " + value + "\n"
    }

    private static let usage = """

        Usage: nslookup [HOST] [SERVER]

        Query the nameserver for the IP address of the given HOST
        optionally using a specified DNS server

        """
}
