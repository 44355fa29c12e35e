/// One flag a command accepts, in pflag's terms.
struct FlagSpec: Sendable {
    /// The flag's Go type, which decides what pflag accepts as its value: `duration` is Go's
    /// `time.Duration`, kept as typed once it parses.
    enum Kind: Sendable { case bool, string, int, duration, stringArray }

    var long: String
    var short: Character?
    var kind: Kind
    /// Why the flag is deprecated, which pflag prints each time the flag is given.
    var deprecation: String?
    /// pflag's `NoOptDefVal`: the value a flag given without `=value` takes (`--dry-run` is
    /// `unchanged`); such a flag never takes the next argument as its value.
    var valueWhenBare: String?

    init(
        _ long: String, _ short: Character? = nil, _ kind: Kind = .string, deprecation: String? = nil,
        valueWhenBare: String? = nil
    ) {
        self.long = long
        self.short = short
        self.kind = kind
        self.deprecation = deprecation
        self.valueWhenBare = valueWhenBare
    }

    /// How pflag names the flag in its errors: `-r, --replicas` when it has a shorthand.
    var errorName: String { short.map { "-\($0), --\(long)" } ?? "--\(long)" }
}

/// Flags, positional arguments and the arguments after `--`, parsed as pflag parses them:
/// flags may appear anywhere, `--a=b`, `--a b`, `-n x`, `-nx`, `-it` and `--` all work.
struct ParsedFlags: Sendable {
    private(set) var values: [String: [String]] = [:]
    var positionals: [String] = []
    /// Everything after a standalone `--`, or nil when there was none.
    var afterDash: [String]?

    /// The long names of the flags given, in the order first given.
    private(set) var setNames: [String] = []
    /// How flags given by shorthand were written, for pflag's message (`'f' in -f`).
    var shorthandSpellings: [String: String] = [:]
    /// Every flag given, in order, with its value as typed (a bare boolean flag as `true`):
    /// what pflag hands a parse callback, from which `--record` writes the command line.
    fileprivate(set) var given: [(long: String, value: String)] = []

    func string(_ long: String) -> String? { values[long]?.last }
    func strings(_ long: String) -> [String] { values[long] ?? [] }
    func bool(_ long: String) -> Bool { values[long]?.last == "true" }
    func isSet(_ long: String) -> Bool { values[long] != nil }

    /// For a subcommand parsed with its siblings' flags: refuses any flag it does not have
    /// (global flags aside), as its own flag set would have.
    func refuseOthers(than allowed: [FlagSpec], command: String) throws(KubectlFailure) {
        let known = Set((allowed + GlobalFlags.specs).map(\.long))
        guard let unknown = setNames.first(where: { !known.contains($0) }) else { return }
        if let short = shorthandSpellings[unknown] { throw .usage("unknown shorthand flag: \(short)", verb: command) }
        throw .usage("unknown flag: --\(unknown)", verb: command)
    }

    /// pflag's notice for each deprecated flag of `own` given, once per time it was given.
    func deprecationNotices(among own: [FlagSpec]) -> [String] {
        given.compactMap { flag in
            own.first { $0.long == flag.long }?.deprecation.map { "Flag --\(flag.long) has been deprecated, \($0)\n" }
        }
    }

    mutating func set(_ long: String, _ value: String, append: Bool) {
        if values[long] == nil { setNames.append(long) }
        if append { values[long, default: []].append(value) } else { values[long] = [value] }
    }
}

/// A flag parsing failure, worded as pflag words it.
struct FlagError: Error, Equatable {
    var message: String
}

