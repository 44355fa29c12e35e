/// A token of an awk program, with the line and column where it starts (for gawk's error caret).
struct AwkToken: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case string(String)
        case regex(String)
        case name(String)
        /// A name followed at once by `(`: a call of a user function.
        case functionName(String)
        case builtin(String)
        case keyword(String)
        /// Punctuation and operators: `{`, `+=`, `!~`, ...
        case symbol(String)
        case newline
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int
}

/// Why an awk program could not be read, worded as gawk words it.
struct AwkSyntaxError: Error {
    var line: Int
    var column: Int
    var detail: String = "syntax error"
}

/// Splits an awk program into tokens; `/` starts a regular expression where an operand may begin.
struct AwkLexer {
    static let keywords: Set<String> = [
        "BEGIN", "END", "function", "func", "if", "else", "while", "for", "do", "break", "continue", "next",
        "nextfile", "exit", "return", "delete", "in", "getline", "print", "printf",
    ]
    static let builtins: Set<String> = [
        "length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "tolower", "toupper", "int", "sqrt",
        "exp", "log", "sin", "cos", "atan2", "rand", "srand", "system", "close", "fflush",
    ]
    private static let symbols = [
        "+=", "-=", "*=", "/=", "%=", "^=", "**=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "**",
        "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$",
        "=",
    ]

    let source: [Character]
    private var index = 0
    private var line = 1
    private var column = 0
    private var previous: AwkToken.Kind = .newline

    init(_ source: String) {
        self.source = Array(source)
    }

    mutating func tokens() throws(AwkSyntaxError) -> [AwkToken] {
        var result: [AwkToken] = []
        while true {
            let token = try next()
            result.append(token)
            previous = token.kind
            if token.kind == .end { return result }
        }
    }

    private func at(_ offset: Int = 0) -> Character? {
        index + offset < source.count ? source[index + offset] : nil
    }

    private mutating func advance() {
        if source[index] == "\n" {
            line += 1
            column = 0
        } else {
            column += 1
        }
        index += 1
    }

    /// Whether the previous token ends an operand, so `/` divides rather than opens a regex.
    private var afterOperand: Bool {
        switch previous {
        case .number, .string, .regex, .name, .builtin: true
        case .symbol(let s): s == ")" || s == "]" || s == "$" || s == "++" || s == "--"
        default: false
        }
    }

    private mutating func next() throws(AwkSyntaxError) -> AwkToken {
        while let c = at() {
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "\\", at(1) == "\n" {
                advance()
                advance()
            } else if c == "#" {
                while let d = at(), d != "\n" { advance() }
            } else {
                break
            }
        }
        let (startLine, startColumn) = (line, column)
        func token(_ kind: AwkToken.Kind) -> AwkToken { AwkToken(kind: kind, line: startLine, column: startColumn) }
        guard let c = at() else { return token(.end) }
        if c == "\n" {
            advance()
            return token(.newline)
        }
        if c == "\"" { return token(.string(try readString())) }
        if c == "/", !afterOperand { return token(.regex(try readRegex())) }
        if c.isNumber || (c == "." && at(1)?.isNumber == true) { return token(.number(readNumber())) }
        if c.isLetter || c == "_" {
            var name = ""
            while let d = at(), d.isLetter || d.isNumber || d == "_", d.isASCII {
                name.append(d)
                advance()
            }
            if Self.keywords.contains(name) { return token(.keyword(name == "func" ? "function" : name)) }
            if Self.builtins.contains(name) { return token(.builtin(name)) }
            return token(at() == "(" ? .functionName(name) : .name(name))
        }
        for symbol in Self.symbols where matches(symbol) {
            for _ in symbol { advance() }
            return token(.symbol(symbol))
        }
        throw AwkSyntaxError(line: startLine, column: startColumn)
    }

    private func matches(_ symbol: String) -> Bool {
        for (offset, c) in symbol.enumerated() where at(offset) != c { return false }
        return true
    }

    private mutating func readNumber() -> Double {
        var text = ""
        while let c = at(), c.isNumber || c == "." {
            text.append(c)
            advance()
        }
        if let e = at(), e == "e" || e == "E", let d = at(1),
            d.isNumber || ((d == "+" || d == "-") && at(2)?.isNumber == true)
        {
            text.append(e)
            advance()
            while let c = at(), c.isNumber || c == "+" || c == "-" {
                text.append(c)
                advance()
            }
        }
        return Double(text) ?? 0
    }

    private mutating func readString() throws(AwkSyntaxError) -> String {
        let (startLine, startColumn) = (line, column)
        advance()
        var text = ""
        while let c = at() {
            if c == "\"" {
                advance()
                return text
            }
            if c == "\n" { break }
            if c == "\\", let d = at(1) {
                advance()
                advance()
                switch d {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\\": text.append("\\")
                case "\"": text.append("\"")
                case "/": text.append("/")
                case "a": text.append("\u{7}")
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "v": text.append("\u{B}")
                case "\n": break
                default:
                    text.append("\\")
                    text.append(d)
                }
                continue
            }
            text.append(c)
            advance()
        }
        throw AwkSyntaxError(line: startLine, column: startColumn, detail: "unterminated string")
    }

    private mutating func readRegex() throws(AwkSyntaxError) -> String {
        let (startLine, startColumn) = (line, column)
        advance()
        var text = ""
        var inBracket = false
        while let c = at() {
            if c == "\n" { break }
            if c == "\\", let d = at(1) {
                advance()
                advance()
                switch d {
                case "/": text.append("/")
                case "t": text.append("\t")
                case "n": text.append("\n")
                case "r": text.append("\r")
                default:
                    text.append("\\")
                    text.append(d)
                }
                continue
            }
            if c == "[" { inBracket = true } else if c == "]" { inBracket = false }
            if c == "/", !inBracket {
                advance()
                return text
            }
            text.append(c)
            advance()
        }
        throw AwkSyntaxError(line: startLine, column: startColumn, detail: "unterminated regexp")
    }
}
