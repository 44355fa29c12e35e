import KubeAPI

/// Scalars and keys: go-yaml v2's choice of style and its writing, decided on the bytes.
extension YAMLPrinter {
    /// Writes a mapping key and reports whether it was a simple one. A key with a line break or
    /// longer than 128 bytes is written as `? key` on its own line, its `:` on the next one.
    static func writeKey(_ key: String, indent: Int, into out: inout OutputBytes) -> Bool {
        withScalar(key) { bytes, facts in
            if !facts.lineBreaks && bytes.count <= 128 {
                write(bytes, facts, style(bytes, facts, simpleKey: true), indent: indent + 2, folding: false, into: &out)
                return true
            }
            out.append(UInt8(ascii: "?"))
            out.append(space)
            write(bytes, facts, style(bytes, facts, simpleKey: false), indent: indent + 2, folding: true, into: &out)
            out.endLine()
            out.append(spaces: indent)
            return false
        }
    }

    static func writeScalar(_ value: JSONValue, indent: Int, into out: inout OutputBytes) {
        switch value {
        case .null: out.append("null" as StaticString)
        case .bool(let b): out.append(b ? "true" as StaticString : "false")
        case .int(let i): out.append(i)
        case .double(let d): out.append(float(d))
        case .object: out.append("{}" as StaticString)
        case .array: out.append("[]" as StaticString)
        case .string(let s):
            withScalar(s) { bytes, facts in
                write(bytes, facts, style(bytes, facts, simpleKey: false), indent: indent, folding: true, into: &out)
            }
        }
    }

    /// A float as kubectl's YAML shows it: its JSON text read back by go-yaml, so one that reads
    /// as an integer prints as that text, and any other in go-yaml's `%g` form.
    static func float(_ d: Double) -> String {
        let json = GoFloat.json(d)
        switch withUTF8(json, GoNumber.value) {
        case .int(let number)?: return String(number)
        case .uint?: return json
        default: return GoFloat.g(d)
        }
    }

    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, _ facts: ScalarFacts, _ style: Style, indent: Int, folding: Bool,
        into out: inout OutputBytes
    ) {
        switch style {
        case .plain: writePlain(bytes, facts, indent: indent, folding: folding, into: &out)
        case .single: writeSingleQuoted(bytes, facts, indent: indent, folding: folding, into: &out)
        case .double: writeDoubleQuoted(bytes, facts, indent: indent, folding: folding, into: &out)
        case .literal: writeLiteral(bytes, indent: indent, into: &out)
        }
    }

    /// Calls `body` with a string's bytes as go-yaml gets them. kubectl's YAML is its JSON read
    /// back as YAML, and JSON leaves NEL (U+0085) unescaped: inside the quoted JSON string, YAML
    /// folds it (with the spaces around it) into a space, or a run of them into line feeds.
    private static func withScalar<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>, ScalarFacts) -> R) -> R {
        withUTF8(s) { bytes in
            let facts = ScalarFacts(bytes)
            guard facts.hasNextLine else { return body(bytes, facts) }
            return foldingNextLines(bytes).withUnsafeBufferPointer { body($0, ScalarFacts($0)) }
        }
    }

    private static func foldingNextLines(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            let isNextLine = b[i] == 0xC2 && b[i + 1] == 0x85
            guard b[i] == space || isNextLine else {
                out.append(b[i])
                i += 1
                continue
            }
            var blanks = 0, breaks = 0
            while i < b.count, b[i] == space || b[i] == 0xC2 && b[i + 1] == 0x85 {
                if b[i] == space {
                    if breaks == 0 { blanks += 1 }
                    i += 1
                } else {
                    breaks += 1
                    i += 2
                }
            }
            switch breaks {
            case 0: out += repeatElement(space, count: blanks)
            case 1: out.append(space)
            default: out += repeatElement(newline, count: breaks - 1)
            }
        }
        return out
    }
}

/// Calls `body` with the UTF-8 bytes of `s`, copying only when they are not stored contiguously.
func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(s.utf8).withUnsafeBufferPointer(body)
}
