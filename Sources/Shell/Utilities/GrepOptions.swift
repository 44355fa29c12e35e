/// How a `grep` run was asked to behave, from its options.
struct GrepOptions {
    /// Which pattern language `-G`, `-E`, `-F` or `-P` selected.
    enum Syntax {
        case basic, extended, fixed, perl
    }

    var syntax = Syntax.basic
    var patterns: [String] = []
    var patternFiles: [String] = []
    var ignoreCase = false, invert = false, wordRegexp = false, lineRegexp = false
    var count = false, listMatching = false, listNonMatching = false, quiet = false, suppressErrors = false
    var lineNumbers = false, byteOffsets = false, onlyMatching = false, recursive = false, text = false
    /// `-H` (true) or `-h` (false); nil means "when there is more than one file".
    var withFilename: Bool?
    var maxCount: Int?
    /// Context lines; nil when no context option was given (then no `--` separators either).
    var before: Int?, after: Int?
    var groupSeparator: String? = "--"
    var label = "(standard input)"
    var operands: [String] = []
    /// `--help` and `-V`: grep reads every option first, then prints the version or its usage.
    var showHelp = false, showVersion = false

    /// Why the options were refused; `message` is the complete text grep prints.
    enum Failure: Error {
        case usage(String)
        case contextLength(String)
        case maxCount

        var message: String {
            switch self {
            case .usage(let text): text + grepUsage
            case .contextLength(let value): "grep: \(value): invalid context length argument\n"
            case .maxCount: "grep: invalid max count\n"
            }
        }
    }

    init(_ arguments: ArraySlice<String>, syntax initial: Syntax) throws(Failure) {
        syntax = initial
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(arguments)
        } catch {
            throw .usage("grep: \(error.message)\n")
        }
        var digits = ""
        for (key, value) in parsed.options {
            if key.count == 1, let digit = key.first, digit.isASCIIDigit {
                digits += String(digit)
                let number = try Self.contextLength(digits)
                (before, after) = (number, number)
                continue
            }
            digits = ""
            switch key {
            case "E": syntax = .extended
            case "F": syntax = .fixed
            case "G": syntax = .basic
            case "P": syntax = .perl
            case "e": patterns.append(value ?? "")
            case "f": patternFiles.append(value ?? "")
            case "i", "y": ignoreCase = true
            case "no-ignore-case": ignoreCase = false
            case "v": invert = true
            case "w": wordRegexp = true
            case "x": lineRegexp = true
            case "c": count = true
            case "l": listMatching = true
            case "L": listNonMatching = true
            case "q": quiet = true
            case "help": showHelp = true
            case "V": showVersion = true
            case "s": suppressErrors = true
            case "n": lineNumbers = true
            case "b": byteOffsets = true
            case "o": onlyMatching = true
            case "r", "R": recursive = true
            case "a": text = true
            case "H": withFilename = true
            case "h": withFilename = false
            case "A": after = try Self.contextLength(value ?? "")
            case "B": before = try Self.contextLength(value ?? "")
            case "C": (before, after) = (try Self.contextLength(value ?? ""), try Self.contextLength(value ?? ""))
            case "m":
                guard let value, let number = Int(value.trimmingBlanks) else { throw .maxCount }
                maxCount = number < 0 ? nil : number
            case "group-separator": groupSeparator = value
            case "no-group-separator": groupSeparator = nil
            case "label": label = value ?? ""
            default: break
            }
        }
        operands = parsed.operands
        if patterns.isEmpty && patternFiles.isEmpty && !showHelp && !showVersion {
            guard !operands.isEmpty else { throw .usage("") }
            patterns.append(operands.removeFirst())
        }
    }

    private static func contextLength(_ value: String) throws(Failure) -> Int {
        guard let number = Int(value), number >= 0 else {
            if let number = Int(value), number < 0 { throw .contextLength(value) }
            guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit) else { throw .contextLength(value) }
            return Int.max
        }
        return number
    }

    /// grep's long options, in the order of GNU grep's own table so abbreviations resolve alike.
    private static let parser = OptionParser(
        short: "0123456789A:B:C:D:EFGHILPRTUVZabcd:e:f:hiLlm:noqRrsuvwxyz",
        long: [
            .init("basic-regexp", key: "G"), .init("extended-regexp", key: "E"), .init("fixed-regexp", key: "F"),
            .init("fixed-strings", key: "F"), .init("perl-regexp", key: "P"),
            .init("after-context", .required, key: "A"),
            .init("before-context", .required, key: "B"), .init("binary-files", .required, key: "binary-files"),
            .init("byte-offset", key: "b"), .init("context", .required, key: "C"),
            .init("color", .optional, key: "color"),
            .init("colour", .optional, key: "color"), .init("count", key: "c"), .init("devices", .required, key: "D"),
            .init("directories", .required, key: "d"), .init("dereference-recursive", key: "R"),
            .init("exclude", .required, key: "exclude"), .init("exclude-from", .required, key: "exclude-from"),
            .init("exclude-dir", .required, key: "exclude-dir"), .init("file", .required, key: "f"),
            .init("files-with-matches", key: "l"), .init("files-without-match", key: "L"),
            .init("group-separator", .required, key: "group-separator"), .init("help", key: "help"),
            .init("include", .required, key: "include"), .init("ignore-case", key: "i"),
            .init("no-ignore-case", key: "no-ignore-case"), .init("initial-tab", key: "T"),
            .init("label", .required, key: "label"), .init("line-buffered", key: "line-buffered"),
            .init("line-number", key: "n"), .init("line-regexp", key: "x"), .init("max-count", .required, key: "m"),
            .init("no-filename", key: "h"), .init("no-group-separator", key: "no-group-separator"),
            .init("no-messages", key: "s"), .init("null", key: "Z"), .init("null-data", key: "z"),
            .init("only-matching", key: "o"), .init("quiet", key: "q"), .init("recursive", key: "r"),
            .init("regexp", .required, key: "e"), .init("invert-match", key: "v"), .init("silent", key: "q"),
            .init("text", key: "a"), .init("binary", key: "U"), .init("unix-byte-offsets", key: "u"),
            .init("version", key: "V"), .init("with-filename", key: "H"), .init("word-regexp", key: "w"),
        ])
}

let grepUsage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
