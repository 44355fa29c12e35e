/// How go-yaml v2 picks a string's style: plain unless it would read back as another type, a
/// block literal when it has a newline, then whatever the characters allow (its analyze_scalar).
extension YAMLPrinter {
    enum Style { case plain, single, double, literal }

    /// What one pass over a scalar's UTF-8 finds, as go-yaml's emitter analyzes it (block context).
    struct ScalarFacts {
        var lineBreaks = false, hasNewline = false, hasNextLine = false, hasSpace = false, special = false
        var blockIndicators = false, leadingSpace = false, leadingBreak = false
        var trailingSpace = false, trailingBreak = false, breakSpace = false, spaceBreak = false

        var plainAllowed: Bool {
            !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special
                || lineBreaks || blockIndicators)
        }
        var singleQuotedAllowed: Bool { !(breakSpace || spaceBreak || special) }
        var literalAllowed: Bool { !(trailingSpace || spaceBreak || special) }

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let n = bytes.count
            guard n > 0 else { return }
            if n >= 3, bytes[0] == bytes[1], bytes[1] == bytes[2], bytes[0] == minus || bytes[0] == dot {
                blockIndicators = true
            }
            var previousSpace = false, previousBreak = false, precededByBlank = true
            var i = 0
            while i < n {
                let byte = bytes[i]
                // Letters, digits and most punctuation need nothing: a run of them is skipped at once.
                if !needsCloserLook(byte) {
                    repeat { i += 1 } while i < n && !needsCloserLook(bytes[i])
                    previousSpace = false
                    previousBreak = false
                    precededByBlank = false
                    continue
                }
                // Inside a word (names, UIDs, times), `-` and a `:` not before a blank are as plain.
                if byte == minus && i > 0 || byte == colon && i + 1 < n && bytes[i + 1] != space && bytes[i + 1] != tab {
                    previousSpace = false
                    previousBreak = false
                    precededByBlank = false
                    i += 1
                    continue
                }
                let width = utf8Width(byte)
                let followedByBlank = i + width >= n || bytes[i + width] == space || bytes[i + width] == tab
                switch byte {
                case hash, comma, leftBracket, rightBracket, leftBrace, rightBrace, ampersand, star, bang, pipe, greater,
                    apostrophe, quote, percent, at, backtick:
                    if i == 0 || byte == hash && precededByBlank { blockIndicators = true }
                case question: if i == 0 && followedByBlank { blockIndicators = true }
                case colon: if followedByBlank { blockIndicators = true }
                case minus: if i == 0 && followedByBlank { blockIndicators = true }
                default: break
                }
                if !isPrintable(bytes, i) { special = true }
                let isBreak = isBreak(bytes, i)
                if byte == space {
                    hasSpace = true
                    if i == 0 { leadingSpace = true }
                    if i + 1 == n { trailingSpace = true }
                    if previousBreak { breakSpace = true }
                    previousSpace = true
                    previousBreak = false
                } else if isBreak {
                    lineBreaks = true
                    if byte == newline { hasNewline = true }
                    if byte == 0xC2 { hasNextLine = true }
                    if i == 0 { leadingBreak = true }
                    if i + width == n { trailingBreak = true }
                    if previousSpace { spaceBreak = true }
                    previousSpace = false
                    previousBreak = true
                } else {
                    previousSpace = false
                    previousBreak = false
                }
                precededByBlank = byte == space || byte == tab || isBreak || byte == 0
                i += width
            }
        }
    }

    /// The style for a string; `simpleKey` for a key written before `:` on its line.
    static func style(_ bytes: UnsafeBufferPointer<UInt8>, _ facts: ScalarFacts, simpleKey: Bool) -> Style {
        var style: Style = facts.hasNewline ? .literal : resolvesToNonString(bytes) ? .double : .plain
        if style == .plain && !facts.plainAllowed { style = .single }
        if style == .single && !facts.singleQuotedAllowed { style = .double }
        if style == .literal && (!facts.literalAllowed || simpleKey) { style = .double }
        return style
    }

    /// Bytes that need a closer look: controls, space, YAML's indicators
    /// (`` #,[]{}&*!|>'"%@`?:- ``), DEL, and all of non-ASCII. The ASCII ones are bits of two
    /// masks, one for 0–63 and one for 64–127.
    @inline(__always)
    static func needsCloserLook(_ byte: UInt8) -> Bool {
        guard byte < 0x80 else { return true }
        let mask: UInt64 = byte < 64 ? 0xC400_34EF_FFFF_FFFF : 0xB800_0001_2800_0001
        return (mask >> UInt64(byte & 63)) & 1 == 1
    }

    static func utf8Width(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// go-yaml's is_printable: what it writes as is, rather than escaped in double quotes.
    static func isPrintable(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let byte = b[i]
        switch byte {
        case 0x0A, 0x20...0x7E: return true
        case 0xC2: return b[i + 1] >= 0xA0
        case 0xC3..<0xED, 0xEE: return true
        case 0xED: return b[i + 1] < 0xA0
        case 0xEF: return !(b[i + 1] == 0xBB && b[i + 2] == 0xBF) && !(b[i + 1] == 0xBF && b[i + 2] >= 0xBE)
        default: return false
        }
    }

    /// CR, LF, NEL, and the Unicode line and paragraph separators.
    static func isBreak(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch b[i] {
        case 0x0A, 0x0D: return true
        case 0xC2: return b[i + 1] == 0x85
        case 0xE2: return b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
        default: return false
        }
    }

    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"),
        colon = UInt8(ascii: ":"), hash = UInt8(ascii: "#"), minus = UInt8(ascii: "-"), dot = UInt8(ascii: "."),
        quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
    private static let comma = UInt8(ascii: ","), leftBracket = UInt8(ascii: "["), rightBracket = UInt8(ascii: "]"),
        leftBrace = UInt8(ascii: "{"), rightBrace = UInt8(ascii: "}"), ampersand = UInt8(ascii: "&"),
        star = UInt8(ascii: "*"), bang = UInt8(ascii: "!"), pipe = UInt8(ascii: "|"), greater = UInt8(ascii: ">"),
        percent = UInt8(ascii: "%"), at = UInt8(ascii: "@"), backtick = UInt8(ascii: "`"), question = UInt8(ascii: "?")
}
