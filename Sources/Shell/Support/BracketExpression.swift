/// A bracket expression such as `[a-z]`, `[^0-9]` or `[[:space:]]`, as globs and regexes share it.
struct BracketExpression {
    /// One member of the expression: a character, a range or a class.
    enum Item {
        case scalar(Unicode.Scalar)
        case range(Unicode.Scalar, Unicode.Scalar)
        case characterClass(CharacterClass)
    }

    /// A POSIX character class name, `[:alpha:]` and friends.
    enum CharacterClass: String {
        case alpha, digit, alnum, upper, lower, space, blank, punct, print, graph, cntrl, xdigit

        func contains(_ c: Unicode.Scalar) -> Bool {
            let p = c.properties
            switch self {
            case .alpha: return p.isAlphabetic
            case .digit: return ("0"..."9").contains(c)
            case .alnum: return p.isAlphabetic || p.numericType == .decimal
            case .upper: return p.isUppercase
            case .lower: return p.isLowercase
            case .space: return c == " " || ("\t"..."\r").contains(c) || (c.value > 127 && p.isWhitespace)
            case .blank: return c == " " || c == "\t"
            case .punct:
                return c.isASCII ? (33...126).contains(c.value) && !p.isAlphabetic && !("0"..."9").contains(c) : false
            case .print: return !CharacterClass.cntrl.contains(c)
            case .graph: return !CharacterClass.cntrl.contains(c) && !CharacterClass.space.contains(c)
            case .cntrl: return c.value < 32 || c.value == 127
            case .xdigit: return ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
            }
        }
    }

    /// Why a bracket expression is malformed, for grep's messages.
    enum Failure: Error {
        case unmatched, invalidRangeEnd, invalidClassName
    }

    var negated = false
    var items: [Item] = []

    /// Parses the expression whose `[` is at `start`; returns it and the index just past its `]`.
    static func parse(_ text: [Unicode.Scalar], at start: Int, negators: Set<Unicode.Scalar>) throws(Failure) -> (
        BracketExpression, Int
    ) {
        var expression = BracketExpression()
        var index = start + 1
        if index < text.count, negators.contains(text[index]) {
            expression.negated = true
            index += 1
        }
        var first = true
        while index < text.count {
            let c = text[index]
            if c == "]" && !first { return (expression, index + 1) }
            first = false
            var low = c
            if c == "[", index + 1 < text.count, [":", "=", "."].contains(text[index + 1]) {
                let kind = text[index + 1]
                var end = index + 2
                while end + 1 < text.count, !(text[end] == kind && text[end + 1] == "]") { end += 1 }
                guard end + 1 < text.count else { throw .unmatched }
                let name = String(String.UnicodeScalarView(text[(index + 2)..<end]))
                index = end + 2
                if kind == ":" {
                    guard let characterClass = CharacterClass(rawValue: name) else { throw .invalidClassName }
                    expression.items.append(.characterClass(characterClass))
                    continue
                }
                guard let scalar = name.unicodeScalars.first, name.unicodeScalars.count == 1 else { throw .unmatched }
                low = scalar
            } else {
                index += 1
            }
            if index + 1 < text.count, text[index] == "-", text[index + 1] != "]" {
                let high = text[index + 1]
                guard low <= high else { throw .invalidRangeEnd }
                expression.items.append(.range(low, high))
                index += 2
            } else {
                expression.items.append(.scalar(low))
            }
        }
        throw .unmatched
    }

    func matches(_ c: Unicode.Scalar, ignoringCase: Bool = false) -> Bool {
        var found = contains(c)
        if !found && ignoringCase {
            for variant in caseVariants(of: c) where contains(variant) {
                found = true
                break
            }
        }
        return found != negated
    }

    private func contains(_ c: Unicode.Scalar) -> Bool {
        items.contains { item in
            switch item {
            case .scalar(let s): s == c
            case .range(let low, let high): low <= c && c <= high
            case .characterClass(let characterClass): characterClass.contains(c)
            }
        }
    }
}

/// The other-case forms of a scalar that are single scalars themselves.
func caseVariants(of c: Unicode.Scalar) -> [Unicode.Scalar] {
    let forms = [c.properties.lowercaseMapping, c.properties.uppercaseMapping, c.properties.titlecaseMapping]
    return forms.compactMap { form in
        let scalars = form.unicodeScalars
        guard scalars.count == 1, let only = scalars.first, only != c else { return nil }
        return only
    }
}
