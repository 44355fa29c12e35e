/// The options of `read`, parsed as bash's internal getopt does (`-rp PROMPT`, `-d:`).
struct ReadOptions {
    var raw = false
    /// `-a NAME`: the fields go into this indexed array.
    var array: String?
    var delimiter: Unicode.Scalar = "\n"
    /// `-n N` and `-N N`: read at most this many characters.
    var count: Int?
    /// `-N`: the delimiter is an ordinary character.
    var ignoresDelimiter = false
    var names: [String] = []
    /// `-p PROMPT`: shown before reading, when reading from the terminal.
    var prompt = ""
    /// `-s`: what is typed is not echoed.
    var silent = false
    /// `-t SECONDS`.
    var timeout: Double?

    /// Why the options were refused, with bash's message and status.
    struct Failure: Error {
        var message: String
        var status: Int32
    }

    static func parse(_ arguments: ArraySlice<String>) -> Result<ReadOptions, Failure> {
        var options = ReadOptions()
        var rest = arguments
        while let word = rest.first, word.hasPrefix("-"), word.count > 1 {
            rest.removeFirst()
            if word == "--" { break }
            var flags = Substring(word.dropFirst())
            while let flag = flags.first {
                flags.removeFirst()
                guard "ersadinNptu".contains(flag) else {
                    return .failure(Failure(message: Builtins.invalidOption("read", "-\(flag)", usage: usage), status: 2))
                }
                guard "adinNptu".contains(flag) else {
                    if flag == "r" { options.raw = true }
                    if flag == "s" { options.silent = true }
                    continue
                }
                let value: String
                if !flags.isEmpty {
                    value = String(flags)
                    flags = ""
                } else if let next = rest.first {
                    value = next
                    rest.removeFirst()
                } else {
                    return .failure(Failure(message: missingArgument(flag), status: 2))
                }
                if let failure = options.apply(flag, value) { return .failure(failure) }
            }
        }
        options.names = Array(rest)
        return .success(options)
    }

    /// Takes one option that has a value; returns bash's complaint about a bad value.
    private mutating func apply(_ flag: Character, _ value: String) -> Failure? {
        switch flag {
        case "a": array = value
        case "d": delimiter = value.unicodeScalars.first ?? "\0"
        case "n", "N":
            guard let number = Int(value), number >= 0 else { return Failure(message: invalid(value, "number"), status: 1) }
            count = number
            ignoresDelimiter = flag == "N"
        case "t":
            guard let seconds = Double(value), seconds >= 0 else {
                return Failure(message: invalid(value, "timeout specification"), status: 1)
            }
            timeout = seconds
        case "p": prompt = value
        case "u":
            guard let fd = Int(value), fd >= 0 else {
                return Failure(message: invalid(value, "file descriptor specification"), status: 1)
            }
            if fd != 0 { return Failure(message: "bash: read: \(fd): invalid file descriptor: Bad file descriptor\n", status: 1) }
        default: break
        }
        return nil
    }

    private func invalid(_ value: String, _ what: String) -> String { "bash: read: \(value): invalid \(what)\n" }
}

private let usage =
    "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]"

private func missingArgument(_ flag: Character) -> String {
    "bash: read: -\(flag): option requires an argument\nread: usage: \(usage)\n"
}
