/// A parsed `/etc/resolv.conf`: what a stub resolver reads from it.
public struct ResolvConf: Equatable, Sendable {
    /// The name servers in order, at most three as glibc and musl read them.
    public var nameservers: [String] = []
    /// The search list (the last `search` or `domain` line wins).
    public var search: [String] = []
    /// Names with at least this many dots are tried as they are first.
    public var ndots = 1

    /// The C library whose resolver a program uses; they differ in the order names are tried.
    public enum Library: Sendable {
        case glibc
        case musl
    }

    public init(_ text: String) {
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let key = words.first, !key.hasPrefix("#"), !key.hasPrefix(";") else { continue }
            switch key {
            case "nameserver": if words.count > 1, nameservers.count < 3 { nameservers.append(words[1]) }
            case "search", "domain": search = Array(words.dropFirst())
            case "options":
                for option in words.dropFirst() where option.hasPrefix("ndots:") {
                    if let n = Int(option.dropFirst("ndots:".count)) { ndots = min(max(n, 0), 15) }
                }
            default: break
            }
        }
    }

    /// The names a resolver asks for, in order, when a program looks up `name`.
    ///
    /// A name ending in a dot is only itself. glibc tries a name with at least `ndots` dots as it
    /// is first and then under each search domain; a shorter one under each search domain first
    /// and as it is last. musl tries a name with enough dots only as it is.
    public func candidates(for name: String, library: Library = .glibc) -> [String] {
        if name.hasSuffix(".") { return [String(name.dropLast())] }
        let searched = search.map { "\(name).\($0)" }
        let dots = name.filter { $0 == "." }.count
        if dots >= ndots { return library == .musl ? [name] : [name] + searched }
        return searched + [name]
    }
}
