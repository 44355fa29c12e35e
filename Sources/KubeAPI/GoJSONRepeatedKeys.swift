/// JSON text whose objects repeat a key, read as Go's `encoding/json` reads it into a map.
///
/// The last value wins. The YAML reader refuses a repeated key, so such text is rewritten first.
public enum GoJSONRepeatedKeys {
    /// `text` (valid JSON) with each repeated member folded into the first, which takes the last
    /// value; nil when no object repeats a key.
    public static func lastValuesKept(in text: String) -> String? {
        var folder = Folder(reader: GoJSONReader(text))
        folder.reader.skipSpace()
        let folded = folder.value()
        return folder.folded ? String(decoding: folded, as: UTF8.self) : nil
    }

    private struct Folder {
        var reader: GoJSONReader
        var folded = false

        init(reader: GoJSONReader) { self.reader = reader }

        /// The text of one value, its objects' repeated keys folded.
        mutating func value() -> ArraySlice<UInt8> {
            switch reader.peek {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            default:
                let start = reader.index
                if reader.peek == UInt8(ascii: "\"") { _ = reader.string() } else { reader.skipScalar() }
                let end = reader.index
                reader.skipSpace()
                return reader.bytes[start..<end]
            }
        }

        private mutating func object() -> ArraySlice<UInt8> {
            reader.index += 1
            reader.skipSpace()
            var keys: [String] = []
            var members: [String: (key: ArraySlice<UInt8>, value: ArraySlice<UInt8>)] = [:]
            repeat {
                guard reader.peek == UInt8(ascii: "\"") else { break }
                let start = reader.index
                let key = reader.string()
                let quoted = reader.bytes[start..<reader.index]
                guard reader.colon() else { break }
                if members[key] == nil { keys.append(key) } else { folded = true }
                members[key] = (quoted, value())
            } while reader.comma()
            reader.index += 1
            reader.skipSpace()
            let parts = keys.compactMap { members[$0].map { Array($0.key) + [UInt8(ascii: ":")] + $0.value } }
            return ArraySlice(
                [UInt8(ascii: "{")] + Array(parts.joined(separator: [UInt8(ascii: ",")])) + [UInt8(ascii: "}")])
        }

        private mutating func array() -> ArraySlice<UInt8> {
            reader.index += 1
            reader.skipSpace()
            var items: [ArraySlice<UInt8>] = []
            repeat {
                guard let byte = reader.peek, byte != UInt8(ascii: "]") else { break }
                items.append(value())
            } while reader.comma()
            reader.index += 1
            reader.skipSpace()
            return ArraySlice(
                [UInt8(ascii: "[")] + Array(items.joined(separator: [UInt8(ascii: ",")])) + [UInt8(ascii: "]")])
        }
    }
}
