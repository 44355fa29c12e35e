/// The media type Go's file server gives a file: `mime.TypeByExtension` from Go's own table, or
/// else `http.DetectContentType` of its first 512 bytes (the HTML, XML and PDF signatures, then
/// text or binary).
enum GoMIME {
    static func type(forExtensionOf name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        return builtin[name[dot...].lowercased()]
    }

    static func sniff(_ content: String) -> String {
        let head = Array(content.utf8.prefix(512))
        let trimmed = Array(head.drop { [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains($0) })
        for tag in htmlTags where trimmed.count > tag.count {
            let start = trimmed.prefix(tag.count).map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
            if start == Array(tag.utf8), [0x20, 0x3E].contains(trimmed[tag.count]) { return "text/html; charset=utf-8" }
        }
        if trimmed.starts(with: Array("<?xml".utf8)) { return "text/xml; charset=utf-8" }
        if head.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
        let binary = head.contains { $0 <= 0x08 || $0 == 0x0B || (0x0E...0x1A).contains($0) || (0x1C...0x1F).contains($0) }
        return binary ? "application/octet-stream" : "text/plain; charset=utf-8"
    }

    private static let htmlTags = [
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE",
        "<B", "<BODY", "<BR", "<P", "<!--",
    ]

    private static let builtin = [
        ".avif": "image/avif", ".css": "text/css; charset=utf-8", ".gif": "image/gif", ".htm": "text/html; charset=utf-8",
        ".html": "text/html; charset=utf-8", ".jpeg": "image/jpeg", ".jpg": "image/jpeg",
        ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".mjs": "text/javascript; charset=utf-8",
        ".pdf": "application/pdf", ".png": "image/png", ".svg": "image/svg+xml", ".wasm": "application/wasm",
        ".webp": "image/webp", ".xml": "text/xml; charset=utf-8",
    ]
}
