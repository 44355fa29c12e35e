/// The apiserver's name rules (`IsDNS1123Subdomain`, `IsDNS1123Label`) and their messages.
enum NameValidation {
    static let subdomainMaxLength = 253
    static let labelMaxLength = 63

    /// Complaints about `name` as a DNS-1123 subdomain (Deployments, ReplicaSets, DaemonSets).
    static func subdomain(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > subdomainMaxLength { problems.append(maxLength(subdomainMaxLength)) }
        if !isSubdomain(name) { problems.append(subdomainMessage) }
        return problems
    }

    /// Complaints about `name` as a DNS-1123 label (StatefulSets, container names).
    static func label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > labelMaxLength { problems.append(maxLength(labelMaxLength)) }
        if !isLabel(name) { problems.append(isSubdomain(name) ? "must not contain dots" : labelMessage) }
        return problems
    }

    static func isLabel<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.first, let last = text.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return text.allSatisfy { isAlphanumeric($0) || $0 == "-" }
    }

    static func isSubdomain(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isLabel($0) }
    }

    private static func isAlphanumeric(_ c: Character) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }

    static func maxLength(_ length: Int) -> String { "must be no more than \(length) characters" }

    static let labelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let subdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
}