enum FlagParser {
    static func parse(_ arguments: [String], specs: [FlagSpec]) throws(FlagError) -> ParsedFlags {
        var result = ParsedFlags()
        var index = 0
        func spec(long: String) -> FlagSpec? { specs.first { $0.long == long } }
        func spec(short: Character) -> FlagSpec? { specs.first { $0.short == short } }
        func store(_ flag: FlagSpec, _ value: String) throws(FlagError) {
            result.given.append((flag.long, value))
            let name = flag.errorName
            switch flag.kind {
            case .bool:
                guard let parsed = parseBool(value) else {
                    throw FlagError(
                        message: "invalid argument \"\(value)\" for \"\(name)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax")
                }
                result.set(flag.long, parsed ? "true" : "false", append: false)
            case .int:
                guard Int(value) != nil else {
                    // Digits alone that an int64 cannot hold are out of range rather than bad syntax.
                    let digits = value.drop { $0 == "-" || $0 == "+" }
                    let problem = value.count - digits.count <= 1 && !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
                        ? "value out of range" : "invalid syntax"
                    throw FlagError(
                        message: "invalid argument \"\(value)\" for \"\(name)\" flag: strconv.ParseInt: parsing \"\(value)\": \(problem)")
                }
                result.set(flag.long, value, append: false)
            case .duration:
                if case .failure(let error) = GoDurationFlag.milliseconds(value) {
                    throw FlagError(message: "invalid argument \"\(value)\" for \"\(name)\" flag: \(error.message)")
                }
                result.set(flag.long, value, append: false)
            case .string:
                result.set(flag.long, value, append: false)
            case .stringArray:
                result.set(flag.long, value, append: true)
            }
        }
        while index < arguments.count {
            let arg = arguments[index]
            index += 1
            if arg == "--" {
                result.afterDash = Array(arguments[index...])
                break
            }
            if arg.hasPrefix("--") {
                let body = arg.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let flag = spec(long: name) else { throw FlagError(message: "unknown flag: --\(name)") }
                if let inline {
                    try store(flag, inline)
                } else if flag.kind == .bool {
                    try store(flag, "true")
                } else if let bare = flag.valueWhenBare {
                    try store(flag, bare)
                } else {
                    guard index < arguments.count else { throw FlagError(message: "flag needs an argument: --\(name)") }
                    try store(flag, arguments[index])
                    index += 1
                }
            } else if arg.hasPrefix("-") && arg.count > 1 {
                var shorts = Substring(arg.dropFirst())
                while let c = shorts.first {
                    // pflag names the letters from this one on: `-Ax` fails with `'x' in -x`.
                    let spelling = "'\(c)' in -\(shorts)"
                    shorts = shorts.dropFirst()
                    guard let flag = spec(short: c) else { throw FlagError(message: "unknown shorthand flag: \(spelling)") }
                    result.shorthandSpellings[flag.long] = spelling
                    if flag.kind == .bool {
                        if shorts.first == "=" {
                            try store(flag, String(shorts.dropFirst()))
                            break
                        }
                        try store(flag, "true")
                        continue
                    }
                    if shorts.first == "=" { shorts = shorts.dropFirst() }
                    if !shorts.isEmpty {
                        try store(flag, String(shorts))
                    } else if let bare = flag.valueWhenBare {
                        try store(flag, bare)
                    } else {
                        guard index < arguments.count else {
                            throw FlagError(message: "flag needs an argument: '\(c)' in -\(c)")
                        }
                        try store(flag, arguments[index])
                        index += 1
                    }
                    break
                }
            } else {
                result.positionals.append(arg)
            }
        }
        return result
    }

    /// Go's strconv.ParseBool.
    static func parseBool(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: return nil
        }
    }
}

/// Flags kubectl's helpers add to many commands, with pflag's value for the bare flag.
extension FlagSpec {
    /// `--dry-run`: bare, `unchanged`, which kubectl reads as `client` with a deprecation warning.
    static let dryRun = FlagSpec("dry-run", valueWhenBare: "unchanged")
    /// `--validate`: bare, `strict`.
    static let validate = FlagSpec("validate", valueWhenBare: "strict")
    /// `--cascade`: bare, `background`.
    static let cascade = FlagSpec("cascade", valueWhenBare: "background")
}
