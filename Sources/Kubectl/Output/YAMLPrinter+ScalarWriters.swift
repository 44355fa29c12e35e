/// Writing a string in the style chosen for it, as go-yaml v2's emitter does: plain and quoted
/// scalars fold at a space once the line has passed 80 characters (never in a key before `:`),
/// and continuation lines start at `indent`.
extension YAMLPrinter {
    static func writePlain(
        _ b: UnsafeBufferPointer<UInt8>, _ facts: ScalarFacts, indent: Int, folding: Bool, into out: inout OutputBytes
    ) {
        // Counted in bytes, the line cannot pass 80 characters before the last space: nothing folds.
        guard folding, facts.hasSpace, out.column + b.count > maxColumn else { return out.append(b) }
        var column = out.characterColumn
        var spaces = false
        var runStart = 0
        var i = 0
        while i < b.count {
            if b[i] == space {
                if !spaces && column > maxColumn && !(i + 1 < b.count && b[i + 1] == space) {
                    out.append(UnsafeBufferPointer(rebasing: b[runStart..<i]))
                    column = breakLine(indent: indent, into: &out)
                    i += 1
                    runStart = i
                    spaces = true
                    continue
                }
                spaces = true
            } else {
                spaces = false
            }
            if b[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        out.append(UnsafeBufferPointer(rebasing: b[runStart...]))
    }

    static func writeSingleQuoted(
        _ b: UnsafeBufferPointer<UInt8>, _ facts: ScalarFacts, indent: Int, folding: Bool, into out: inout OutputBytes
    ) {
        let mayFold = folding && facts.hasSpace && out.column + 2 * b.count + 2 > maxColumn
        var column = mayFold ? out.characterColumn : 0
        out.append(apostrophe)
        column += 1
        var spaces = false, breaks = false
        var i = 0
        while i < b.count {
            let width = utf8Width(b[i])
            if b[i] == space {
                if mayFold && !spaces && column > maxColumn && i > 0 && i < b.count - 1 && b[i + 1] != space {
                    column = breakLine(indent: indent, into: &out)
                } else {
                    out.append(space)
                    column += 1
                }
                spaces = true
            } else if isBreak(b, i) {
                column = writeBreak(b, i, width, into: &out)
                breaks = true
            } else {
                if breaks {
                    out.append(spaces: indent - column)
                    column = indent
                }
                if b[i] == apostrophe {
                    out.append(apostrophe)
                    column += 1
                }
                out.append(UnsafeBufferPointer(rebasing: b[i..<i + width]))
                column += 1
                spaces = false
                breaks = false
            }
            i += width
        }
        out.append(apostrophe)
    }

    static func writeDoubleQuoted(
        _ b: UnsafeBufferPointer<UInt8>, _ facts: ScalarFacts, indent: Int, folding: Bool, into out: inout OutputBytes
    ) {
        // An escape is at most 10 characters for 4 bytes.
        let mayFold = folding && facts.hasSpace && out.column + 4 * b.count + 2 > maxColumn
        // Most quoted strings (timestamps, numbers kept as text) are printable ASCII with nothing to escape.
        if !mayFold, b.allSatisfy({ 0x20..<0x7F ~= $0 && $0 != quote && $0 != backslash }) {
            out.append(quote)
            out.append(b)
            return out.append(quote)
        }
        var column = mayFold ? out.characterColumn : 0
        out.append(quote)
        column += 1
        // As go-yaml checks it, a byte-order mark at the start has every character escaped.
        let startsWithBOM = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
        var spaces = false
        var i = 0
        while i < b.count {
            let width = utf8Width(b[i])
            if startsWithBOM || !isPrintable(b, i) || isBreak(b, i) || b[i] == quote || b[i] == backslash {
                column += writeEscape(scalarValue(b, i, width), into: &out)
                spaces = false
            } else if b[i] == space {
                if mayFold && !spaces && column > maxColumn && i > 0 && i < b.count - 1 {
                    column = breakLine(indent: indent, into: &out)
                    if b[i + 1] == space {
                        out.append(backslash)
                        column += 1
                    }
                } else {
                    out.append(space)
                    column += 1
                }
                spaces = true
            } else {
                out.append(UnsafeBufferPointer(rebasing: b[i..<i + width]))
                column += 1
                spaces = false
            }
            i += width
        }
        out.append(quote)
    }

    /// A block literal: `|`, an indentation hint when the text starts with a space or a break,
    /// the chomping hint (`-` without a final break, `+` to keep more than one), then the lines.
    static func writeLiteral(_ b: UnsafeBufferPointer<UInt8>, indent: Int, into out: inout OutputBytes) {
        out.append(UInt8(ascii: "|"))
        if b[0] == space || isBreak(b, 0) { out.append(UInt8(ascii: "2")) }
        var last = b.count - 1
        while b[last] & 0xC0 == 0x80 { last -= 1 }
        if !isBreak(b, last) {
            out.append(minus)
        } else if last == 0 {
            out.append(UInt8(ascii: "+"))
        } else {
            var previous = last - 1
            while b[previous] & 0xC0 == 0x80 { previous -= 1 }
            if isBreak(b, previous) { out.append(UInt8(ascii: "+")) }
        }
        out.newline()
        var breaks = true
        var i = 0
        while i < b.count {
            let width = utf8Width(b[i])
            if isBreak(b, i) {
                _ = writeBreak(b, i, width, into: &out)
                breaks = true
            } else {
                if breaks { out.append(spaces: indent) }
                out.append(UnsafeBufferPointer(rebasing: b[i..<i + width]))
                breaks = false
            }
            i += width
        }
    }

    /// A line break inside a scalar: LF ends the line; CR, NEL and the separators are written as
    /// they are and start a new line only for counting columns. Returns the column after it.
    private static func writeBreak(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int, into out: inout OutputBytes) -> Int {
        if b[i] == newline {
            out.newline()
        } else {
            out.append(UnsafeBufferPointer(rebasing: b[i..<i + width]))
            out.markLineStart()
        }
        return 0
    }

    /// Folds: a new line, padded to `indent`. Returns the column after it.
    private static func breakLine(indent: Int, into out: inout OutputBytes) -> Int {
        out.newline()
        out.append(spaces: indent)
        return indent
    }

    /// The code point of the character at `i`.
    private static func scalarValue(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> UInt32 {
        var value = UInt32(width == 1 ? b[i] : width == 2 ? b[i] & 0x1F : width == 3 ? b[i] & 0x0F : b[i] & 0x07)
        for k in 1..<max(width, 1) { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return value
    }

    /// go-yaml's escapes: the short ones, else `\x`, `\u` or `\U` with upper-case hex. Returns its width.
    private static func writeEscape(_ value: UInt32, into out: inout OutputBytes) -> Int {
        out.append(backslash)
        let short: UInt8? =
            switch value {
            case 0x00: UInt8(ascii: "0")
            case 0x07: UInt8(ascii: "a")
            case 0x08: UInt8(ascii: "b")
            case 0x09: UInt8(ascii: "t")
            case 0x0A: UInt8(ascii: "n")
            case 0x0B: UInt8(ascii: "v")
            case 0x0C: UInt8(ascii: "f")
            case 0x0D: UInt8(ascii: "r")
            case 0x1B: UInt8(ascii: "e")
            case 0x22: quote
            case 0x5C: backslash
            case 0x85: UInt8(ascii: "N")
            case 0xA0: UInt8(ascii: "_")
            case 0x2028: UInt8(ascii: "L")
            case 0x2029: UInt8(ascii: "P")
            default: nil
            }
        if let short {
            out.append(short)
            return 2
        }
        let (letter, digits): (Unicode.Scalar, Int) = value <= 0xFF ? ("x", 2) : value <= 0xFFFF ? ("u", 4) : ("U", 8)
        out.append(UInt8(ascii: letter))
        for k in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int(value >> UInt32(k) & 0xF)])
        }
        return 2 + digits
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// go-yaml's best width: a line may pass it, and is folded at the next space.
    static let maxColumn = 80
}
