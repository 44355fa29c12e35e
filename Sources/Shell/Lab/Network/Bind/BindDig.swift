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
        var display = DigMessage.Display()
        var printCommand = true
        var useSearch = false
        var showSearch = false
        var server: String?
        var lookups: [(name: String, type: String?)] = []
        // A type given before any name is the next name's.
        var pendingType: String?
        var words = Array(context.arguments.dropFirst())[...]
        while let word = words.popFirst() {
            if word.hasPrefix("@") {
                server = String(word.dropFirst())
            } else if word.hasPrefix("+") {
                guard Self.apply(String(word.dropFirst()), to: &display, printCommand: &printCommand, search: &useSearch, showSearch: &showSearch) else {
                    context.io.err("Invalid option: \(word)\n" + Self.usage)
                    return 1
                }
            } else if word == "-x" || word == "-t" {
                guard let value = words.popFirst() else { return usage(context) }
                if word == "-t" {
                    guard Self.type(value) != nil else {
                        context.io.err(";; Warning, ignoring invalid type \(value)\n")
                        continue
                    }
                    if lookups.isEmpty { pendingType = value.uppercased() } else { lookups[lookups.count - 1].type = value.uppercased() }
                } else {
                    guard let reverse = Cluster.reverseName(of: value) else {
                        context.io.err("dig: '\(value)' is not a legal IPv4 address\n")
                        return 1
                    }
                    lookups.append((reverse, "PTR"))
                }
            } else if word == "-v" {
                context.io.err("DiG \(version)\n")
                return 0
            } else if word == "-4" || word == "-6" {
                continue
            } else if word.hasPrefix("-") {
                context.io.err("Invalid option: \(word)\n" + Self.usage)
                return 1
            } else if Self.type(word) != nil, lookups.isEmpty || lookups.last?.type == nil {
                if lookups.isEmpty { pendingType = word.uppercased() } else { lookups[lookups.count - 1].type = word.uppercased() }
            } else if word.uppercased() == "IN" {
                continue
            } else {
                lookups.append((word, pendingType))
                pendingType = nil
            }
        }
        if lookups.isEmpty { lookups = [(".", pendingType ?? "NS")] }
        var lookup = BindLookup(cluster: cluster, pod: pod, resolvConf: context.session.filesystem.read("/etc/resolv.conf") ?? "", tries: 3)
        if let server {
            guard let address = BindServer.address(server, cluster: cluster, pod: pod) else {
                context.io.err("dig: couldn't get address for '\(server)': not found\n")
                return 1
            }
            lookup.servers = [address]
        }
        var random = BindLookup.random(for: pod, cluster: cluster, arguments: context.arguments)
        let cookie = (0..<8).map { _ in format2(random.next() & 0xff) }.joined()
        var header = printCommand ? "\n; <<>> DiG \(version) <<>> \(context.arguments.dropFirst().joined(separator: " "))\n" : ""
        if printCommand { header += ";; global options:\(display.short ? " +short" : "") +cmd\n" }
        var status: Int32 = 0
        for (name, typeText) in lookups {
            let typeText = typeText ?? "A"
            let type = Self.type(typeText) ?? .a
            func show(_ outcome: BindLookup.Outcome) {
                guard case .answered(let asked, let address, let exchange) = outcome else { return }
                let message = DigMessage(
                    question: asked, type: typeText, exchange: exchange, serverName: server ?? address, serverAddress: address,
                    id: Int(random.next() % 65536), cookie: cookie, when: cluster.now.cFormat("%a %b %d %H:%M:%S UTC %Y"))
                context.io.out((display.short ? "" : header) + message.text(display))
                header = ""
            }
            let outcome = lookup.run(name, type: type, useSearch: useSearch, context: context) { if showSearch { show($0) } }
            if case .timedOut = outcome {
                context.io.out(header + ";; no servers could be reached\n")
                status = 9
            }
            show(outcome)
            header = ""
        }
        return status
    }

    /// The types dig can ask for here, by name.
    static func type(_ word: String) -> DNSType? { DNSType(rawValue: word.uppercased()) }

    /// Sets a `+option` (any unambiguous prefix, `no` to clear); false when dig does not know it.
    static func apply(
        _ option: String, to display: inout DigMessage.Display, printCommand: inout Bool, search: inout Bool, showSearch: inout Bool
    ) -> Bool {
        let state = !option.lowercased().hasPrefix("no")
        let name = state ? option.lowercased() : String(option.lowercased().dropFirst(2))
        func matches(_ full: String, _ least: Int) -> Bool { name.count >= least && full.hasPrefix(name) }
        if matches("short", 2) {
            display.short = state
            if state {
                printCommand = false
                (display.comments, display.stats, display.question, display.authority, display.additional) = (false, false, false, false, false)
                display.answer = true
            }
        } else if matches("search", 3) {
            search = state
        } else if matches("showsearch", 5) {
            (search, showSearch) = (state, state)
        } else if matches("all", 2) {
            (display.comments, display.stats, display.question, display.answer, display.authority, display.additional) = (state, state, state, state, state, state)
            printCommand = state
        } else if matches("answer", 2) {
            display.answer = state
        } else if matches("authority", 2) {
            display.authority = state
        } else if matches("additional", 3) {
            display.additional = state
        } else if matches("question", 2) {
            display.question = state
        } else if matches("comments", 4) {
            display.comments = state
        } else if matches("stats", 2) {
            display.stats = state
        } else if matches("cmd", 2) {
            printCommand = state
        } else {
            return false
        }
        return true
    }

    private func usage(_ context: CommandContext) -> Int32 {
        context.io.err(Self.usage)
        return 1
    }

    static let usage = """
        Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
                    {global-d-opt} host [@local-server] {local-d-opt}
                    [ host [@local-server] {local-d-opt} [...]]

        Use "dig -h" (or "dig -h | more") for complete list of options

        """
}

/// Two lower-case hex digits.
private func format2(_ byte: UInt64) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xf)]])
}
