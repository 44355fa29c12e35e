/// `test`, `sub`, `gsub`, `splits`, `match`, `capture` and `scan` over the shell's POSIX extended regex engine
/// (jq uses Oniguruma; the common patterns read the same).
enum JQRegexFunctions {
    static func call(
        _ name: String, _ arguments: [JQFilter], _ input: JQValue, _ env: JQEnvironment, _ jq: JQInterpreter
    )
        throws(JQRuntimeError) -> [JQValue]
    {
        guard case .string(let subject) = input else {
            throw JQRuntimeError("\(JQOperators.describe(input)) cannot be matched, as it is not a string")
        }
        var results: [JQValue] = []
        let flags =
            arguments.count > (name.hasPrefix("sub") || name.hasPrefix("gsub") ? 2 : 1)
            ? try jq.evaluate(arguments[arguments.count - 1], input, env).first : nil
        var ignoreCase = false
        var global = name == "gsub" || name == "scan"
        if case .string(let f) = flags ?? .null {
            ignoreCase = f.contains("i")
            global = global || f.contains("g")
        }
        for patternValue in try jq.evaluate(arguments[0], input, env) {
            guard case .string(let pattern) = patternValue else {
                throw JQRuntimeError("\(JQOperators.describe(patternValue)) cannot be matched, as it is not a string")
            }
            let regex: CapturingRegex
            do {
                regex = try CapturingRegex(pattern, extended: true, ignoringCase: ignoreCase)
            } catch {
                throw JQRuntimeError("\(pattern) (at offset 0) is not a valid regex: \(error.message)")
            }
            let text = Array(subject.unicodeScalars)
            var matches: [(range: Range<Int>, groups: [Range<Int>?])] = []
            var position = 0
            while position <= text.count, let match = regex.firstMatch(in: text, from: position) {
                matches.append(match)
                if !global && name != "splits" { break }
                position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
            }
            func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range])) }
            switch name {
            case "test": results.append(.bool(!matches.isEmpty))
            case "sub", "gsub":
                for replacement in try jq.evaluate(arguments[1], input, env) {
                    guard case .string(let with) = replacement else {
                        throw JQRuntimeError("\(JQOperators.describe(replacement)) cannot be added to a string")
                    }
                    var out = ""
                    var last = 0
                    for match in matches {
                        out += string(last..<match.range.lowerBound) + with
                        last = match.range.upperBound
                    }
                    results.append(.string(out + string(last..<text.count)))
                }
            case "splits":
                var last = 0
                for match in matches where !match.range.isEmpty {
                    results.append(.string(string(last..<match.range.lowerBound)))
                    last = match.range.upperBound
                }
                results.append(.string(string(last..<text.count)))
            case "scan":
                for match in matches { results.append(.string(string(match.range))) }
            default:
                for match in matches {
                    let captures: [JQValue] = match.groups.dropFirst().map { group in
                        .object(
                            JQObject([
                                ("offset", .number(Double(group?.lowerBound ?? -1))),
                                ("length", .number(Double(group?.count ?? 0))),
                                ("string", group.map { .string(string($0)) } ?? .null), ("name", .null),
                            ]))
                    }
                    if name == "capture" {
                        results.append(.object(JQObject()))
                    } else {
                        results.append(
                            .object(
                                JQObject([
                                    ("offset", .number(Double(match.range.lowerBound))),
                                    ("length", .number(Double(match.range.count))),
                                    ("string", .string(string(match.range))), ("captures", .array(captures)),
                                ])))
                    }
                }
            }
        }
        return results
    }
}
