import KubeAPI

/// How klog's text format writes a structured entry's string value, and how client-go cuts the
/// bodies it logs: what `"Request Body" body=...` and `"Response Body" body=...` show.
enum KlogValue {
    /// `="text"` as `strconv.Quote` writes it, or, for text with a line break, `=<` then each
    /// line after a tab and ` >` on a line of its own.
    static func string(_ text: String) -> String {
        guard text.contains("\n") else { return "=" + GoSyntax.quoted(text) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let endsWithBreak = lines.last?.isEmpty ?? false
        if endsWithBreak { lines.removeLast() }
        return "=<\n" + lines.map { "\t" + $0 + "\n" }.joined() + " >"
    }

    /// client-go's `truncateBody`: a body logged at `-v=8` keeps its first 1024 bytes, at `-v=9`
    /// its first 10240, each followed by how many it left out; `-v=10` logs it whole.
    static func truncated(_ body: String, level: Int) -> String {
        guard level < 10 else { return body }
        let limit = level >= 9 ? 10240 : 1024
        let bytes = Array(body.utf8)
        guard bytes.count > limit else { return body }
        return String(decoding: bytes[..<limit], as: UTF8.self) + " [truncated \(bytes.count - limit) chars]"
    }
}
