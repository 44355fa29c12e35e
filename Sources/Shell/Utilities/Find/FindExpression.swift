/// A `find` expression: tests joined by implicit `-a`, with `!`/`-not` and `-o`, as findutils
/// parses them (no parentheses). Global options (`-maxdepth`, `-mindepth`) are taken out here.
struct FindExpression {
    enum Test {
        case name(String, ignoreCase: Bool)
        case path(String)
        case type(Character)
        case empty
        case print
        case `true`
    }

    /// Alternatives (`-o`), each a list of tests that must all hold, each possibly negated.
    var alternatives: [[(test: Test, negated: Bool)]] = [[]]
    var maxDepth: Int?
    var minDepth = 0
    /// Whether the expression prints on its own (`-print`); otherwise every match is printed.
    var prints = false
    /// findutils' warning for a global option placed after a test.
    var warnings: [String] = []

    struct Failure: Error {
        var message: String
    }

    init(_ words: [String]) throws(Failure) {
        var index = 0
        var negate = false
        var lastTest: String?
        func argument(_ option: String) throws(Failure) -> String {
            guard index < words.count else { throw Failure(message: "missing argument to `\(option)'") }
            index += 1
            return words[index - 1]
        }
        while index < words.count {
            let word = words[index]
            index += 1
            switch word {
            case "!", "-not":
                negate.toggle()
                continue
            case "-o", "-or":
                guard lastTest != nil, !(alternatives.last?.isEmpty ?? true) else {
                    throw Failure(message: "invalid expression; you have used a binary operator '\(word)' with nothing before it.")
                }
                alternatives.append([])
                continue
            case "-a", "-and":
                continue
            case "-maxdepth", "-mindepth":
                let value = try argument(word)
                guard let depth = Int(value), depth >= 0 else {
                    throw Failure(message: "Expected a positive decimal integer argument to \(word), but got ‘\(value)’")
                }
                if word == "-maxdepth" { maxDepth = depth } else { minDepth = depth }
                if let lastTest {
                    warnings.append(
                        "find: warning: you have specified the global option \(word) after the argument \(lastTest), but global options are not positional, i.e., \(word) affects tests specified before it as well as those specified after it.  Please specify global options before other arguments.\n"
                    )
                }
                continue
            case "-name", "-iname":
                alternatives[alternatives.count - 1].append((.name(try argument(word), ignoreCase: word == "-iname"), negate))
            case "-path", "-wholename":
                alternatives[alternatives.count - 1].append((.path(try argument(word)), negate))
            case "-type":
                let value = try argument(word)
                guard value.count == 1, let kind = value.first, "fdlbcps".contains(kind) else {
                    if value.isEmpty { throw Failure(message: "Arguments to -type should contain at least one letter") }
                    throw Failure(message: "Unknown argument to -type: \(value)")
                }
                alternatives[alternatives.count - 1].append((.type(kind), negate))
            case "-empty":
                alternatives[alternatives.count - 1].append((.empty, negate))
            case "-print":
                prints = true
                alternatives[alternatives.count - 1].append((.print, negate))
            case "-true":
                alternatives[alternatives.count - 1].append((.true, negate))
            default:
                if word.hasPrefix("-") { throw Failure(message: "unknown predicate `\(word)'") }
                throw Failure(message: "paths must precede expression: `\(word)'")
            }
            lastTest = word
            negate = false
        }
        if alternatives.count > 1, alternatives.last?.isEmpty == true {
            throw Failure(message: "expected an expression after '-o'")
        }
    }
}
