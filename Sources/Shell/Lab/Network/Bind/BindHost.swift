import Cluster
import KubeAPI
import Kubectl

/// BIND 9's `host [-t TYPE] [-W SEC] [-R N] NAME [SERVER]` (`bin/dig/host.c`): one line a record
/// (`has address`, `is an alias for`, `has SRV record`); by default A, then AAAA and MX for the
/// name the A answer ended at; an address is looked up as PTR.
struct BindHost: ShellCommand {
    let cluster: Cluster
    let pod: KubeObject

    private static let typeText: [DNSType: String] = [
        .a: "has address", .ns: "name server", .cname: "is an alias for", .ptr: "domain name pointer",
        .mx: "mail is handled by", .txt: "descriptive text", .aaaa: "has IPv6 address",
    ]

    func run(_ context: CommandContext) -> Int32 {
        var lookup = BindLookup(cluster: cluster, pod: pod, resolvConf: context.session.filesystem.read("/etc/resolv.conf") ?? "", tries: 2)
        var type: DNSType?
        var words: [String] = []
        var arguments = Array(context.arguments.dropFirst())[...]
        while let word = arguments.popFirst() {
            switch word {
            case "-t", "-W", "-R", "-N":
                guard let value = arguments.popFirst() else { return usage(context) }
                switch word {
                case "-t":
                    guard let known = DNSType(rawValue: value.uppercased()) else {
                        context.io.err("host: invalid type: \(value)\n\n")
                        return 2
                    }
                    type = known
                case "-W": lookup.timeout = max(Int64(value) ?? 1, 1)
                case "-R": lookup.tries = max((Int(value) ?? 0) + 1, 2)
                default: lookup.ndots = Int(value) ?? lookup.ndots
                }
            case "-4", "-6", "-r", "-s", "-U": continue
            default:
                guard !word.hasPrefix("-") else { return usage(context) }
                words.append(word)
            }
        }
        guard let host = words.first, words.count <= 2 else { return usage(context) }
        var header = ""
        if words.count == 2 {
            guard let address = BindServer.address(words[1], cluster: cluster, pod: pod) else {
                context.io.err("host: couldn't get address for '\(words[1])': not found\n")
                return 1
            }
            lookup.servers = [address]
            header = "Using domain server:\nName: \(words[1])\nAddress: \(address)#53\nAliases: \n\n"
        }
        var failed = false
        func ask(_ name: String, _ type: DNSType, typed: Bool) -> String? {
            guard case .answered(let asked, _, let exchange) = lookup.run(name, type: type, useSearch: true, context: context) else {
                context.io.out(";; no servers could be reached\n")
                failed = true
                return nil
            }
            let reply = exchange.reply
            var text = header
            header = ""
            guard reply.code == .noError else {
                context.io.out(text + "Host \(name) not found: \(reply.code.number)(\(reply.code.rawValue))\n")
                failed = true
                return nil
            }
            for record in reply.answers {
                let words = Self.typeText[record.type] ?? "has \(record.type.rawValue) record"
                text += "\(record.name) \(words) \(BindText.rdata(record))\n"
            }
            if typed, reply.answers.isEmpty { text += "\(asked) has no \(type.rawValue) record\n" }
            context.io.out(text)
            var owner = asked
            for case .cname(let alias, let target) in reply.answers where alias == owner { owner = target }
            return owner
        }
        if let reverse = Cluster.reverseName(of: host), type == nil {
            _ = ask(reverse + ".", .ptr, typed: true)
        } else if let type {
            _ = ask(host, type, typed: true)
        } else if let name = ask(host, .a, typed: false) {
            if ask(name, .aaaa, typed: false) != nil { _ = ask(name, .mx, typed: false) }
        }
        return failed ? 1 : 0
    }

    private func usage(_ context: CommandContext) -> Int32 {
        context.io.err(Self.usageText)
        return 1
    }

    private static let usageText = """
        Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]
                    [-R number] [-m flag] [-p port] hostname [server]
               -a is equivalent to -v -t ANY
               -A is like -a but omits RRSIG, NSEC, NSEC3
               -c specifies query class for non-IN data
               -C compares SOA records on authoritative nameservers
               -d is equivalent to -v
               -l lists all hosts in a domain, using AXFR
               -m set memory debugging flag (trace|record|usage)
               -N changes the number of dots allowed before root lookup is done
               -p specifies the port on the server to query
               -r disables recursive processing
               -R specifies number of retries for UDP packets
               -s a SERVFAIL response should stop query
               -t specifies the query type
               -T enables TCP/IP mode
               -U enables UDP mode
               -v enables verbose output
               -V print version number and exit
               -w specifies to wait forever for a reply
               -W specifies how long to wait for a reply
               -4 use IPv4 query transport only
               -6 use IPv6 query transport only

        """
}
