import OrderedCollections
import KubeAPI

/// YAML as kubectl prints it: JSON turned into YAML by go-yaml v2 (keys sorted, 2-space indent,
/// sequences level with their key, scalars quoted only when they would read back as something else).
enum YAMLPrinter {
    static func print(_ value: JSONValue) -> String {
        var out = OutputBytes()
        write(value, into: &out)
        return out.text
    }

    /// Writes `value` to standard output in chunks as it goes, never holding the whole document.
    static func write(_ value: JSONValue, to io: IOStreams) {
        var out = OutputBytes(sink: io.out, takesMore: { io.takesMoreOutput })
        write(value, into: &out)
        out.finish()
    }

    static func write(_ value: JSONValue, into out: inout OutputBytes) {
        switch value {
        case .object(let members) where !members.isEmpty: writeMapping(members, indent: 0, into: &out)
        case .array(let items) where !items.isEmpty: writeSequence(items, indent: 0, into: &out)
        default:
            writeScalar(value, indent: 0, into: &out)
            out.endLine()
        }
    }

    private static func writeMapping(
        _ members: OrderedDictionary<String, JSONValue>, indent: Int, into out: inout OutputBytes, firstInline: Bool = false
    ) {
        let layout = out.yamlLayouts.layout(of: members)
        let keys = members.keys, values = members.values
        for position in 0..<members.count {
            let index = layout.order?[position] ?? position
            if position > 0 || !firstInline { out.append(spaces: indent) }
            let simple: Bool
            if let written = layout.keys {
                written[index].withUnsafeBufferPointer { out.append($0) }
                simple = true
            } else {
                simple = writeKey(keys[index], indent: indent, into: &out)
            }
            out.append(UInt8(ascii: ":"))
            if simple {
                writeValue(values[index], indent: indent, into: &out)
            } else {
                writeComplexValue(values[index], indent: indent, into: &out)
            }
        }
    }

    private static func writeSequence(_ items: [JSONValue], indent: Int, into out: inout OutputBytes, firstInline: Bool = false) {
        for (position, item) in items.enumerated() {
            // A list's items no one will see (the output limit is reached) are not written.
            if out.abandoned { return }
            if position > 0 || !firstInline { out.append(spaces: indent) }
            out.append(UInt8(ascii: "-"))
            switch item {
            case .object(let members) where !members.isEmpty:
                out.append(UInt8(ascii: " "))
                writeMapping(members, indent: indent + 2, into: &out, firstInline: true)
            case .array(let nested) where !nested.isEmpty:
                out.newline()
                writeSequence(nested, indent: indent + 2, into: &out)
            default:
                out.append(UInt8(ascii: " "))
                writeScalar(item, indent: indent + 2, into: &out)
                out.endLine()
            }
        }
    }

    /// The value after `key:`; nested collections go on the following lines.
    private static func writeValue(_ value: JSONValue, indent: Int, into out: inout OutputBytes) {
        switch value {
        case .object(let members) where !members.isEmpty:
            out.newline()
            writeMapping(members, indent: indent + 2, into: &out)
        case .array(let items) where !items.isEmpty:
            out.newline()
            writeSequence(items, indent: indent, into: &out)
        default:
            out.append(UInt8(ascii: " "))
            writeScalar(value, indent: indent + 2, into: &out)
            out.endLine()
        }
    }

    /// The value after the `:` of a `? key`: a collection starts on that line, indented past it.
    private static func writeComplexValue(_ value: JSONValue, indent: Int, into out: inout OutputBytes) {
        switch value {
        case .object(let members) where !members.isEmpty:
            out.append(UInt8(ascii: " "))
            writeMapping(members, indent: indent + 2, into: &out, firstInline: true)
        case .array(let items) where !items.isEmpty:
            out.append(UInt8(ascii: " "))
            writeSequence(items, indent: indent + 2, into: &out, firstInline: true)
        default:
            writeValue(value, indent: indent, into: &out)
        }
    }
}
