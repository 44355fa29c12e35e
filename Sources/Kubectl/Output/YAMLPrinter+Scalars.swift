import KubeAPI

/// Scalars and keys: how go-yaml quotes, folds and writes block literals, decided on the bytes.
extension YAMLPrinter {
    /// How a string is written: as is, in double quotes, or in single quotes.
    enum Quoting { case plain, double, single }

    static func writeKey(_ key: String, into out: inout OutputBytes) {
        withUTF8(key) { bytes in
            switch quoting(key, bytes, Scan(bytes)) {
            case .plain: out.append(bytes)
            case .double: writeDoubleQuoted(key, bytes, into: &out)
            case .single: out.append("'" + escaping(key, "'", as: "''") + "'")
            }
        }
    }

    static func writeScalar(_ value: JSONValue, indent: Int, into out: inout OutputBytes) {
        switch value {
        case .null: out.append("null" as StaticString)
        case .bool(let b): out.append(b ? "true" as StaticString : "false")
        case .int(let i): out.append(i)
        case .double(let d): out.append(JSONPrinter.formatFloat(d))
        case .object: out.append("{}" as StaticString)
        case .array: out.append("[]" as StaticString)
        case .string(let s): writeString(s, indent: indent, into: &out)
        }
    }

    /// A string scalar; go-yaml folds a plain or single-quoted one by the column it starts at
    /// (the key before it included), and writes one with line breaks as a block literal.
    private static func writeString(_ s: String, indent: Int, into out: inout OutputBytes) {
        withUTF8(s) { bytes in
            let scan = Scan(bytes)
            if scan.hasNewline { return out.append(literal(s, indent: indent)) }
            let foldable = bytes.count > 80 - out.column && scan.hasSpace
            switch quoting(s, bytes, scan) {
            case .plain:
                if foldable { out.append(fold(s, indent: indent, column: out.column)) } else { out.append(bytes) }
            case .double: writeDoubleQuoted(s, bytes, into: &out)
            case .single:
                let quoted = "'" + escaping(s, "'", as: "''") + "'"
                // The quotes count as columns when folding.
                out.append(scan.hasSpace ? fold(quoted, indent: indent, column: out.column) : quoted)
            }
        }
    }

    private static func writeDoubleQuoted(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>, into out: inout OutputBytes) {
        out.append(UInt8(ascii: "\""))
        if bytes.contains(UInt8(ascii: "\"")) { out.append(escaping(s, "\"", as: "\\\"")) } else { out.append(bytes) }
        out.append(UInt8(ascii: "\""))
    }

    /// What one pass over a scalar's bytes finds: line breaks, spaces, and the byte pairs that
    /// would end a plain scalar early (a tab, `: ` or ` #`).
    struct Scan {
        var hasNewline = false, hasSpace = false, breaksPlain = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var previous: UInt8 = 0
            for byte in bytes {
                // Every byte looked for is at most ':'.
                if byte <= YAMLPrinter.colon {
                    switch byte {
                    case YAMLPrinter.newline: hasNewline = true
                    case YAMLPrinter.tab: breaksPlain = true
                    case YAMLPrinter.space:
                        hasSpace = true
                        if previous == YAMLPrinter.colon { breaksPlain = true }
                    case YAMLPrinter.hash: if previous == YAMLPrinter.space { breaksPlain = true }
                    default: break
                    }
                }
                previous = byte
            }
        }
    }

    /// The quoting a string needs to read back as the same string.
    static func quoting(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>, _ scan: Scan) -> Quoting {
        guard let first = bytes.first, let last = bytes.last, !resolvesToNonString(s, bytes) else { return .double }
        if (isIndicator(first) && !(first == UInt8(ascii: "-") && bytes.count > 1 && bytes[1] != space))
            || first == space || last == space || last == colon || scan.breaksPlain
        {
            return .single
        }
        return .plain
    }

    /// Strings YAML 1.1 would read as null, a boolean, a number or a timestamp. As go-yaml, only a
    /// scalar that starts with a digit, a sign or a dot is tried as a number.
    static func resolvesToNonString(_ s: String) -> Bool { withUTF8(s) { resolvesToNonString(s, $0) } }

    private static func resolvesToNonString(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if bytes.count <= 5, mayBeNonString(first), nonStrings.contains(where: { $0.elementsEqual(bytes) }) { return true }
        guard isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        else { return false }
        if bytes.count >= 2, first == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "x") || bytes[1] == UInt8(ascii: "o") {
            return true
        }
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            isDigit(bytes[0]), isDigit(bytes[1]), isDigit(bytes[2]), isDigit(bytes[3])
        {
            return true
        }
        return Int(s) != nil || Double(s) != nil
    }

    /// Plain scalars YAML 1.1 reads as null or a boolean (and the special floats), as bytes:
    /// comparing a few short ones costs less than hashing every short scalar.
    private static let nonStrings: [[UInt8]] = [
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "y", "Y", "yes", "Yes",
        "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", ".inf", ".Inf", ".INF", "-.inf",
        ".nan", ".NaN", ".NAN",
    ].map { Array($0.utf8) }

    /// Whether a scalar starting with `byte` may be one of `nonStrings`.
    private static func mayBeNonString(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "o"),
            UInt8(ascii: "O"), UInt8(ascii: "."), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }

    /// YAML's indicator characters, which a plain scalar may not start with.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default: return false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), colon = UInt8(ascii: ":"),
        hash = UInt8(ascii: "#"), newline = UInt8(ascii: "\n")

    /// `s` with every `quote` written as `escape`.
    private static func escaping(_ s: String, _ quote: Character, as escape: String) -> String {
        guard s.contains(quote) else { return s }
        var out = ""
        for character in s { if character == quote { out += escape } else { out.append(character) } }
        return out
    }

    /// A plain scalar folded at spaces once a line passes 80 columns, as go-yaml does; it starts
    /// at `start` on its first line and at `indent` on the next ones.
    private static func fold(_ s: String, indent: Int, column start: Int) -> String {
        guard s.count > 80 - start, s.contains(" ") else { return s }
        var out = ""
        var column = start
        let pad = String(repeating: " ", count: indent)
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        for (i, word) in words.enumerated() {
            if i > 0 {
                if column > 80 && !word.isEmpty {
                    out += "\n" + pad
                    column = indent
                } else {
                    out += " "
                    column += 1
                }
            }
            out += word
            column += word.count
        }
        return out
    }

    private static func literal(_ s: String, indent: Int) -> String {
        let chomp = s.hasSuffix("\n") ? "|" : "|-"
        let body = s.hasSuffix("\n") ? String(s.dropLast()) : s
        let pad = String(repeating: " ", count: indent)
        return chomp + "\n" + body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}

/// Calls `body` with the UTF-8 bytes of `s`, copying only when they are not stored contiguously.
func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(s.utf8).withUnsafeBufferPointer(body)
}
