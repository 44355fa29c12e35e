/// PEM armour (`encoding/pem`): base64 DER between BEGIN and END lines, 64 characters a line.
public enum PEM {
    /// The DER bytes of each block of `type` in `text`, in order.
    public static func blocks(of type: String, in text: String) -> [[UInt8]] {
        typedBlocks(in: text).filter { $0.type == type }.map(\.der)
    }

    /// Every block in `text`, in order: its type (`CERTIFICATE`, `RSA PRIVATE KEY`) and DER bytes.
    /// Lines are read as bytes, as Go's `encoding/pem` reads them.
    public static func typedBlocks(in text: String) -> [(type: String, der: [UInt8])] {
        var blocks: [(type: String, der: [UInt8])] = []
        var open: (type: String, end: [UInt8], body: [UInt8])?
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var trimmed = line[...]
            while let last = trimmed.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { trimmed.removeLast() }
            if let block = open {
                if trimmed.elementsEqual(block.end) {
                    blocks.append((block.type, Base64.decode(utf8: block.body)))
                    open = nil
                } else {
                    open?.body.append(contentsOf: trimmed)
                }
            } else if trimmed.starts(with: "-----BEGIN ".utf8), trimmed.reversed().starts(with: "-----".utf8), trimmed.count > 16 {
                let type = String(decoding: trimmed.dropFirst(11).dropLast(5), as: UTF8.self)
                open = (type, Array("-----END \(type)-----".utf8), [])
            }
        }
        return blocks
    }

    /// Whether `text` frames a block as `encoding/pem` finds one: BEGIN and END lines (spaces
    /// around them aside) around base64 text.
    public static func hasBlock(_ text: String) -> Bool {
        let lines = text.split(separator: "\n").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") && $0.hasSuffix("-----") }),
            let end = lines[begin...].firstIndex(where: { $0.hasPrefix("-----END ") && $0.hasSuffix("-----") })
        else { return false }
        let body = lines[(begin + 1)..<end].joined().filter { !$0.isWhitespace }
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
        return body.count % 4 == 0 && body.allSatisfy { alphabet.contains($0) }
    }

    /// `der` armoured as a block of `type`, ending in a newline.
    public static func encode(_ der: [UInt8], type: String) -> String {
        let base64 = Array(Base64.encode(der))
        var lines: [String] = []
        var start = 0
        while start < base64.count {
            lines.append(String(base64[start..<min(start + 64, base64.count)]))
            start += 64
        }
        return "-----BEGIN \(type)-----\n" + lines.map { $0 + "\n" }.joined() + "-----END \(type)-----\n"
    }
}
