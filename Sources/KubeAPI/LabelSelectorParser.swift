/// `labels.Parser`: requirements separated by commas, each `!key`, `key`, `key OP value` or
/// `key in|notin (values)`, with the error texts of apimachinery 1.32.
struct LabelSelectorParser {
    typealias Kind = LabelSelectorToken.Kind
    typealias ParseError = LabelSelector.ParseError

    private let tokens: [LabelSelectorToken]
    private var position = 0

    init(tokens: [LabelSelectorToken]) { self.tokens = tokens }

    /// The next token; in value context `in` and `notin` are plain identifiers, as Go's `Values` context reads them.
    private func peek() -> LabelSelectorToken { Self.asValue(tokens[min(position, tokens.count - 1)]) }

    private mutating func next() -> LabelSelectorToken {
        let token = peek()
        position += 1
        return token
    }

    private mutating func nextOperator() -> LabelSelectorToken {
        let token = tokens[min(position, tokens.count - 1)]
        position += 1
        return token
    }

    private static func asValue(_ token: LabelSelectorToken) -> LabelSelectorToken {
        token.kind == .in || token.kind == .notIn ? .init(kind: .identifier, text: token.text) : token
    }

    mutating func parse() throws(ParseError) -> [LabelSelector.Requirement] {
        var requirements: [LabelSelector.Requirement] = []
        while true {
            let token = peek()
            switch token.kind {
            case .identifier, .bang:
                do {
                    requirements.append(try requirement())
                } catch {
                    throw ParseError(message: "unable to parse requirement: \(error.message)")
                }
                let after = next()
                switch after.kind {
                case .end: return requirements
                case .comma:
                    let following = peek()
                    guard following.kind == .identifier || following.kind == .bang else {
                        throw ParseError(message: "found '\(following.text)', expected: identifier after ','")
                    }
                default: throw ParseError(message: "found '\(after.text)', expected: ',' or 'end of string'")
                }
            case .end: return requirements
            default: throw ParseError(message: "found '\(token.text)', expected: !, identifier, or 'end of string'")
            }
        }
    }

    private mutating func requirement() throws(ParseError) -> LabelSelector.Requirement {
        var token = next()
        var op: LabelSelector.Operator?
        if token.kind == .bang {
            op = .doesNotExist
            token = next()
        }
        guard token.kind == .identifier else { throw ParseError(message: "found '\(token.text)', expected: identifier") }
        let key = token.text
        let keyProblems = NameValidation.qualifiedName(key)
        if !keyProblems.isEmpty {
            throw ParseError(message: Self.invalid("<nil>", key, keyProblems.joined(separator: "; ")))
        }
        let after = peek().kind
        if after == .end || after == .comma {
            return try Self.validated(key, op ?? .exists, [])
        }
        if op == .doesNotExist { return try Self.validated(key, .doesNotExist, []) }
        let opToken = nextOperator()
        let binary: LabelSelector.Operator
        switch opToken.kind {
        case .in: binary = .in
        case .equals: binary = .equals
        case .doubleEquals: binary = .doubleEquals
        case .greater: binary = .greaterThan
        case .less: binary = .lessThan
        case .notIn: binary = .notIn
        case .notEquals: binary = .notEquals
        default: throw ParseError(message: "found '\(opToken.text)', expected: in, notin, =, ==, !=, gt, lt")
        }
        let values = binary == .in || binary == .notIn ? try valueSet() : try exactValue()
        return try Self.validated(key, binary, values)
    }

    /// `parseValues`: `(a,b)`, with empty members for `()`, `(,` and `,,`; sorted and unique.
    private mutating func valueSet() throws(ParseError) -> [String] {
        let open = next()
        guard open.kind == .openPar else { throw ParseError(message: "found '\(open.text)' expected: '('") }
        let first = peek()
        switch first.kind {
        case .identifier, .comma:
            var values: Set<String> = []
            while true {
                let token = next()
                if token.kind == .identifier {
                    values.insert(token.text)
                    let following = peek()
                    if following.kind == .comma { continue }
                    if following.kind == .closePar { break }
                    throw ParseError(message: "found '\(following.text)', expected: ',' or ')'")
                } else if token.kind == .comma {
                    if values.isEmpty { values.insert("") }
                    let following = peek().kind
                    if following == .closePar {
                        values.insert("")
                        break
                    }
                    if following == .comma {
                        _ = next()
                        values.insert("")
                    }
                } else {
                    throw ParseError(message: "found '\(token.text)', expected: ',', or identifier")
                }
            }
            _ = next()  // the `)` just seen
            return Self.sortedByBytes(values)
        case .closePar:
            _ = next()
            return [""]
        default:
            throw ParseError(message: "found '\(first.text)', expected: ',', ')' or identifier")
        }
    }

    /// `parseExactValue`: one identifier, or the empty value before `,` or the end.
    private mutating func exactValue() throws(ParseError) -> [String] {
        let kind = peek().kind
        if kind == .end || kind == .comma { return [""] }
        let token = next()
        guard token.kind == .identifier else { throw ParseError(message: "found '\(token.text)', expected: identifier") }
        return [token.text]
    }

    /// `NewRequirement`'s checks on the values, every problem reported (`errors.NewAggregate`).
    private static func validated(_ key: String, _ op: LabelSelector.Operator, _ values: [String])
        throws(ParseError) -> LabelSelector.Requirement
    {
        var problems: [String] = []
        if op == .greaterThan || op == .lessThan {
            for (index, value) in values.enumerated() where Int64(value) == nil {
                problems.append(invalid("values[\(index)]", value, "for 'Gt', 'Lt' operators, the value must be an integer"))
            }
        }
        for (index, value) in values.enumerated() {
            let valueProblems = NameValidation.labelValue(value)
            if !valueProblems.isEmpty {
                problems.append(invalid("values[\(index)][\(key)]", value, valueProblems.joined(separator: "; ")))
            }
        }
        var unique: [String] = []
        for problem in problems where !unique.contains(problem) { unique.append(problem) }
        if unique.count == 1 { throw ParseError(message: unique[0]) }
        if unique.count > 1 { throw ParseError(message: "[\(unique.joined(separator: ", "))]") }
        return .init(key: key, op: op, values: values)
    }

    /// A `field.Invalid` error as its `Error()` prints it.
    private static func invalid(_ path: String, _ value: String, _ detail: String) -> String {
        "\(path): Invalid value: \(GoSyntax.quoted(value)): \(detail)"
    }

    private static func sortedByBytes(_ values: Set<String>) -> [String] {
        values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
