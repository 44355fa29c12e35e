/// Whether text is an image reference as the distribution library's `ReferenceRegexp` reads one:
/// `[DOMAIN[:PORT]/]PATH[:TAG][@DIGEST]`, each part in its own alphabet.
enum ImageReferenceFormat {
    /// The library's `ErrReferenceInvalidFormat`.
    static let invalid = "invalid reference format"

    static func isValid(_ text: String) -> Bool {
        var name = Substring(text)
        if let at = name.firstIndex(of: "@") {
            guard isDigest(name[name.index(after: at)...]) else { return false }
            name = name[..<at]
        }
        let lastSlash = name.lastIndex(of: "/")
        if let colon = name.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            guard isTag(name[name.index(after: colon)...]) else { return false }
            name = name[..<colon]
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.allSatisfy(isPathComponent) { return true }
        return components.count > 1 && isDomain(components[0]) && components.dropFirst().allSatisfy(isPathComponent)
    }

    /// `[a-z0-9]+` runs joined by one `.`, one or two `_`, or any number of `-`.
    private static func isPathComponent(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            return false
        }
        var index = 0
        while index < bytes.count {
            if isLowerAlphanumeric(bytes[index]) { index += 1; continue }
            var end = index
            while end < bytes.count, !isLowerAlphanumeric(bytes[end]) { end += 1 }
            let separator = bytes[index..<end]
            let dashes = separator.allSatisfy { $0 == UInt8(ascii: "-") }
            guard dashes || separator.elementsEqual(".".utf8) || separator.elementsEqual("_".utf8)
                || separator.elementsEqual("__".utf8)
            else { return false }
            index = end
        }
        return true
    }

    /// Host name labels joined by dots, or a bracketed IPv6 address, with an optional port.
    private static func isDomain(_ text: Substring) -> Bool {
        var host = text
        if let colon = text.lastIndex(of: ":"), !text[colon...].contains("]") {
            let port = text[text.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy(\.isASCIIDigit) else { return false }
            host = text[..<colon]
        }
        if host.hasPrefix("[") {
            let inner = host.dropFirst().dropLast()
            return host.hasSuffix("]") && !inner.isEmpty && inner.allSatisfy { $0 == ":" || $0.isHexDigit }
        }
        return host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            guard let first = label.first, let last = label.last, first.isASCIILetterOrDigit, last.isASCIILetterOrDigit else {
                return false
            }
            return label.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" }
        }
    }

    /// A word character, then up to 127 word characters, dots and dashes.
    private static func isTag(_ text: Substring) -> Bool {
        guard let first = text.first, first.isWordCharacter, text.count <= 128 else { return false }
        return text.allSatisfy { $0.isWordCharacter || $0 == "." || $0 == "-" }
    }

    /// `ALGORITHM:HEX`, the algorithm's parts letters and digits joined by `-_+.`, at least 32 hex digits.
    private static func isDigest(_ text: Substring) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let algorithm = text[..<colon]
        let hex = text[text.index(after: colon)...]
        guard hex.count >= 32, hex.allSatisfy(\.isHexDigit) else { return false }
        return algorithm.split(omittingEmptySubsequences: false, whereSeparator: { "-_+.".contains($0) }).allSatisfy { part in
            guard let first = part.first, first.isASCIILetter else { return false }
            return part.allSatisfy(\.isASCIILetterOrDigit)
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
    /// Go regexp's `\w`: ASCII letters, digits and underscore.
    fileprivate var isWordCharacter: Bool { isASCIILetterOrDigit || self == "_" }
}
