/// PEM armour (`encoding/pem`): base64 DER between BEGIN and END lines, 64 characters a line.
public enum PEM {
    /// The DER bytes of each block of `type` in `text`, in order.
    public static func blocks(of type: String, in text: String) -> [[UInt8]] {
        typedBlocks(in: text).filter { $0.type == type }.map(\.der)
    }

    /// Every block in `text`, in order: its type (`CERTIFICATE`, `RSA PRIVATE KEY`) and DER bytes.
    public static func typedBlocks(in text: String) -> [(type: String, der: [UInt8])] {
        var blocks: [(type: String, der: [UInt8])] = []
        var open: (type: String, body: String)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSuffix { $0 == "\r" || $0 == " " }
            if let block = open {
                if trimmed == "-----END \(block.type)-----" {
                    blocks.append((block.type, Base64.decode(block.body)))
                    open = nil
                } else {
                    open?.body += trimmed
                }
            } else if trimmed.hasPrefix("-----BEGIN "), trimmed.hasSuffix("-----"), trimmed.count > 16 {
                open = (String(trimmed.dropFirst(11).dropLast(5)), "")
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

extension Substring {
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
