import OrderedCollections
import KubeAPI

/// JSON as Go's `json.MarshalIndent(v, "", "    ")` writes it, HTML characters escaped;
/// `unit` is the indent string (`version -o json` indents by two spaces).
enum JSONPrinter {
    static func print(_ value: JSONValue, unit: String = "    ") -> String {
        var out = OutputBytes()
        write(value, indent: 0, unit: Array(unit.utf8), sortingKeys: false, into: &out)
        return out.text
    }

    /// Writes `value` and a newline to standard output in chunks as it goes, never holding the
    /// whole document; `sortingKeys` orders every object's keys as the apiserver does.
    static func write(_ value: JSONValue, sortingKeys: Bool, to io: IOStreams) {
        var out = OutputBytes(sink: io.out, takesMore: { io.takesMoreOutput })
        write(value, indent: 0, unit: Array("    ".utf8), sortingKeys: sortingKeys, into: &out)
        out.newline()
        out.finish()
    }

    private static func write(_ value: JSONValue, indent: Int, unit: [UInt8], sortingKeys: Bool, into out: inout OutputBytes) {
        switch value {
        case .null: out.append("null" as StaticString)
        case .bool(let b): out.append(b ? "true" as StaticString : "false")
        case .int(let i): out.append(i)
        case .double(let d): out.append(formatFloat(d))
        case .string(let s): writeQuoted(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]" as StaticString) }
            out.append(UInt8(ascii: "["))
            out.newline()
            for (i, item) in items.enumerated() {
                // A list's items no one will see (the output limit is reached) are not written.
                if out.abandoned { break }
                pad(indent + 1, unit: unit, into: &out)
                write(item, indent: indent + 1, unit: unit, sortingKeys: sortingKeys, into: &out)
                if i < items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.newline()
            }
            pad(indent, unit: unit, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append("{}" as StaticString) }
            out.append(UInt8(ascii: "{"))
            out.newline()
            let order = sortingKeys ? out.keyOrders.positions(of: members) : nil
            let keys = members.keys, values = members.values
            for position in 0..<members.count {
                let index = order?[position] ?? position
                pad(indent + 1, unit: unit, into: &out)
                writeQuoted(keys[index], into: &out)
                out.append(": " as StaticString)
                write(values[index], indent: indent + 1, unit: unit, sortingKeys: sortingKeys, into: &out)
                if position < members.count - 1 { out.append(UInt8(ascii: ",")) }
                out.newline()
            }
            pad(indent, unit: unit, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ depth: Int, unit: [UInt8], into out: inout OutputBytes) {
        unit.withUnsafeBufferPointer { unit in
            for _ in 0..<depth { out.append(unit) }
        }
    }

    /// A Go JSON string literal: control characters (`\b` and `\f` as Go 1.22 and later write them) and `<`, `>`, `&` escaped.
    static func quote(_ s: String) -> String {
        var out = OutputBytes()
        writeQuoted(s, into: &out)
        return out.text
    }

    private static func writeQuoted(_ s: String, into out: inout OutputBytes) {
        out.append(UInt8(ascii: "\""))
        withUTF8(s) { bytes in
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                var hexTail = false
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape = "\\u2028"
                    length = 3
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape = "\\u2029"
                    length = 3
                case 0..<0x20:
                    escape = "\\u00"
                    hexTail = true
                default:
                    index += 1
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                out.append(escape)
                if hexTail {
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
                index += length
                start = index
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func formatFloat(_ d: Double) -> String { GoFloat.json(d) }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
