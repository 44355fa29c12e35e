/// How go-yaml v2 reads a scalar that carries an explicit tag (`!!str 0644`, `!!int "5"`): the
/// text is resolved as a plain scalar would be, and must come out of the tag's type (an integer
/// passes as a `!!float`); `!!str` keeps the text, `!!binary` decodes it as base64, and a tag
/// go-yaml does not resolve (`!foo`, `!!map` on a scalar) leaves a string.
extension YAMLScalarResolution {
    /// A scalar whose text is not of its tag's type, in go-yaml's words (without `yaml: `).
    struct TagMismatch: Error {
        var message: String
    }

    /// The value of a scalar given its tag as the parser reports it ("" when none was written).
    static func resolve(_ text: String, tag: String, plain: Bool) throws(TagMismatch) -> Resolved {
        let short = shortTag(tag)
        switch short {
        case "": return plain ? resolve(text) : .string(text)
        case "!!str": return .string(text)
        case "!!binary":
            guard case .success(let bytes) = Base64.decodeStrictly(text) else {
                throw TagMismatch(message: "!!binary value contains invalid base64 data")
            }
            return .string(String(decoding: bytes, as: UTF8.self))
        case "!!bool", "!!null", "!!int", "!!float", "!!timestamp":
            // go-yaml hands a timestamp to an interface{} as the text it read.
            if short == "!!timestamp", isTimestamp(text) { return .string(text) }
            let resolved = resolve(text)
            let resolvedTag = shortTag(of: resolved)
            if resolvedTag == short { return resolved }
            if short == "!!float", case .number(.int(let number)) = resolved { return .number(.float(Double(number))) }
            throw TagMismatch(message: "cannot decode \(resolvedTag) `\(text)` as a \(short)")
        default:
            return .string(text)
        }
    }

    /// go-yaml's short form of a tag: `tag:yaml.org,2002:int` is `!!int`.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// The tag go-yaml's resolver gives a value.
    private static func shortTag(of resolved: Resolved) -> String {
        switch resolved {
        case .null: "!!null"
        case .bool: "!!bool"
        case .number(.int), .number(.uint): "!!int"
        case .number(.float): "!!float"
        case .string: "!!str"
        }
    }

    /// Whether go-yaml reads the text as a timestamp: `2006-1-2`, or with a time after `T`, `t`
    /// or a space (`15:4:5`, fractional seconds allowed), zoned (`Z` or `±07:00`) unless
    /// written with the space.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ least: Int, _ most: Int) -> Bool {
            let start = index
            while index < bytes.count, index - start < most, (48...57).contains(bytes[index]) { index += 1 }
            return index - start >= least
        }
        func byte(_ expected: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == expected else { return false }
            index += 1
            return true
        }
        guard digits(4, 4), byte(45), digits(1, 2), byte(45), digits(1, 2) else { return false }
        if index == bytes.count { return true }
        let separator = bytes[index]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 32 else { return false }
        index += 1
        guard digits(1, 2), byte(58), digits(1, 2), byte(58), digits(1, 2) else { return false }
        if byte(46) { guard digits(1, 9) else { return false } }
        if separator == 32 { return index == bytes.count }
        if byte(UInt8(ascii: "Z")) { return index == bytes.count }
        guard byte(43) || byte(45), digits(2, 2), byte(58), digits(2, 2) else { return false }
        return index == bytes.count
    }
}
