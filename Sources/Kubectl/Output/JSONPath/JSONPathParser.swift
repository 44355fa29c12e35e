/// Parses a jsonpath template with client-go's grammar, so kubectl's templates mean the same
/// here and fail with the same messages (`unclosed action`, `unterminated array`, ...).
struct JSONPathParser {
    /// A template kubectl refuses; `message` is the parser's own words.
    struct Failure: Error, Equatable {
        var message: String
    }

    private let input: [Unicode.Scalar]
    private var pos = 0
    private var start = 0
    private var root: [JSONPathNode] = []

    private init(_ text: String) { input = Array(text.unicodeScalars) }

    /// The template's top-level nodes: `.text` and `.list`.
    static func parse(_ template: String) throws(Failure) -> [JSONPathNode] {
        var parser = JSONPathParser(template)
        try parser.parseText()
        return parser.root
    }

    /// The steps of one action, parsed as if written `{text}`.
    private static func action(_ text: String) throws(Failure) -> [JSONPathNode] {
        let nodes = try parse("{" + text + "}")
        guard case .list(let steps)? = nodes.first else { return [] }
        return steps
    }

    // MARK: Scanning

    private var rest: ArraySlice<Unicode.Scalar> { input[pos...] }

    private func hasPrefix(_ prefix: String) -> Bool { rest.starts(with: prefix.unicodeScalars) }

    private mutating func next() -> Unicode.Scalar? {
        guard pos < input.count else { return nil }
        pos += 1
        return input[pos - 1]
    }

    private func peek() -> Unicode.Scalar? { pos < input.count ? input[pos] : nil }

    private mutating func backup() { pos -= 1 }

