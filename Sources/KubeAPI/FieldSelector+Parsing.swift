/// Parsing as apimachinery's `fields.ParseSelector` does: terms split at unescaped commas and
/// sorted, each split at its first `!=`, `==` or `=`, values unescaped (`\,`, `\=`, `\\`).
extension FieldSelector {
    /// Why a field selector could not be parsed, worded as the apiserver words it.
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String

        public init(message: String) { self.message = message }
    }

    public init(parsing text: String) throws(ParseError) {
        var requirements: [Requirement] = []
        for term in Self.terms(text).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        where !term.isEmpty {
            guard let (field, op, rawValue) = Self.split(term) else {
                throw ParseError(message: "invalid selector: '\(text)'; can't understand '\(term)'")
            }
            requirements.append(Requirement(field: field, notEquals: op == "!=", value: try Self.unescape(rawValue)))
        }
        self.init(requirements)
    }

    /// `splitTerms`: the text cut at each comma not escaped by a backslash.
    static func terms(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var terms: [String] = []
        var current = ""
        var afterSlash = false
        for c in text {
            if afterSlash {
                afterSlash = false
            } else if c == "\\" {
                afterSlash = true
            } else if c == "," {
                terms.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        terms.append(current)
        return terms
    }

    /// `splitTerm`: the field, the first operator found scanning left to right, and the raw value.
    static func split(_ term: String) -> (String, String, String)? {
        var index = term.startIndex
        while index < term.endIndex {
            let rest = term[index...]
            for op in ["!=", "==", "="] where rest.hasPrefix(op) {
                return (String(term[..<index]), op, String(rest.dropFirst(op.count)))
            }
            index = term.index(after: index)
        }
        return nil
    }

    /// `UnescapeValue`: `\\`, `\,` and `\=` stand for themselves; a bare `,` or `=` is refused.
    static func unescape(_ value: String) throws(ParseError) -> String {
        var out = ""
        var afterSlash = false
        for c in value {
            if afterSlash {
                guard c == "\\" || c == "," || c == "=" else {
                    throw ParseError(message: "invalid field selector: invalid escape sequence: \\\(c)")
                }
                out.append(c)
                afterSlash = false
            } else if c == "\\" {
                afterSlash = true
            } else if c == "," || c == "=" {
                // `UnescapedRune` prints its rune with `%v`, that is as a number.
                let code = c.unicodeScalars.first.map { String($0.value) } ?? ""
                throw ParseError(message: "invalid field selector: unescaped character in value: \(code)")
            } else {
                out.append(c)
            }
        }
        if afterSlash { throw ParseError(message: "invalid field selector: invalid escape sequence: \\") }
        return out
    }
}
