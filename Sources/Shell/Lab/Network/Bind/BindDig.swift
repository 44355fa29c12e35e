import Cluster
import KubeAPI
import Kubectl

/// BIND 9's `dig [@server] [-t TYPE] [-x ADDR] NAME [TYPE] [+options]`: one lookup a name, the
/// whole reply shown (or only the answers' data with `+short`). It does not use the search list
/// unless `+search` says so; a server that never answers is retried and reported.
struct BindDig: ShellCommand {
    let cluster: Cluster
    let pod: KubeObject
    let version: String

    func run(_ context: CommandContext) -> Int32 {
        let line: DigCommandLine
        do {
            line = try DigCommandLine(Array(context.arguments.dropFirst()), version: version)
        } catch {
            context.io.err(error.message)
            return error.status
        }
        line.warnings.forEach { context.io.err($0) }
        var lookup = BindLookup(cluster: cluster, pod: pod, resolvConf: context.session.filesystem.read("/etc/resolv.conf") ?? "", tries: 3)
        if let server = line.server {
            guard let address = BindServer.address(server, cluster: cluster, pod: pod) else {
                context.io.err("dig: couldn't get address for '\(server)': not found\n")
                return 1
            }
            lookup.servers = [address]
            lookup.serverName = server
        }
        if line.tcp {
            lookup.tcp = true
            lookup.timeout = 10
        }
        var random = BindLookup.random(for: pod, cluster: cluster, arguments: context.arguments)
        let cookie = (0..<8).map { _ in Self.hex(random.next() & 0xff) }.joined()
        // The command line and global options, printed before the first reply (or the failure).
        var header = ""
        if line.printCommand {
            header = "\n; <<>> DiG \(version) <<>> \(context.arguments.dropFirst().joined(separator: " "))\n"
            header += ";; global options:\(line.display.short ? " +short" : "") +cmd\n"
        }
        var status: Int32 = 0
        for (name, typeText) in line.lookups {
            func show(_ outcome: BindLookup.Outcome) {
                guard case .answered(let asked, let address, let exchange) = outcome else { return }
                let message = DigMessage(
                    question: asked, type: typeText, exchange: exchange, serverName: line.server ?? address, serverAddress: address,
                    id: Int(random.next() % 65536), cookie: cookie, when: cluster.now.cFormat("%a %b %d %H:%M:%S UTC %Y"), tcp: line.tcp)
                context.io.out((line.display.short ? "" : header) + message.text(line.display))
                header = ""
            }
            let type = DNSType(rawValue: typeText) ?? .a
            let outcome = lookup.run(name, type: type, useSearch: line.useSearch, context: context) { if line.showSearch { show($0) } }
            if case .timedOut = outcome {
                // Over UDP the command line comes first; a failed TCP connection prints only the error.
                context.io.out((line.tcp ? "" : header) + ";; no servers could be reached\n")
                status = 9
            }
            show(outcome)
            header = ""
        }
        return status
    }

    /// Two lower-case hex digits.
    private static func hex(_ byte: UInt64) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xf)]])
    }
}