    private mutating func consumeText() -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: input[start..<pos])
        start = pos
        return String(text)
    }

    // MARK: Grammar

    private mutating func parseText() throws(Failure) {
        while pos < input.count {
            if hasPrefix("{") {
                if pos > start { root.append(.text(consumeText())) }
                pos += 1
                _ = consumeText()
                var steps: [JSONPathNode] = []
                try parseInsideAction(&steps)
                root.append(.list(steps))
                continue
            }
            pos += 1
        }
        if pos > start { root.append(.text(consumeText())) }
    }

    /// Reads one action's steps up to and including its `}`.
    private mutating func parseInsideAction(_ cur: inout [JSONPathNode]) throws(Failure) {
        while true {
            if hasPrefix("}") {
                pos += 1
                _ = consumeText()
                return
            }
            if hasPrefix("[?(") {
                try parseFilter(&cur)
                continue
            }
            if hasPrefix("..") {
                if case .recursive? = cur.last { throw Failure(message: "invalid multiple recursive descent") }
                pos += 2
                _ = consumeText()
                cur.append(.recursive)
                if let r = peek(), Self.isAlphaNumeric(r) { parseField(&cur) }
                continue
            }
            guard let r = next(), !Self.isEndOfLine(r) else { throw Failure(message: "unclosed action") }
            switch r {
            case " ", "@", "$":
                _ = consumeText()
            case "[":
                try parseArray(&cur)
            case "\"", "'":
                try parseQuote(&cur, end: r)
            case ".":
                parseField(&cur)
            case _ where r == "+" || r == "-" || r.properties.numericType == .decimal:
                backup()
                try parseNumber(&cur)
            case _ where Self.isAlphaNumeric(r):
                backup()
                parseIdentifier(&cur)
            default:
                throw Failure(message: "unrecognized character in action: \(Self.describe(r))")
            }
        }
    }

    private mutating func parseIdentifier(_ cur: inout [JSONPathNode]) {
        while let r = next() {
            if Self.isTerminator(r) {
                backup()
                break
            }
        }
        let value = consumeText()
        if value == "true" || value == "false" {
            cur.append(.bool(value == "true"))
        } else {
            cur.append(.identifier(value))
        }
    }

    private mutating func parseNumber(_ cur: inout [JSONPathNode]) throws(Failure) {
        if let r = peek(), r == "+" || r == "-" { pos += 1 }
        while let r = next() {
            if r != ".", r.properties.numericType != .decimal {
                backup()
                break
            }
        }
        let value = consumeText()
        if let number = Int(value) {
            cur.append(.int(number))
        } else if let number = Double(value) {
            cur.append(.float(number))
        } else {
            throw Failure(message: "cannot parse number \(value)")
        }
    }

    private mutating func parseArray(_ cur: inout [JSONPathNode]) throws(Failure) {
        while true {
            guard let r = next(), r != "\n" else { throw Failure(message: "unterminated array") }
            if r == "]" { break }
        }
        var text = String(consumeText().dropFirst().dropLast())
        if text == "*" { text = ":" }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count > 1 {
            var branches: [[JSONPathNode]] = []
            for part in parts {
                branches.append(try Self.action("[" + part.trimmingCharacters(" ") + "]"))
            }
            cur.append(.union(branches))
            return
        }
        if text.count >= 2, text.first == "'", text.last == "'", !text.dropFirst().dropLast().contains("'") {
            cur += try Self.action("." + text.dropFirst().dropLast())
            return
        }
        cur.append(.array(try Self.slice(text)))
    }

    /// `n`, `a:b`, `a:b:c`, each bound optional and possibly negative.
    private static func slice(_ text: String) throws(Failure) -> JSONPathSlice {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let wellFormed = parts.count <= 3 && parts.allSatisfy { part in
            let digits = part.hasPrefix("-") ? part.dropFirst() : part[...]
            return digits.allSatisfy(\.isASCIIDigit)
        }
        guard wellFormed else { throw Failure(message: "invalid array index \(text)") }
        var slice = JSONPathSlice()
        func bound(_ part: Substring) throws(Failure) -> JSONPathSlice.Bound {
            guard !part.isEmpty else { return JSONPathSlice.Bound() }
            guard let value = Int(part) else { throw Failure(message: "array index \(part) is not a number") }
            return JSONPathSlice.Bound(value: value, known: true)
        }
        slice.start = try bound(parts[0])
        if parts.count > 1 {
            slice.end = try bound(parts[1])
        } else {
            slice.end = JSONPathSlice.Bound(value: slice.start.value + 1, known: true, derived: true)
        }
        if parts.count > 2 { slice.step = try bound(parts[2]) }
        return slice
    }

    private mutating func parseFilter(_ cur: inout [JSONPathNode]) throws(Failure) {
        pos += 3
        _ = consumeText()
        var begin = false
        var end = false
        var pair: Unicode.Scalar = "\""
        loop: while true {
            guard let r = next(), r != "\n" else { throw Failure(message: "unterminated filter") }
            switch r {
            case "\"", "'":
                if !begin {
                    begin = true
                    pair = r
                    continue
                }
                if input[pos - 2] != "\\" && r == pair { end = true }
            case ")":
                if begin == end { break loop }
            default:
                break
            }
        }
        guard next() == "]" else { throw Failure(message: "unclosed array expect ]") }
        let text = String(consumeText().unicodeScalars.dropLast(2))
        if let (left, op, right) = Self.comparison(text) {
            cur.append(.filter(left: try Self.action(left), right: try Self.action(right), op: op))
        } else {
            cur.append(.filter(left: try Self.action(text), right: [], op: "exists"))
        }
    }

    /// Splits `left OP right` where OP is a run of `!<>=` (client-go's filter pattern).
    private static func comparison(_ text: String) -> (String, String, String)? {
        let operators: Set<Character> = ["!", "<", ">", "="]
        guard let opStart = text.firstIndex(where: { operators.contains($0) }), opStart > text.startIndex else {
            return nil
        }
        var opEnd = text[opStart...].firstIndex { !operators.contains($0) } ?? text.endIndex
        // The pattern needs one character after the operator, so a trailing run gives one back.
        if opEnd == text.endIndex, text.index(after: opStart) < opEnd { opEnd = text.index(before: opEnd) }
        guard opEnd < text.endIndex, !text[opEnd...].contains(where: \.isNewline) else { return nil }
        return (String(text[..<opStart]), String(text[opStart..<opEnd]), String(text[opEnd...]))
    }

    private mutating func parseQuote(_ cur: inout [JSONPathNode], end: Unicode.Scalar) throws(Failure) {
        while true {
            guard let r = next(), r != "\n" else { throw Failure(message: "unterminated quoted string") }
            if r == end && input[pos - 2] != "\\" { break }
        }
        let value = consumeText()
        guard let text = GoUnquote.unquote(value) else {
            throw Failure(message: "unquote string \(value) error invalid syntax")
        }
        cur.append(.text(text))
    }

    private mutating func parseField(_ cur: inout [JSONPathNode]) {
        _ = consumeText()
        while let r = next() {
            if r == "\\" {
                _ = next()
            } else if Self.isTerminator(r) {
                backup()
                break
            }
        }
        let value = consumeText()
        cur.append(value == "*" ? .wildcard : .field(value.filter { $0 != "\\" }))
    }

    // MARK: Character classes

    private static func isTerminator(_ r: Unicode.Scalar) -> Bool {
        " \t\r\n.,[]$@{}".unicodeScalars.contains(r)
    }

    private static func isEndOfLine(_ r: Unicode.Scalar) -> Bool { r == "\r" || r == "\n" }

    private static func isAlphaNumeric(_ r: Unicode.Scalar) -> Bool {
        r == "_" || r.properties.isAlphabetic || r.properties.numericType == .decimal
    }

    /// Go's `%#U`: `U+0026 '&'`.
    private static func describe(_ r: Unicode.Scalar) -> String {
        let hex = String(r.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return r.properties.generalCategory == .control ? code : "\(code) '\(r)'"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set` (Go's `strings.Trim`).
    fileprivate func trimmingCharacters(_ set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
