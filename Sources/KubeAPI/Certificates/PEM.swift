/// PEM armour (`encoding/pem`): base64 DER between BEGIN and END lines, 64 characters a line.
public enum PEM {
    /// The DER bytes of each block of `type` in `text`, in order.
    public static func blocks(of type: String, in text: String) -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        var body: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSuffix { $0 == "\r" || $0 == " " }
            if trimmed == "-----BEGIN \(type)-----" {
                body = ""
            } else if trimmed == "-----END \(type)-----", let text = body {
                blocks.append(Base64.decode(text))
                body = nil
            } else if body != nil {
                body? += trimmed
            }
        }
        return blocks
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
