import Cluster
import KubeAPI
import Kubectl

/// BIND 9's `nslookup [-type=T] HOST [SERVER]` (`bin/dig/nslookup.c`): by default an A lookup
/// along the search list, then AAAA for the name the A answer ended at; an address is looked up
/// as PTR. Only the final reply of a search is printed.
struct BindNslookup: ShellCommand {
    let cluster: Cluster
    let pod: KubeObject

    /// The record type names nslookup prints before each record's data (`rtypetext`).
    private static let typeText: [DNSType: String] = [
        .cname: "canonical name = ", .ptr: "name = ", .srv: "service = ", .mx: "mail exchanger = ", .ns: "nameserver = ",
        .txt: "text = ",
    ]

    func run(_ context: CommandContext) -> Int32 {
        var type: DNSType?
        var words: [String] = []
        for word in context.arguments.dropFirst() {
            guard word.hasPrefix("-"), word.count > 1 else {
                words.append(word)
                continue
            }
            let option = word.dropFirst().lowercased()
            for prefix in ["type=", "ty=", "querytype=", "query=", "qu=", "q="] where option.hasPrefix(prefix) {
                let value = String(option.dropFirst(prefix.count))
                guard let known = DNSType(rawValue: value.uppercased()) else {
                    context.io.out("unknown query type: \(value)\n")
                    break
                }
                type = known
                break
            }
        }
        guard let host = words.first, words.count <= 2 else { return usage(context) }
        var lookup = BindLookup(cluster: cluster, pod: pod, resolvConf: context.session.filesystem.read("/etc/resolv.conf") ?? "", tries: 3)
        var serverName: String?
        if words.count == 2 {
            guard let address = BindServer.address(words[1], cluster: cluster, pod: pod) else {
                context.io.err("nslookup: couldn't get address for '\(words[1])': not found\n")
                return 1
            }
            lookup.servers = [address]
            serverName = words[1]
        }
        var output = Output(serverName: serverName)
        if let reverse = Cluster.reverseName(of: host), type == nil {
            output.ask(reverse + ".", type: .ptr, defaultLookups: true, lookup: lookup, context: context)
        } else if let type {
            output.ask(host, type: type, defaultLookups: false, lookup: lookup, context: context)
        } else if let name = output.ask(host, type: .a, defaultLookups: true, lookup: lookup, context: context) {
            output.ask(name, type: .aaaa, defaultLookups: true, lookup: lookup, context: context)
        }
        context.io.out("\n")
        return output.failed ? 1 : 0
    }

    /// What the lookups printed so far, and whether one failed.
    private struct Output {
        var serverName: String?
        var failed = false
        var aHadNoAnswer = false

        /// Runs one lookup and prints its reply; for an A lookup that found the name, returns the
        /// name its CNAMEs lead to (the AAAA lookup's name).
        @discardableResult
        mutating func ask(_ name: String, type: DNSType, defaultLookups: Bool, lookup: BindLookup, context: CommandContext) -> String? {
            guard case .answered(let asked, let server, let exchange) = lookup.run(name, type: type, useSearch: true, context: context) else {
                context.io.out(";; no servers could be reached\n")
                failed = true
                return nil
            }
            let reply = exchange.reply
            var text = ""
            if !defaultLookups || type == .a {
                text += "Server:\t\t\(serverName ?? server)\nAddress:\t\(server)#53\n\n"
            }
            guard reply.code == .noError else {
                context.io.out(text + "** server can't find \(asked): \(reply.code.rawValue)\n")
                failed = true
                return nil
            }
            if !reply.authoritative, !defaultLookups || type == .a { text += "Non-authoritative answer:\n" }
            if reply.answers.isEmpty {
                if defaultLookups, type == .a {
                    aHadNoAnswer = true
                } else if !defaultLookups || (type == .aaaa && aHadNoAnswer) {
                    text += "*** Can't find \(name): No answer\n"
                }
            }
            text += reply.answers.map(Self.line).joined()
            if !reply.authoritative, type != .a, type != .aaaa {
                text += "\nAuthoritative answers can be found from:\n"
                text += (reply.authority + reply.additional).map(Self.line).joined()
            }
            context.io.out(text)
            var owner = asked
            for case .cname(let alias, let target) in reply.answers where alias == owner { owner = target }
            return owner
        }

        /// One record as nslookup's printsection writes it.
        static func line(_ record: DNSRecord) -> String {
            switch record {
            case .a(let name, let address), .aaaa(let name, let address): return "Name:\t\(name)\nAddress: \(address)\n"
            case .soa(let name, let primary, let mailbox, let serial, let refresh, let retry, let expire, let minimum):
                return "\(name)\n\torigin = \(primary)\n\tmail addr = \(mailbox)\n\tserial = \(serial)\n\trefresh = \(refresh)\n"
                    + "\tretry = \(retry)\n\texpire = \(expire)\n\tminimum = \(minimum)\n"
            default: return "\(record.name)\t\(typeText[record.type] ?? "")\(BindText.rdata(record))\n"
            }
        }
    }

    private func usage(_ context: CommandContext) -> Int32 {
        context.io.err("""
            Usage:
               nslookup [-opt ...]             # interactive mode using default server
               nslookup [-opt ...] - server    # interactive mode using 'server'
               nslookup [-opt ...] host        # just look up 'host' using default server
               nslookup [-opt ...] host server # just look up 'host' using 'server'

            """)
        return 1
    }
}

/// A server named on a lookup tool's command line: an address, or a name the C library resolves.
enum BindServer {
    static func address(_ server: String, cluster: Cluster, pod: KubeObject) -> String? {
        if IPv4Text.isAddress(server) { return server }
        if case .addresses(_, let addresses) = cluster.resolveThroughPolicy(server, from: pod) { return addresses.first }
        return nil
    }
}
