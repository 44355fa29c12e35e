extension ProxiedHTML {
    /// A start tag as the tokenizer reads it (`readTag`): its name and attributes, lower-cased
    /// names, values as written (unquoted, single- or double-quoted, or none).
    struct StartTag {
        var name: [UInt8] = []
        var attributes: [(key: [UInt8], value: [UInt8])] = []
        /// Just past the closing `>`.
        var end = 0
        /// `/` right before the `>`.
        var selfClosing = false

        /// The tag whose `<` is at `start`; nil when the page ends inside it.
        init?(_ bytes: [UInt8], at start: Int) {
            var index = start + 1
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") {
                index += 1
            }
            name = Self.lowered(bytes[(start + 1)..<index])
            if index < bytes.count, isSpace(bytes[index]) { index += 1 }
            index = Self.skipSpace(bytes, index)
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                let key = Self.key(bytes, &index)
                let value = Self.value(bytes, &index)
                if !key.isEmpty { attributes.append((Self.lowered(key), value)) }
                index = Self.skipSpace(bytes, index)
            }
            guard index < bytes.count else { return nil }
            end = index + 1
            selfClosing = bytes[index - 1] == UInt8(ascii: "/")
        }

        /// The element whose content the tokenizer reads as raw text up to its end tag.
        var rawTextElement: String? {
            let tag = String(decoding: name, as: UTF8.self)
            let raw = ["iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"]
            return raw.contains(tag) ? tag : nil
        }

        /// `Token.String()`, its URL attributes passed through `rewrite`.
        func written(_ rewrite: (String) -> String) -> [UInt8] {
            let urlAttributes = ProxiedHTML.urlAttributes[String(decoding: name, as: UTF8.self)] ?? []
            var out = Array("<".utf8) + name
            for (key, raw) in attributes {
                var value = HTMLAttributeText.decode(raw)
                if urlAttributes.contains(String(decoding: key, as: UTF8.self)) {
                    value = Array(rewrite(String(decoding: value, as: UTF8.self)).utf8)
                }
                out += Array(" ".utf8) + key + Array("=\"".utf8) + HTMLAttributeText.encode(value) + Array("\"".utf8)
            }
            return out + Array((selfClosing ? "/>" : ">").utf8)
        }

        /// `readTagAttrKey`: up to a space, `/`, `>`, or an `=` that is not its first byte.
        private static func key(_ bytes: [UInt8], _ index: inout Int) -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
                if byte == UInt8(ascii: "="), index > start { break }
                index += 1
            }
            return bytes[start..<index]
        }

        /// `readTagAttrVal`: after spaces, `=` and then a quoted or bare value; a `/` there is
        /// consumed as the start of `/>`.
        private static func value(_ bytes: [UInt8], _ index: inout Int) -> [UInt8] {
            let mark = index
            index = skipSpace(bytes, index)
            guard index < bytes.count else { return [] }
            if bytes[index] == UInt8(ascii: "/") {
                index += 1
                return []
            }
            guard bytes[index] == UInt8(ascii: "=") else {
                index = max(index, mark)
                return []
            }
            index = skipSpace(bytes, index + 1)
            guard index < bytes.count else { return [] }
            let quote = bytes[index]
            if quote == UInt8(ascii: ">") { return [] }
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = index + 1
                let close = bytes[start...].firstIndex(of: quote) ?? bytes.count
                index = min(close + 1, bytes.count)
                return Array(bytes[start..<close])
            }
            let start = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            return Array(bytes[start..<index])
        }

        private static func skipSpace(_ bytes: [UInt8], _ start: Int) -> Int {
            var index = start
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            return index
        }

        private static func lowered(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
            bytes.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        }
    }

    /// `atomsToAttrs`: which attributes of which elements hold URLs.
    static let urlAttributes: [String: Set<String>] = [
        "a": ["href"], "applet": ["codebase"], "area": ["href"], "audio": ["src"], "base": ["href"],
        "blockquote": ["cite"], "body": ["background"], "button": ["formaction"], "command": ["icon"], "del": ["cite"],
        "embed": ["src"], "form": ["action"], "frame": ["longdesc", "src"], "head": ["profile"], "html": ["manifest"],
        "iframe": ["longdesc", "src"], "img": ["longdesc", "src", "usemap"], "input": ["src", "usemap", "formaction"],
        "ins": ["cite"], "link": ["href"], "object": ["classid", "codebase", "data", "usemap"], "q": ["cite"],
        "script": ["src"], "source": ["src"], "video": ["poster", "src"],
    ]
}
