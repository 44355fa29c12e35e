/// One rule of an `iptables-save` listing taken apart the way `iptables -L` shows it: the
/// chain, target, protocol, addresses, then each match and the target's options in order.
struct IptablesRule {
    /// A `-m NAME` match or the `-j TARGET` with the options that followed it; a `!` before an
    /// option is kept as the option's `negated` flag.
    struct Module {
        var name: String
        var options: [(name: String, value: String, negated: Bool)] = []

        func value(_ option: String) -> (value: String, negated: Bool)? {
            options.first { $0.name == option }.map { ($0.value, $0.negated) }
        }
    }

    var chain = ""
    var target = ""
    var protocolName = "all"
    var source = "0.0.0.0/0"
    var sourceNegated = false
    var destination = "0.0.0.0/0"
    var destinationNegated = false
    var matches: [Module] = []
    var targetModule: Module?

    /// Parses `-A CHAIN ...` as iptables-save writes it (double quotes around words with spaces).
    init(saved line: String) {
        var words = Self.words(line)[...]
        var negate = false
        var current: Module?
        var currentIsTarget = false
        func flush() {
            guard let module = current else { return }
            if currentIsTarget { targetModule = module } else { matches.append(module) }
            current = nil
        }
        while let word = words.popFirst() {
            if word == "!" { negate = true; continue }
            switch word {
            case "-A": chain = words.popFirst() ?? ""
            case "-s": source = words.popFirst() ?? ""; sourceNegated = negate
            case "-d": destination = words.popFirst() ?? ""; destinationNegated = negate
            case "-p": protocolName = words.popFirst() ?? ""
            case "-m":
                flush()
                current = Module(name: words.popFirst() ?? "")
                currentIsTarget = false
            case "-j", "-g":
                flush()
                target = words.popFirst() ?? ""
                current = Module(name: target)
                currentIsTarget = true
            default:
                guard word.hasPrefix("--") else { break }
                // Options without a value (`--random-fully`) are followed by another option or nothing.
                let takesValue = words.first.map { !$0.hasPrefix("--") && $0 != "!" && $0 != "-m" && $0 != "-j" } ?? false
                let value = takesValue ? (words.popFirst() ?? "") : ""
                current?.options.append((String(word.dropFirst(2)), value, negate))
            }
            negate = false
        }
        flush()
    }

    /// The line's words, a double-quoted word as one word without its quotes.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        var escaped = false
        for character in line {
            if escaped { word.append(character); escaped = false; continue }
            if quoted && character == "\\" { escaped = true; continue }
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
                continue
            }
            word.append(character)
            started = true
        }
        if started { words.append(word) }
        return words
    }
}
