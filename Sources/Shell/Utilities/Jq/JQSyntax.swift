/// A jq filter.
indirect enum JQFilter {
    case identity
    case recurse
    case literal(JQValue)
    /// A string with `\(...)` interpolations, optionally under a format such as `@base64`.
    case string([JQStringPart], format: String?)
    /// `@base64` on its own: the format applied to `.`.
    case format(String)
    case index(JQFilter, JQFilter)
    case slice(JQFilter, JQFilter?, JQFilter?)
    case iterate(JQFilter)
    case optional(JQFilter)
    case array(JQFilter?)
    case object([(key: JQObjectKey, value: JQFilter?)])
    case pipe(JQFilter, JQFilter)
    case comma(JQFilter, JQFilter)
    case binary(String, JQFilter, JQFilter)
    case and(JQFilter, JQFilter)
    case or(JQFilter, JQFilter)
    case alternative(JQFilter, JQFilter)
    case negate(JQFilter)
    case conditional([(JQFilter, JQFilter)], JQFilter?)
    case tryCatch(JQFilter, JQFilter?)
    case reduce(JQFilter, String, JQFilter, JQFilter)
    case foreach(JQFilter, String, JQFilter, JQFilter, JQFilter?)
    case bind(JQFilter, String, JQFilter)
    case variable(String)
    case call(String, [JQFilter])
    case assign(String, JQFilter, JQFilter)
    case define(String, [String], JQFilter, JQFilter)
}

/// A piece of a jq string literal.
enum JQStringPart {
    case text(String)
    case interpolation(JQFilter)
}

/// An object constructor's key.
enum JQObjectKey {
    case name(String)
    case variable(String)
    case computed(JQFilter)
}

/// Why a jq program could not be compiled; `message` is what follows `jq: error: `.
struct JQCompileError: Error {
    var message: String
}

/// A token of a jq program.
enum JQToken: Equatable {
    case field(String)
    case variable(String)
    case identifier(String)
    case keyword(String)
    case number(Double)
    case string([JQRawPart])
    case format(String)
    case symbol(String)
    case invalid
    case end

    /// How jq's parser names the token in `syntax error, unexpected ...`.
    var described: String {
        switch self {
        case .field: "FIELD"
        case .variable: "'$'"
        case .identifier: "IDENT"
        case .keyword(let word): word
        case .number: "LITERAL"
        case .string: "QQSTRING_START"
        case .format: "FORMAT"
        case .symbol(let s): s.count == 1 ? "'\(s)'" : s
        case .invalid: "INVALID_CHARACTER"
        case .end: "end of file"
        }
    }
}

/// A piece of a string token before its interpolations are parsed.
enum JQRawPart: Equatable {
    case text(String)
    case source(String)
}

/// Splits a jq program into tokens.
struct JQLexer {
    static let keywords: Set<String> = [
        "if", "then", "elif", "else", "end", "as", "def", "reduce", "foreach", "try", "catch", "and", "or",
        "label", "import", "include", "__loc__",
    ]
    private static let symbols = [
        "?//", "|=", "+=", "-=", "*=", "/=", "%=", "//=", "==", "!=", "<=", ">=", "//", "..", "|", ",", "=", "<", ">",
        "+", "-", "*", "/", "%", "(", ")", "[", "]", "{", "}", ":", ";", "?", ".",
    ]

    private let source: [Character]
    private var index = 0

    init(_ source: String) { self.source = Array(source) }

    private func at(_ offset: Int = 0) -> Character? {
        index + offset < source.count ? source[index + offset] : nil
    }

    mutating func tokens() -> [JQToken] {
        var result: [JQToken] = []
        while true {
            let token = next()
            result.append(token)
            if token == .end || token == .invalid { return result + (token == .end ? [] : [.end]) }
        }
    }

    private static func isNameStart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c == "_") }
    private static func isNameCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }

    private mutating func name() -> String {
        var text = ""
        while let c = at(), Self.isNameCharacter(c) || (c == ":" && at(1) == ":") {
            if c == ":" {
                text += "::"
                index += 2
                continue
            }
            text.append(c)
            index += 1
        }
        return text
    }

    private mutating func next() -> JQToken {
        while let c = at() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                index += 1
            } else if c == "#" {
                while let d = at(), d != "\n" { index += 1 }
            } else {
                break
            }
        }
        guard let c = at() else { return .end }
        if c == ".", let d = at(1), Self.isNameStart(d) {
            index += 1
            return .field(name())
        }
        if c == ".", at(1) == "\"" {
            index += 1
            guard case .string(let parts) = readString() else { return .invalid }
            if parts.count == 1, case .text(let text) = parts[0] { return .field(text) }
            if parts.isEmpty { return .field("") }
            return .invalid
        }
        if c == "$", let d = at(1), Self.isNameStart(d) {
            index += 1
            let variable = name()
            return variable == "__loc__" ? .keyword("__loc__") : .variable(variable)
        }
        if c == "@", let d = at(1), Self.isNameStart(d) {
            index += 1
            return .format(name())
        }
        if Self.isNameStart(c) {
            let word = name()
            return Self.keywords.contains(word) ? .keyword(word) : .identifier(word)
        }
        if c.isNumber || (c == "." && at(1)?.isNumber == true) {
            var text = ""
            while let d = at(), d.isNumber || d == "." {
                text.append(d)
                index += 1
            }
            if let e = at(), e == "e" || e == "E" {
                text.append(e)
                index += 1
                if let sign = at(), sign == "+" || sign == "-" {
                    text.append(sign)
                    index += 1
                }
                while let d = at(), d.isNumber {
                    text.append(d)
                    index += 1
                }
            }
            return Double(text).map { .number($0) } ?? .invalid
        }
        if c == "\"" { return readString() }
        for symbol in Self.symbols where matches(symbol) {
            index += symbol.count
            return .symbol(symbol)
        }
        return .invalid
    }

    private func matches(_ symbol: String) -> Bool {
        for (offset, c) in symbol.enumerated() where at(offset) != c { return false }
        return true
    }

    private mutating func readString() -> JQToken {
        index += 1
        var parts: [JQRawPart] = []
        var text = ""
        while let c = at() {
            if c == "\"" {
                index += 1
                if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
                return .string(parts)
            }
            if c == "\\", let d = at(1) {
                index += 2
                switch d {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "\\", "\"", "/": text.append(d)
                case "u":
                    var code: UInt32 = 0
                    for _ in 0..<4 {
                        guard let h = at(), let v = h.hexDigitValue else { return .invalid }
                        code = code * 16 + UInt32(v)
                        index += 1
                    }
                    text.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                case "(":
                    if !text.isEmpty { parts.append(.text(text)) }
                    text = ""
                    var depth = 1
                    var inner = ""
                    var inString = false
                    while let e = at() {
                        index += 1
                        if inString {
                            if e == "\\", let f = at() {
                                inner.append(e)
                                inner.append(f)
                                index += 1
                                continue
                            }
                            if e == "\"" { inString = false }
                        } else if e == "\"" {
                            inString = true
                        } else if e == "(" {
                            depth += 1
                        } else if e == ")" {
                            depth -= 1
                            if depth == 0 { break }
                        }
                        inner.append(e)
                    }
                    guard depth == 0 else { return .invalid }
                    parts.append(.source(inner))
                default: return .invalid
                }
                continue
            }
            text.append(c)
            index += 1
        }
        return .invalid
    }
}
