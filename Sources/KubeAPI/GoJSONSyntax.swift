/// The syntax check Go's `encoding/json` makes of a whole document before decoding it
/// (`checkValid`): nil for valid JSON, else the scanner's first error, worded as Go words it.
public enum GoJSONSyntax {
    public static func error(in text: String) -> String? {
        var scanner = Scanner(bytes: Array(text.utf8))
        do throws(Failure) {
            scanner.skipSpace()
            try scanner.value(context: "looking for beginning of value")
            scanner.skipSpace()
            if let byte = scanner.peek { throw Failure(byte: byte, context: "after top-level value") }
            return nil
        } catch {
            return error.message
        }
    }

    struct Failure: Error {
        var message: String

        init(byte: UInt8?, context: String) {
            message = byte.map { "invalid character \(GoJSONSyntax.quoteChar($0)) \(context)" } ?? "unexpected end of JSON input"
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = peek, [0x20, 0x09, 0x0A, 0x0D].contains(byte) { index += 1 }
        }

        /// One value; `context` words a byte that cannot begin one.
        mutating func value(context: String) throws(Failure) {
            switch peek {
            case UInt8(ascii: "{"): try container(object: true)
            case UInt8(ascii: "["): try container(object: false)
            case UInt8(ascii: "\""): try string()
            case let byte? where byte == UInt8(ascii: "-") || byte.isDigit: try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw Failure(byte: peek, context: context)
            }
        }

        /// An object's members or an array's items, up to the closing byte.
        private mutating func container(object: Bool) throws(Failure) {
            let close = UInt8(ascii: object ? "}" : "]")
            index += 1
            skipSpace()
            if peek == close {
                index += 1
                return
            }
            while true {
                if object {
                    guard peek == UInt8(ascii: "\"") else { throw Failure(byte: peek, context: "looking for beginning of object key string") }
                    try string()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw Failure(byte: peek, context: "after object key") }
                    index += 1
                    skipSpace()
                }
                try value(context: "looking for beginning of value")
                skipSpace()
                switch peek {
                case UInt8(ascii: ","):
                    index += 1
                    skipSpace()
                case close:
                    index += 1
                    return
                default: throw Failure(byte: peek, context: object ? "after object key:value pair" : "after array element")
                }
            }
        }

        private mutating func string() throws(Failure) {
            index += 1
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return
                case UInt8(ascii: "\\"):
                    guard let escaped = peek else { break }
                    index += 1
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            guard let hex = peek else { break }
                            guard hex.isHexDigit else { throw Failure(byte: hex, context: "in \\u hexadecimal character escape") }
                            index += 1
                        }
                    } else if !Array("\"\\/bfnrt".utf8).contains(escaped) {
                        throw Failure(byte: escaped, context: "in string escape code")
                    }
                case ..<0x20: throw Failure(byte: byte, context: "in string literal")
                default: continue
                }
            }
            throw Failure(byte: nil, context: "")
        }

        private mutating func number() throws(Failure) {
            if peek == UInt8(ascii: "-") {
                index += 1
                guard let digit = peek, digit.isDigit else { throw Failure(byte: peek, context: "in numeric literal") }
            }
            if peek == UInt8(ascii: "0") { index += 1 } else { digits() }
            if peek == UInt8(ascii: ".") {
                index += 1
                guard let digit = peek, digit.isDigit else {
                    throw Failure(byte: peek, context: "after decimal point in numeric literal")
                }
                digits()
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard let digit = peek, digit.isDigit else { throw Failure(byte: peek, context: "in exponent of numeric literal") }
                digits()
            }
        }

        private mutating func digits() {
            while let byte = peek, byte.isDigit { index += 1 }
        }

        private mutating func literal(_ word: String) throws(Failure) {
            for expected in word.utf8 {
                guard let byte = peek else { throw Failure(byte: nil, context: "") }
                guard byte == expected else {
                    throw Failure(byte: byte, context: "in literal \(word) (expecting \(GoJSONSyntax.quoteChar(expected)))")
                }
                index += 1
            }
        }
    }

    /// `quoteChar`: a byte in single quotes, escaped as `strconv.Quote` escapes it.
    static func quoteChar(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): return "'\\''"
        case UInt8(ascii: "\""): return "'\"'"
        default:
            let quoted = GoSyntax.quoted(String(UnicodeScalar(byte)))
            return "'" + quoted.dropFirst().dropLast() + "'"
        }
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isHexDigit: Bool {
        isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
