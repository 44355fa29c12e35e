/// Parses command-line options as GNU `getopt_long` does: options and operands may be mixed,
/// `--` ends options, short options bundle (`-iv`), arguments attach (`-A1`, `--lines=2`)
/// or follow, and a long option may be shortened to any unambiguous prefix.
struct OptionParser {
    /// Whether an option takes an argument.
    enum Argument {
        case none, required, optional
    }

    /// A long option and the key it reports (usually its short letter).
    struct LongOption {
        var name: String
        var argument: Argument
        var key: String

        init(_ name: String, _ argument: Argument = .none, key: String) {
            self.name = name
            self.argument = argument
            self.key = key
        }
    }

    /// The options found, in order, and the operands.
    struct Parsed {
        var options: [(key: String, value: String?)] = []
        var operands: [String] = []
    }

    /// Why parsing failed; `message` is glibc's wording without the program name.
    enum Failure: Error, Equatable {
        case invalid(Character)
        case requiresArgument(Character)
        case unrecognized(String)
        case ambiguous(String, [String])
        case longRequiresArgument(String)
        case longTakesNoArgument(String)

        var message: String {
            switch self {
            case .invalid(let c): "invalid option -- '\(c)'"
            case .requiresArgument(let c): "option requires an argument -- '\(c)'"
            case .unrecognized(let text): "unrecognized option '\(text)'"
            case .ambiguous(let text, let names):
                "option '\(text)' is ambiguous; possibilities:" + names.map { " '--\($0)'" }.joined()
            case .longRequiresArgument(let name): "option '--\(name)' requires an argument"
            case .longTakesNoArgument(let name): "option '--\(name)' doesn't allow an argument"
            }
        }
    }

    private var short: [Character: Argument] = [:]
    private var long: [LongOption]

    /// `short` is a getopt string: `"nA:w::"` means `-n` takes no argument, `-A` takes one and
    /// `-w` may have one attached.
    init(short spec: String, long: [LongOption] = []) {
        var characters = Array(spec)
        while !characters.isEmpty {
            let c = characters.removeFirst()
            if characters.first == ":" {
                characters.removeFirst()
                short[c] = .required
                // `w::`: the argument is optional and must be attached (`-w8`).
                if characters.first == ":" {
                    characters.removeFirst()
                    short[c] = .optional
                }
            } else {
                short[c] = Argument.none
            }
        }
        self.long = long
    }

    /// The parser with GNU's `--help` and `--version`, which every GNU program takes (keyed
    /// `--help` and `--version`, so parsing stops at them).
    func withStandardOptions() -> OptionParser {
        var parser = self
        parser.long += [LongOption("help", key: "--help"), LongOption("version", key: "--version")]
        return parser
    }

    func parse(_ arguments: some Sequence<String>) throws(Failure) -> Parsed {
        var parsed = Parsed()
        var rest = Array(arguments)[...]
        while let argument = rest.popFirst() {
            if argument == "--" {
                parsed.operands += rest
                break
            }
            if argument.hasPrefix("--") {
                parsed.options.append(try parseLong(argument, rest: &rest))
                // GNU programs act on `--help` and `--version` as soon as getopt returns them.
                if parsed.options.last?.key.hasPrefix("--") == true { return parsed }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var characters = argument.dropFirst()
                while let c = characters.popFirst() {
                    guard let kind = short[c] else { throw .invalid(c) }
                    if kind == .none || (kind == .optional && characters.isEmpty) {
                        parsed.options.append((String(c), nil))
                    } else if !characters.isEmpty {
                        parsed.options.append((String(c), String(characters)))
                        break
                    } else if let value = rest.popFirst() {
                        parsed.options.append((String(c), value))
                    } else {
                        throw .requiresArgument(c)
                    }
                }
            } else {
                parsed.operands.append(argument)
            }
        }
        return parsed
    }

    private func parseLong(_ argument: String, rest: inout ArraySlice<String>) throws(Failure) -> (
        key: String, value: String?
    ) {
        let body = argument.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let attached = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        let option: LongOption
        if let exact = long.first(where: { $0.name == name }) {
            option = exact
        } else {
            let candidates = long.filter { $0.name.hasPrefix(name) }
            guard let first = candidates.first else { throw .unrecognized(argument) }
            if candidates.contains(where: { $0.key != first.key || $0.argument != first.argument }) {
                throw .ambiguous("--" + name, candidates.map(\.name))
            }
            option = first
        }
        switch option.argument {
        case .none:
            if attached != nil { throw .longTakesNoArgument(option.name) }
            return (option.key, nil)
        case .optional:
            return (option.key, attached)
        case .required:
            if let attached { return (option.key, attached) }
            guard let value = rest.popFirst() else { throw .longRequiresArgument(option.name) }
            return (option.key, value)
        }
    }
}
