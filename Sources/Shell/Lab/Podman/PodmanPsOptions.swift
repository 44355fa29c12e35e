/// `podman ps`'s flags, parsed as cobra and pflag parse them: shorthands may be grouped (`-aq`),
/// a value may follow its flag, be joined with `=`, or follow a shorthand directly (`-n1`).
struct PodmanPsOptions {
    var all = false
    var quiet = false
    var noTrunc = false
    var noHeading = false
    var latest = false
    var pod = false
    /// `--format` as given; nil when the flag was not used.
    var format: String?
    /// `--filter` values, `NAME=VALUE`, in order.
    var filters: [String] = []
    /// `--last`: how many of the newest containers; -1 when not given.
    var last = -1
    var sort: String?

    static let sortChoices = ["command", "created", "id", "image", "names", "runningfor", "size", "status"]

    /// The options, or the whole message podman prints for the first bad argument.
    static func parse(_ arguments: [String]) -> Result<PodmanPsOptions, PodmanPsError> {
        var options = PodmanPsOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                if index < arguments.count { return .failure(.noArguments) }
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else { return .failure(.noArguments) }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let joined = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let flag = Flag.named(long: name) else { return .failure(.flag(PodmanCommand.unknownFlag(argument, command: "ps"))) }
                if flag.takesValue {
                    let value: String
                    if let joined {
                        value = joined
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    } else {
                        return .failure(.flag("Error: flag needs an argument: --\(name)\nSee 'podman ps --help'\n"))
                    }
                    if let error = options.set(flag, value) { return .failure(error) }
                } else if let error = options.set(flag, joined ?? "true") {
                    return .failure(error)
                }
                continue
            }
            var shorthands = Substring(argument.dropFirst())
            while let letter = shorthands.first {
                shorthands = shorthands.dropFirst()
                guard let flag = Flag.named(short: letter) else {
                    return .failure(.flag("Error: unknown shorthand flag: '\(letter)' in \(argument)\nSee 'podman ps --help'\n"))
                }
                guard flag.takesValue else {
                    if let error = options.set(flag, "true") { return .failure(error) }
                    continue
                }
                var value = String(shorthands.hasPrefix("=") ? shorthands.dropFirst() : shorthands)
                if shorthands.isEmpty {
                    guard index < arguments.count else {
                        return .failure(.flag("Error: flag needs an argument: '\(letter)' in -\(letter)\nSee 'podman ps --help'\n"))
                    }
                    value = arguments[index]
                    index += 1
                }
                if let error = options.set(flag, value) { return .failure(error) }
                break
            }
        }
        return options.checked()
    }

    private mutating func set(_ flag: Flag, _ value: String) -> PodmanPsError? {
        func bool() -> Bool? { ["true", "1", "t", "T", "TRUE", "True"].contains(value) ? true : ["false", "0", "f", "F", "FALSE", "False"].contains(value) ? false : nil }
        func invalid(_ reason: String) -> PodmanPsError {
            .flag("Error: invalid argument \"\(value)\" for \"\(flag.spelling)\" flag: \(reason)\nSee 'podman ps --help'\n")
        }
        switch flag {
        case .format: format = value
        case .filter: filters.append(value)
        case .last:
            guard let number = Int(value) else { return invalid("strconv.ParseInt: parsing \"\(value)\": invalid syntax") }
            last = number
        case .sort:
            guard Self.sortChoices.contains(value) else {
                return invalid("\"\(value)\" is not a valid value.  Choose from: \"\(Self.sortChoices.joined(separator: ", "))\"")
            }
            sort = value
        case .size, .namespaces, .watch:
            return .notSimulated(flag.spelling)
        default:
            guard let on = bool() else { return invalid("strconv.ParseBool: parsing \"\(value)\": invalid syntax") }
            switch flag {
            case .all: all = on
            case .quiet: quiet = on
            case .noTrunc: noTrunc = on
            case .noHeading: noHeading = on
            case .latest: latest = on
            case .pod: pod = on
            default: break
            }
        }
        return nil
    }

    /// podman's checks across flags, in its order.
    private func checked() -> Result<PodmanPsOptions, PodmanPsError> {
        if last >= 0 && latest { return .failure(.message("Error: last and latest are mutually exclusive\n")) }
        return .success(self)
    }

    enum Flag: CaseIterable {
        case all, quiet, noTrunc, noHeading, latest, pod, external, sync, format, filter, last, sort, size, namespaces, watch

        var long: String {
            switch self {
            case .all: "all"
            case .quiet: "quiet"
            case .noTrunc: "no-trunc"
            case .noHeading: "noheading"
            case .latest: "latest"
            case .pod: "pod"
            case .external: "external"
            case .sync: "sync"
            case .format: "format"
            case .filter: "filter"
            case .last: "last"
            case .sort: "sort"
            case .size: "size"
            case .namespaces: "ns"
            case .watch: "watch"
            }
        }

        var short: Character? {
            switch self {
            case .all: "a"
            case .quiet: "q"
            case .latest: "l"
            case .pod: "p"
            case .filter: "f"
            case .last: "n"
            case .size: "s"
            case .watch: "w"
            default: nil
            }
        }

        var takesValue: Bool { [.format, .filter, .last, .sort, .watch].contains(self) }

        /// How pflag names the flag in its messages: `-n, --last` or `--format`.
        var spelling: String { short.map { "-\($0), --\(long)" } ?? "--\(long)" }

        static func named(long name: String) -> Flag? { allCases.first { $0.long == name } }
        static func named(short letter: Character) -> Flag? { allCases.first { $0.short == letter } }
    }
}

/// Why `podman ps` refused its arguments.
enum PodmanPsError: Error, Equatable {
    /// A flag error, worded whole with its `See 'podman ps --help'` line.
    case flag(String)
    case message(String)
    case noArguments
    /// A real flag whose output the lab does not model.
    case notSimulated(String)

    var text: String {
        switch self {
        case .flag(let text), .message(let text): text
        case .noArguments: "Error: `podman ps` takes no arguments\n"
        case .notSimulated(let flag): "Error: `podman ps \(flag.split(separator: " ").last ?? "")` is part of podman, but not of this lab yet\n"
        }
    }
}
