import Cluster

/// dig's command line read as dig reads it: `@server`, `+options`, `-x`, `-t`, and names each
/// followed by an optional type (a type before any name is the next name's).
struct DigCommandLine {
    var display = DigMessage.Display()
    var printCommand = true
    var useSearch = false
    var showSearch = false
    /// `+tcp` (or `+vc`): queries over TCP.
    var tcp = false
    var server: String?
    var lookups: [(name: String, type: String)] = []
    /// Warnings dig prints to stderr and goes on (`-t` with an unknown type).
    var warnings: [String] = []

    /// Why dig stops before asking anything: what it prints to stderr, and its exit status.
    struct Stop: Error {
        var message: String
        var status: Int32
    }

    init(_ arguments: [String], version: String) throws(Stop) {
        var named: [(name: String, type: String?)] = []
        var pendingType: String?
        var words = arguments[...]
        func setType(_ type: String) {
            if named.isEmpty { pendingType = type } else { named[named.count - 1].type = type }
        }
        while let word = words.popFirst() {
            if word.hasPrefix("@") {
                server = String(word.dropFirst())
            } else if word.hasPrefix("+") {
                guard apply(String(word.dropFirst())) else { throw Stop(message: "Invalid option: \(word)\n" + Self.usage, status: 1) }
            } else if word == "-x" || word == "-t" {
                guard let value = words.popFirst() else { throw Stop(message: Self.usage, status: 1) }
                if word == "-x" {
                    guard let reverse = Cluster.reverseName(of: value) else { throw Stop(message: "Invalid IP address \(value)\n", status: 1) }
                    named.append((reverse, "PTR"))
                } else if DNSType(rawValue: value.uppercased()) != nil {
                    setType(value.uppercased())
                } else {
                    warnings.append(";; Warning, ignoring invalid type \(value)\n")
                }
            } else if word == "-v" {
                throw Stop(message: "DiG \(version)\n", status: 0)
            } else if word == "-4" || word == "-6" {
                continue
            } else if word.hasPrefix("-") {
                throw Stop(message: "Invalid option: \(word)\n" + Self.usage, status: 1)
            } else if DNSType(rawValue: word.uppercased()) != nil, named.last.map({ $0.type == nil }) ?? true {
                setType(word.uppercased())
            } else if word.uppercased() != "IN" {
                named.append((word, pendingType))
                pendingType = nil
            }
        }
        lookups = named.isEmpty ? [(".", pendingType ?? "NS")] : named.map { ($0.name, $0.type ?? "A") }
    }

    /// Sets a `+option` (a prefix of its name will do, `no` clears it); false when dig does not know it.
    mutating func apply(_ option: String) -> Bool {
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
            useSearch = state
        } else if matches("showsearch", 5) {
            (useSearch, showSearch) = (state, state)
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
        } else if matches("tcp", 2) || matches("vc", 2) {
            tcp = state
        } else if matches("cmd", 2) {
            printCommand = state
        } else {
            return false
        }
        return true
    }

    static let usage = """
        Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
                    {global-d-opt} host [@local-server] {local-d-opt}
                    [ host [@local-server] {local-d-opt} [...]]

        Use "dig -h" (or "dig -h | more") for complete list of options

        """
}
