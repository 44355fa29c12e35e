/// Splits a Go text/template into tokens the way Go 1.23's `text/template/parse` lexer does:
/// text, `{{`/`}}` with `-` trim markers, comments, and the words inside actions.
struct GoTemplateLexer {
    /// One token: its kind, byte offset, line and text.
    struct Token {
        enum Kind: Equatable {
            case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
            case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string, text
            case variable
            // Keywords.
            case block, `break`, `continue`, dot, define, `else`, end, `if`, `nil`, range, template, with

            var isKeyword: Bool {
                switch self {
                case .block, .break, .continue, .dot, .define, .else, .end, .if, .nil, .range, .template, .with: return true
                default: return false
                }
            }
        }

        var kind: Kind
        var pos: Int
        var value: String
        var line: Int

        /// How the parser names the token in `unexpected ...` messages.
        var described: String {
            switch kind {
            case .eof: return "EOF"
            case .error: return value
            case _ where kind.isKeyword: return "<\(value)>"
            default:
                let scalars = Array(value.unicodeScalars)
                if scalars.count > 10 {
                    var head = String.UnicodeScalarView()
                    head.append(contentsOf: scalars.prefix(10))
                    return GoValueFormat.quote(String(head)) + "..."
                }
                return GoValueFormat.quote(value)
            }
        }
    }

    private static let keywords: [String: Token.Kind] = [
        ".": .dot, "block": .block, "break": .break, "continue": .continue, "define": .define, "else": .else,
        "end": .end, "if": .if, "range": .range, "nil": .nil, "template": .template, "with": .with,
    ]

    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var width = 0
    private var startLine = 1
    private var line = 1
    private var parenDepth = 0
    private var tokens: [Token] = []

    /// Every token of `text`, ending with `eof` or the first `error`.
    static func tokens(_ text: String) -> [Token] {
        var lexer = GoTemplateLexer(input: Array(text.utf8))
        lexer.run()
        return lexer.tokens
    }

    private init(input: [UInt8]) { self.input = input }

    private enum State { case text, leftDelim, comment, rightDelim, insideAction, done }

    private mutating func run() {
        var state = State.text
        while state != .done {
            switch state {
            case .text: state = lexText()
            case .leftDelim: state = lexLeftDelim()
            case .comment: state = lexComment()
            case .rightDelim: state = lexRightDelim()
            case .insideAction: state = lexInsideAction()
            case .done: break
            }
        }
    }

    // MARK: Reading

    /// The next rune, or nil at the end (Go's `eof`).
    private mutating func next() -> Unicode.Scalar? {
        guard pos < input.count else {
            width = 0
            return nil
        }
        let (scalar, length) = Self.decode(input, at: pos)
        width = length
        pos += length
        if scalar == "\n" { line += 1 }
        return scalar
    }

    private mutating func peek() -> Unicode.Scalar? {
        let rune = next()
        backup()
        return rune
    }

    private mutating func backup() {
        guard width > 0 else { return }
        pos -= width
        if input[pos] == UInt8(ascii: "\n") { line -= 1 }
    }

    private mutating func emit(_ kind: Token.Kind) {
        tokens.append(Token(kind: kind, pos: start, value: text(start, pos), line: startLine))
        start = pos
        startLine = line
    }

    private mutating func ignore() {
        line += input[start..<pos].count { $0 == UInt8(ascii: "\n") }
        start = pos
        startLine = line
    }

    private mutating func error(_ message: String) -> State {
        tokens.append(Token(kind: .error, pos: start, value: message, line: startLine))
        return .done
    }

    private func text(_ from: Int, _ to: Int) -> String { String(decoding: input[from..<to], as: UTF8.self) }

