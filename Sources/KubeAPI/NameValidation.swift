/// The apiserver's name rules (`IsDNS1123Subdomain`, `IsDNS1123Label`) and their messages.
public enum NameValidation {
    public static let subdomainMaxLength = 253
    public static let labelMaxLength = 63

    /// Complaints about `name` as a DNS-1123 subdomain (Deployments, ReplicaSets, DaemonSets).
    public static func subdomain(_ name: String) -> [String] {
        var problems: [String] = []
        // Go's len: bytes, not characters.
        if name.utf8.count > subdomainMaxLength { problems.append(maxLength(subdomainMaxLength)) }
        if !isSubdomain(name) { problems.append(subdomainMessage) }
        return problems
    }

    /// Complaints about `name` as a DNS-1123 label (StatefulSets, container names).
    public static func label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > labelMaxLength { problems.append(maxLength(labelMaxLength)) }
        if !isLabel(name) { problems.append(isSubdomain(name) ? "must not contain dots" : labelMessage) }
        return problems
    }

    public static func isLabel<S: StringProtocol>(_ text: S) -> Bool where S.UTF8View: BidirectionalCollection {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            return false
        }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// Dot-separated labels, read byte by byte: only `[a-z0-9.-]`, an alphanumeric first and
    /// last, and one on each side of every dot (so no label is empty or edged by a hyphen).
    public static func isSubdomain(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                guard previous != UInt8(ascii: "."), byte == UInt8(ascii: "-") || previous != UInt8(ascii: "-") else { return false }
            } else if !isLowerAlphanumeric(byte) {
                return false
            }
            previous = byte
        }
        return isLowerAlphanumeric(previous)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    public static func maxLength(_ length: Int) -> String { "must be no more than \(length) characters" }

    public static let labelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    public static let subdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
}

/// Key and port-name rules (`IsConfigMapKey`, `IsEnvVarName`, `IsValidPortName`) and their messages.
extension NameValidation {
    /// Complaints about a ConfigMap or Secret data key.
    public static func configMapKey(_ key: String) -> [String] {
        var problems: [String] = []
        if key.count > subdomainMaxLength { problems.append(maxLength(subdomainMaxLength)) }
        if key.isEmpty || !key.allSatisfy({ isKeyCharacter($0) }) { problems.append(configKeyMessage) }
        return problems + dotProblems(key)
    }

    /// Complaints about an environment variable name.
    public static func envVarName(_ name: String) -> [String] {
        var problems: [String] = []
        let valid = !name.isEmpty && name.allSatisfy { isKeyCharacter($0) } && !(name.first?.isNumber ?? true)
        if !valid { problems.append(envVarMessage) }
        return problems + dotProblems(name)
    }

    /// Complaints about a named port (`http`, `dns-tcp`).
    public static func portName(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 15 { problems.append(maxLength(15)) }
        if !name.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) || name.isEmpty {
            problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !name.contains(where: { ("a"..."z").contains($0) }) { problems.append("must contain at least one letter (a-z)") }
        if name.contains("--") { problems.append("must not contain consecutive hyphens") }
        if name.hasPrefix("-") || name.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
        return problems
    }

    /// `hasChDirPrefix`: a key may not be, or start with, a directory reference.
    private static func dotProblems(_ key: String) -> [String] {
        if key == "." { return ["must not be '.'"] }
        if key == ".." { return ["must not be '..'"] }
        return key.hasPrefix("..") ? ["must not start with '..'"] : []
    }

    private static func isKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".")
    }

    static let configKeyMessage =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
    static let envVarMessage =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
}

/// `IsQualifiedName`, the rule for label and annotation keys: an optional DNS-subdomain prefix
/// and `/`, then a name of at most 63 alphanumerics, `-`, `_` or `.`, alphanumeric at both ends.
extension NameValidation {
    public static func qualifiedName(_ key: String) -> [String] {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return ["a qualified name \(qualifiedNameRule) with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"] }
        var problems: [String] = []
        if parts.count == 2 {
            let prefix = String(parts[0])
            if prefix.isEmpty {
                problems.append("prefix part must be non-empty")
            } else {
                problems += subdomain(prefix).map { "prefix part \($0)" }
            }
        }
        let name = parts[parts.count - 1]
        if name.isEmpty {
            problems.append("name part must be non-empty")
        } else if name.utf8.count > labelMaxLength {
            problems.append("name part \(maxLength(labelMaxLength))")
        }
        if !isQualifiedNamePart(name) { problems.append("name part \(qualifiedNameRule)") }
        return problems
    }

    private static func isQualifiedNamePart<S: StringProtocol>(_ name: S) -> Bool where S.UTF8View: BidirectionalCollection {
        let bytes = name.utf8
        func alphanumeric(_ byte: UInt8) -> Bool {
            isLowerAlphanumeric(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        guard let first = bytes.first, let last = bytes.last, alphanumeric(first), alphanumeric(last) else { return false }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    static let qualifiedNameRule =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

    /// `IsValidLabelValue`: empty, or at most 63 alphanumerics, `-`, `_` or `.`, alphanumeric at both ends.
    public static func labelValue(_ value: String) -> [String] {
        var problems: [String] = []
        if value.utf8.count > labelMaxLength { problems.append(maxLength(labelMaxLength)) }
        if !value.isEmpty && !isQualifiedNamePart(value) { problems.append(labelValueRule) }
        return problems
    }

    public static let labelValueRule =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
}
