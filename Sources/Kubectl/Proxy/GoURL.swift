/// A URL as Go's `net/url` parses and writes it: the parts the apiserver's proxy transport reads
/// and changes when it rewrites a link (`url.Parse`, `URL.String`), escaping included.
struct GoURL: Equatable {
    var scheme = ""
    /// Set for `scheme:rest` without a slash after the colon (`mailto:x`).
    var opaque = ""
    /// The user information before `@`, as written.
    var user: String?
    var host = ""
    /// `scheme:/path`, written back without `//`.
    var omitHost = false
    var path = ""
    /// The path as written, when it differs from the default escaping of `path`.
    var rawPath = ""
    var forceQuery = false
    var rawQuery = ""
    var fragment = ""
    var rawFragment = ""

    /// `url.Parse`; nil where Go returns an error.
    init?(_ text: String) {
        let (main, hasFragment, fragmentText) = Self.cut(text, "#")
        guard !main.utf8.contains(where: { $0 < 0x20 || $0 == 0x7f }) else { return nil }
        if hasFragment {
            guard let fragment = Self.unescape(fragmentText) else { return nil }
            self.fragment = fragment
            rawFragment = Self.escape(fragment, .fragment) == fragmentText ? "" : fragmentText
        }
        if main == "*" {
            path = "*"
            return
        }
        guard let (scheme, afterScheme) = Self.scheme(of: main) else { return nil }
        self.scheme = scheme.lowercased()
        var rest = Substring(afterScheme)
        if rest.hasSuffix("?") && rest.filter({ $0 == "?" }).count == 1 {
            forceQuery = true
            rest = rest.dropLast()
        } else if let question = rest.firstIndex(of: "?") {
            rawQuery = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if !rest.hasPrefix("/") {
            if !self.scheme.isEmpty {
                opaque = String(rest)
                return
            }
            if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") { return nil }
        }
        if (!self.scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
            let authority = rest.dropFirst(2).prefix { $0 != "/" }
            rest = rest.dropFirst(2 + authority.count)
            guard parseAuthority(String(authority)) else { return nil }
        } else if !self.scheme.isEmpty && rest.hasPrefix("/") {
            omitHost = true
        }
        guard let path = Self.unescape(String(rest)) else { return nil }
        self.path = path
        rawPath = Self.escape(path, .path) == rest ? "" : String(rest)
    }

    /// `URL.String`.
    var string: String {
        var text = scheme.isEmpty ? "" : scheme + ":"
        if !opaque.isEmpty {
            text += opaque
        } else {
            if (!scheme.isEmpty || !host.isEmpty || user != nil) && !(omitHost && host.isEmpty && user == nil) {
                if !host.isEmpty || !path.isEmpty || user != nil { text += "//" }
                if let user { text += user + "@" }
                text += host
            }
            let escaped = escapedPath
            if !escaped.isEmpty && !escaped.hasPrefix("/") && !host.isEmpty { text += "/" }
            if text.isEmpty, escaped.prefix(while: { $0 != "/" }).contains(":") { text += "./" }
            text += escaped
        }
        if forceQuery || !rawQuery.isEmpty { text += "?" + rawQuery }
        if !fragment.isEmpty { text += "#" + escaped(fragment, raw: rawFragment, .fragment) }
        return text
    }

    /// `URL.EscapedPath`: the path as written while it still reads as `path`.
    var escapedPath: String { path == "*" && rawPath.isEmpty ? "*" : escaped(path, raw: rawPath, .path) }

    private func escaped(_ value: String, raw: String, _ mode: Mode) -> String {
        if !raw.isEmpty, Self.validEncoded(raw, mode), Self.unescape(raw) == value { return raw }
        return Self.escape(value, mode)
    }

    /// The user information and the host, whose port must be digits.
    private mutating func parseAuthority(_ authority: String) -> Bool {
        var hostPart = Substring(authority)
        if let at = authority.lastIndex(of: "@") {
            user = String(authority[..<at])
            hostPart = authority[authority.index(after: at)...]
        }
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.lastIndex(of: "]") else { return false }
            let after = hostPart[hostPart.index(after: close)...]
            guard after.isEmpty || (after.hasPrefix(":") && after.dropFirst().allSatisfy(\.isASCIIDigit)) else { return false }
        } else if let colon = hostPart.lastIndex(of: ":") {
            guard hostPart[hostPart.index(after: colon)...].allSatisfy(\.isASCIIDigit) else { return false }
        }
        guard let host = Self.unescape(String(hostPart)) else { return false }
        self.host = host
        return true
    }

    /// `getScheme`: letters, then letters, digits, `+`, `-` or `.` up to a colon; nil for a
    /// leading colon (`missing protocol scheme`).
    private static func scheme(of text: String) -> (String, String)? {
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return ("", text) }
            case UInt8(ascii: ":"):
                if offset == 0 { return nil }
                let utf8 = Array(text.utf8)
                return (String(decoding: utf8[..<offset], as: UTF8.self), String(decoding: utf8[(offset + 1)...], as: UTF8.self))
            default: return ("", text)
            }
        }
        return ("", text)
    }

    private static func cut(_ text: String, _ separator: Character) -> (String, Bool, String) {
        guard let index = text.firstIndex(of: separator) else { return (text, false, "") }
        return (String(text[..<index]), true, String(text[text.index(after: index)...]))
    }

    enum Mode { case path, fragment }

    /// `shouldEscape` for a path or a fragment.
    private static func shouldEscape(_ byte: UInt8, _ mode: Mode) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return false
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"): return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: ":"),
            UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            return mode == .path && byte == UInt8(ascii: "?")
        case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return mode == .path
        default: return true
        }
    }

    /// `escape`: `%XX` in upper-case hex for each byte that needs it.
    static func escape(_ text: String, _ mode: Mode) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if shouldEscape(byte, mode) {
                bytes += Array("%".utf8) + Array(String(byte, radix: 16, uppercase: true).leftPadded(2).utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `validEncoded`: whether `text` could be the escaped form of something.
    private static func validEncoded(_ text: String, _ mode: Mode) -> Bool {
        text.utf8.allSatisfy { byte in
            "!$&'()*+,;=:@[]%".utf8.contains(byte) || !shouldEscape(byte, mode)
        }
    }

    /// `unescape`: `%XX` decoded; nil for a `%` without two hex digits after it.
    static func unescape(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, utf8.prefix(2).allSatisfy(\.isHexDigit),
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool { Character(Unicode.Scalar(self)).isHexDigit }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