    private func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        let bytes = Array(prefix.utf8)
        guard offset + bytes.count <= input.count else { return false }
        return input[offset..<offset + bytes.count].elementsEqual(bytes)
    }

    private mutating func accept(_ valid: String) -> Bool {
        if let rune = next(), valid.unicodeScalars.contains(rune) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while let rune = next(), valid.unicodeScalars.contains(rune) {}
        backup()
    }

    // MARK: States

    private func hasLeftTrimMarker(at offset: Int) -> Bool {
        offset + 1 < input.count && input[offset] == UInt8(ascii: "-") && Self.isSpaceByte(input[offset + 1])
    }

    private func hasRightTrimMarker(at offset: Int) -> Bool {
        offset + 1 < input.count && Self.isSpaceByte(input[offset]) && input[offset + 1] == UInt8(ascii: "-")
    }

    private mutating func lexText() -> State {
        if let found = find("{{", from: pos) {
            if found > pos {
                var end = found
                if hasLeftTrimMarker(at: found + 2) {
                    while end > start, Self.isSpaceByte(input[end - 1]) { end -= 1 }
                }
                pos = found
                let textLine = startLine
                line += input[start..<end].count { $0 == UInt8(ascii: "\n") }
                if end > start { tokens.append(Token(kind: .text, pos: start, value: text(start, end), line: textLine)) }
                start = end
                ignore()
            }
            return .leftDelim
        }
        pos = input.count
        if pos > start {
            tokens.append(Token(kind: .text, pos: start, value: text(start, pos), line: startLine))
            line += input[start..<pos].count { $0 == UInt8(ascii: "\n") }
            start = pos
            startLine = line
        }
        emit(.eof)
        return .done
    }

    private func find(_ needle: String, from offset: Int) -> Int? {
        var index = offset
        while index < input.count {
            if hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private mutating func lexLeftDelim() -> State {
        pos += 2
        let trim = hasLeftTrimMarker(at: pos)
        let after = trim ? 2 : 0
        if hasPrefix("/*", at: pos + after) {
            pos += after
            ignore()
            return .comment
        }
        emit(.leftDelim)
        pos += after
        ignore()
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State {
        pos += 2
        guard let close = find("*/", from: pos) else { return error("unclosed comment") }
        pos = close + 2
        let (delim, trim) = atRightDelim()
        guard delim else { return error("comment ends before closing delimiter") }
        start = pos
        startLine = line
        if trim { pos += 2 }
        pos += 2
        if trim { pos += leftTrimLength(from: pos) }
        ignore()
        return .text
    }

    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if hasRightTrimMarker(at: pos), hasPrefix("}}", at: pos + 2) { return (true, true) }
        if hasPrefix("}}", at: pos) { return (true, false) }
        return (false, false)
    }

    private func leftTrimLength(from offset: Int) -> Int {
        var end = offset
        while end < input.count, Self.isSpaceByte(input[end]) { end += 1 }
        return end - offset
    }

    private mutating func lexRightDelim() -> State {
        let (_, trim) = atRightDelim()
        if trim {
            pos += 2
            ignore()
        }
        pos += 2
        emit(.rightDelim)
        if trim {
            pos += leftTrimLength(from: pos)
            ignore()
        }
        return .text
    }

    private mutating func lexInsideAction() -> State {
        if atRightDelim().delim {
            return parenDepth == 0 ? .rightDelim : error("unclosed left paren")
        }
        guard let rune = next() else { return error("unclosed action") }
        switch rune {
        case _ where Self.isSpace(rune):
            backup()
            return lexSpace()
        case "=": emit(.assign)
        case ":":
            guard next() == "=" else { return error("expected :=") }
            emit(.declare)
        case "|": emit(.pipe)
        case "\"": return lexQuote()
        case "`": return lexRawQuote()
        case "$": return lexVariable()
        case "'": return lexChar()
        case ".":
            if pos < input.count, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(input[pos]) {
                return lexFieldOrVariable(.field)
            }
            backup()
            return lexNumber()
        case "+", "-", "0"..."9":
            backup()
            return lexNumber()
        case _ where Self.isAlphaNumeric(rune):
            backup()
            return lexIdentifier()
        case "(":
            emit(.leftParen)
            parenDepth += 1
        case ")":
            parenDepth -= 1
            if parenDepth < 0 { return error("unexpected right paren") }
            emit(.rightParen)
        case _ where rune.value < 0x80 && rune.value >= 0x20 && rune.value != 0x7F:
            emit(.char)
        default:
            return error("unrecognized character in action: \(Self.unicodeForm(rune))")
        }
        return .insideAction
    }

    private mutating func lexSpace() -> State {
        var spaces = 0
        while let rune = peek(), Self.isSpace(rune) {
            _ = next()
            spaces += 1
        }
        if hasRightTrimMarker(at: pos - 1), hasPrefix("}}", at: pos + 1) {
            backup()
            if spaces == 1 { return .rightDelim }
        }
        emit(.space)
        return .insideAction
    }

    private mutating func lexIdentifier() -> State {
        while true {
            let rune = next()
            if let rune, Self.isAlphaNumeric(rune) { continue }
            backup()
            let word = text(start, pos)
            guard atTerminator() else { return error("bad character \(Self.unicodeForm(rune))") }
            if let keyword = Self.keywords[word], keyword != .dot {
                emit(keyword)
            } else if word.hasPrefix(".") {
                emit(.field)
            } else if word == "true" || word == "false" {
                emit(.bool)
            } else {
                emit(.identifier)
            }
            return .insideAction
        }
    }

    private mutating func lexVariable() -> State {
        if atTerminator() {
            emit(.variable)
            return .insideAction
        }
        return lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: Token.Kind) -> State {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        var rune: Unicode.Scalar?
        while true {
            rune = next()
            if let r = rune, Self.isAlphaNumeric(r) { continue }
            backup()
            break
        }
        guard atTerminator() else { return error("bad character \(Self.unicodeForm(rune))") }
        emit(kind)
        return .insideAction
    }

    private mutating func atTerminator() -> Bool {
        guard let rune = peek() else { return true }
        if Self.isSpace(rune) { return true }
        switch rune {
        case ".", ",", "|", ":", ")", "(", "}": return true
        default: return false
        }
    }

    private mutating func lexChar() -> State {
        while true {
            switch next() {
            case "\\":
                if let escaped = next(), escaped != "\n" { continue }
                return error("unterminated character constant")
            case nil, "\n":
                return error("unterminated character constant")
            case "'":
                emit(.charConstant)
                return .insideAction
            default: continue
            }
        }
    }

    private mutating func lexNumber() -> State {
        guard scanNumber() else { return error("bad number syntax: \(GoValueFormat.quote(text(start, pos)))") }
        if let sign = peek(), sign == "+" || sign == "-" {
            guard scanNumber(), input[pos - 1] == UInt8(ascii: "i") else {
                return error("bad number syntax: \(GoValueFormat.quote(text(start, pos)))")
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        return .insideAction
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11, accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23, accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if let rune = peek(), Self.isAlphaNumeric(rune) {
            _ = next()
            return false
        }
        return true
    }

    private mutating func lexQuote() -> State {
        while true {
            switch next() {
            case "\\":
                if let escaped = next(), escaped != "\n" { continue }
                return error("unterminated quoted string")
            case nil, "\n":
                return error("unterminated quoted string")
            case "\"":
                emit(.string)
                return .insideAction
            default: continue
            }
        }
    }

    private mutating func lexRawQuote() -> State {
        while true {
            switch next() {
            case nil: return error("unterminated raw quoted string")
            case "`":
                emit(.rawString)
                return .insideAction
            default: continue
            }
        }
    }

    // MARK: Characters

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private static func isSpace(_ rune: Unicode.Scalar) -> Bool { rune == " " || rune == "\t" || rune == "\r" || rune == "\n" }

    private static func isAlphaNumeric(_ rune: Unicode.Scalar) -> Bool {
        rune == "_" || rune.properties.isAlphabetic || rune.properties.numericType == .decimal
    }

    /// `%#U`: `U+0023 '#'`.
    static func unicodeForm(_ rune: Unicode.Scalar?) -> String {
        guard let rune else { return "U+FFFFFFFF" }
        var hex = String(rune.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let printable = rune.properties.generalCategory != .control && rune.value != 0x7F
        return printable ? "U+\(hex) '\(Character(rune))'" : "U+\(hex)"
    }

    /// Decodes one UTF-8 sequence; invalid bytes read as U+FFFD of length 1.
    private static func decode(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int) {
        let first = bytes[offset]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var decoder = UTF8()
        var iterator = bytes[offset..<offset + length].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }
}
