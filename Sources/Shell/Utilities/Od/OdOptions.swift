/// What `od`'s options asked for, read from the parsed options in GNU's order (formats as
/// given) or busybox's (its letters in a fixed order around the `-t` types).
struct OdOptions {
    var formats: [OdFormat] = []
    var radix: Int? = 8
    var skip: UInt64 = 0
    var limit: UInt64?
    var width: Int?
    var abbreviate = true
    /// `-S N`: the strings of at least N printable characters, instead of a dump.
    var strings: UInt64?

    /// A refusal, with the message as the tool prints it.
    struct Failure: Error {
        var message: String
    }

    /// The formats the traditional letters stand for.
    private static let gnuLetters: [String: String] = [
        "a": "a", "b": "o1", "c": "c", "D": "u4", "d": "u2", "e": "fD", "F": "fD", "f": "fF", "X": "x4", "H": "x4",
        "i": "dI", "I": "dL", "L": "dL", "l": "dL", "O": "o4", "B": "o2", "o": "o2", "s": "d2", "h": "x2", "x": "x2",
    ]
    private static let busyboxLetters: [(String, String)] = [
        ("a", "a"), ("b", "oC"), ("c", "c"), ("d", "u2"), ("f", "fF"), ("h", "x2"), ("i", "d2"), ("l", "d4"), ("o", "o2"),
    ]

    static func read(_ options: [(key: String, value: String?)], busybox: Bool, spelled: [String] = []) -> Result<OdOptions, Failure> {
        var result = OdOptions()
        var types: [String] = []
        var letters: Set<String> = []
        for (key, value) in options {
            switch key {
            case "A":
                switch value?.first {
                case "d": result.radix = 10
                case "o": result.radix = 8
                case "x": result.radix = 16
                case "n": result.radix = nil
                default:
                    let letter = value?.first.map(String.init) ?? ""
                    return .failure(Failure(message: busybox
                        ? "od: bad output address radix '\(letter)' (must be [doxn])\n"
                        : "od: invalid output address radix '\(letter)'; it must be one character from [doxn]\n"))
                }
            case "j", "N":
                switch OdByteCount.parse(value ?? "", busybox: busybox) {
                case .success(let count):
                    if key == "j" { result.skip = count } else { result.limit = count }
                case .failure(let failure):
                    return .failure(Failure(message: countError(failure, key, value ?? "", busybox: busybox, spelled: spelled)))
                }
            case "w":
                guard let value else {
                    result.width = 32
                    continue
                }
                guard let width = Int(value), width >= 0 else {
                    let digits = value.prefix { $0.isASCII && $0.isNumber }
                    let text =
                        busybox
                        ? "od: invalid number '\(value)'\n"
                        : !digits.isEmpty && digits.count < value.count
                            ? "od: invalid suffix in -w argument '\(value)'\n" : "od: invalid -w argument '\(value)'\n"
                    return .failure(Failure(message: text))
                }
                result.width = width
            case "v": result.abbreviate = false
            case "t": types.append(value ?? "")
            case "S":
                // `-S` needs its number; `--strings` alone means 3.
                switch OdByteCount.parse(value ?? "3", busybox: busybox) {
                case .success(let count): result.strings = count
                case .failure(let failure):
                    return .failure(Failure(message: countError(failure, key, value ?? "", busybox: busybox, spelled: spelled)))
                }
            case "endian", "traditional": continue
            default:
                if busybox {
                    letters.insert(key)
                } else if let type = gnuLetters[key] {
                    types.append(type)
                }
            }
        }
        if busybox {
            types = busyboxLetters.filter { letters.contains($0.0) }.map(\.1) + types
                + (letters.contains("x") ? ["x2"] : []) + (letters.contains("s") ? ["d2"] : [])
        }
        for type in types {
            switch OdFormat.parse(type, busybox: busybox) {
            case .success(let formats): result.formats += formats
            case .failure(let failure):
                return .failure(Failure(message: typeError(failure, type, busybox: busybox)))
            }
        }
        if !busybox, result.strings != nil, !result.formats.isEmpty {
            return .failure(Failure(message: "od: no type may be specified when dumping strings\n"))
        }
        return .success(result)
    }

    private static func typeError(_ failure: OdFormat.Failure, _ type: String, busybox: Bool) -> String {
        switch failure {
        case .badCharacter(let letter):
            return "od: invalid character '\(letter)' in type string \(busybox ? "'\(type)'" : GNUMessages.quote(type))\n"
        case .badSize(let size):
            return busybox
                ? "od: invalid type string '\(type)'; \(size)-byte integral type is not supported\n"
                : "od: invalid type string \(GNUMessages.quote(type));\nthis system doesn't provide a \(size)-byte integral type\n"
        case .badFloatSize(let size):
            return busybox
                ? "od: invalid type string '\(type)'; \(size)-byte floating point type is not supported\n"
                : "od: invalid type string \(GNUMessages.quote(type));\nthis system doesn't provide a \(size)-byte floating point type\n"
        }
    }

    private static func countError(
        _ failure: OdByteCount.Failure, _ key: String, _ value: String, busybox: Bool, spelled: [String]
    ) -> String {
        if busybox { return "od: invalid number '\(value)'\n" }
        let long = ["j": "--skip-bytes", "N": "--read-bytes", "S": "--strings"][key] ?? ""
        let option = spelled.contains { $0.count > 2 && long.hasPrefix($0.split(separator: "=").first.map(String.init) ?? "") }
            ? long : "-" + key
        switch failure {
        case .invalid: return "od: invalid \(option) argument '\(value)'\n"
        case .invalidSuffix: return "od: invalid suffix in \(option) argument '\(value)'\n"
        case .tooLarge: return "od: \(option) argument '\(value)' too large\n"
        }
    }
}
