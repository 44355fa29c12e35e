/// An HTML page as the apiserver's proxy transport passes it on (`rewriteHTML`): read token by
/// token as `x/net/html`'s tokenizer reads it, each start tag is written back as `Token.String`
/// writes it (lower-case names, every attribute as `name="value"`, `/>` for a self-closing
/// tag), its URL attributes rewritten; text, comments, doctypes and end tags pass byte for byte.
/// A tag the page leaves unfinished at its end is an error token, which ends the page there.
///
/// Script text ends at its first `</script`; the tokenizer's escaped-script states are not kept.
struct ProxiedHTML {
    let rewrite: (String) -> String

    func callAsFunction(_ page: String) -> String {
        let bytes = Array(page.utf8)
        var out: [UInt8] = []
        var index = 0
        var rawTag: String?
        while index < bytes.count {
            if let tag = rawTag {
                let end = tag == "plaintext" ? bytes.count : Self.rawTextEnd(bytes, from: index, tag: tag)
                out += bytes[index..<end]
                index = end
                rawTag = nil
                continue
            }
            let start = Self.markupStart(bytes, from: index)
            if start > index {
                out += bytes[index..<start]
                index = start
                continue
            }
            let next = bytes[index + 1]
            if Self.isLetter(next) {
                guard let tag = StartTag(bytes, at: index) else { break }
                out += tag.written(rewrite)
                index = tag.end
                rawTag = tag.rawTextElement
            } else if next == UInt8(ascii: "/") {
                guard let end = Self.endTagEnd(bytes, at: index) else { break }
                out += bytes[index..<end]
                index = end
            } else {
                let end = next == UInt8(ascii: "!") ? Self.declarationEnd(bytes, at: index) : Self.closeAngle(bytes, from: index + 1)
                out += bytes[index..<end]
                index = end
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the next tag, comment or declaration starts: a `<` followed by a letter, `/`, `!`
    /// or `?`; the end of the page if none does.
    private static func markupStart(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            let next = bytes[index + 1]
            if bytes[index] == UInt8(ascii: "<"), isLetter(next) || "/!?".utf8.contains(next) { return index }
            index += 1
        }
        return bytes.count
    }

    /// After `</`: an end tag to its `>`, `</>` alone, or a bogus comment to the next `>`; nil
    /// when an end tag's name runs into the end of the page. `</` at the very end is text.
    private static func endTagEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 2 < bytes.count else { return bytes.count }
        let first = bytes[start + 2]
        if first == UInt8(ascii: ">") { return start + 3 }
        guard isLetter(first) else { return closeAngle(bytes, from: start + 2) }
        return StartTag(bytes, at: start + 1).map(\.end)
    }

    /// After `<!`: a comment to `-->` (or `--!>`), or a doctype or bogus comment to `>`.
    private static func declarationEnd(_ bytes: [UInt8], at start: Int) -> Int {
        let body = start + 2
        guard body + 1 < bytes.count else { return bytes.count }
        guard bytes[body] == UInt8(ascii: "-"), bytes[body + 1] == UInt8(ascii: "-") else { return closeAngle(bytes, from: body) }
        var dashes = 0
        var beginning = true
        var index = body + 2
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "-") {
                dashes += 1
                continue
            }
            if byte == UInt8(ascii: ">"), dashes >= 2 || beginning { return index }
            if byte == UInt8(ascii: "!"), dashes >= 2 {
                guard index < bytes.count else { return index }
                if bytes[index] == UInt8(ascii: ">") { return index + 1 }
                if bytes[index] == UInt8(ascii: "-") {
                    index += 1
                    dashes = 1
                    beginning = false
                    continue
                }
            }
            dashes = 0
            beginning = false
        }
        return bytes.count
    }

    /// Just past the next `>`, or the end of the page.
    private static func closeAngle(_ bytes: [UInt8], from start: Int) -> Int {
        (bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
    }

    /// Where the raw text of a `<script>`, `<style>`, `<title>`, ... ends: at `</NAME` followed
    /// by a space, `/` or `>`, the name in any case; the end of the page otherwise.
    private static func rawTextEnd(_ bytes: [UInt8], from start: Int, tag: String) -> Int {
        let name = Array(tag.utf8)
        var index = start
        while index + 2 + name.count < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
                zip(bytes[(index + 2)...], name).allSatisfy({ $0 | 0x20 == $1 }),
                " \n\r\t\u{0C}/>".utf8.contains(bytes[index + 2 + name.count])
            {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isSpace(_ byte: UInt8) -> Bool { " \n\r\t\u{0C}".utf8.contains(byte) }
}
