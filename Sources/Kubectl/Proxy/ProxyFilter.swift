/// `kubectl proxy`'s request filter: a request passes when no reject pattern matches its path or
/// method and accept patterns match both its path and its host. Each flag is a comma-separated
/// list of Go regular expressions, any one of which matching counts; an empty flag is no pattern.
struct ProxyFilter {
    static let defaultAcceptPaths = "^.*"
    static let defaultRejectPaths = "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach"
    static let defaultAcceptHosts = #"^localhost$,^127\.0\.0\.1$,^\[::1\]$"#
    static let defaultRejectMethods = "^$"

    var acceptPaths: [GoRegexp]
    var rejectPaths: [GoRegexp]
    var acceptHosts: [GoRegexp]
    var rejectMethods: [GoRegexp]

    /// Compiles the four flags in the order kubectl does, so the first bad pattern is the one named.
    init(acceptPaths: String, rejectPaths: String, acceptHosts: String, rejectMethods: String) throws(GoRegexp.SyntaxError) {
        self.acceptPaths = try Self.patterns(acceptPaths)
        self.rejectPaths = try Self.patterns(rejectPaths)
        self.acceptHosts = try Self.patterns(acceptHosts)
        self.rejectMethods = try Self.patterns(rejectMethods)
    }

    private static func patterns(_ list: String) throws(GoRegexp.SyntaxError) -> [GoRegexp] {
        guard !list.isEmpty else { return [] }
        var compiled: [GoRegexp] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) { compiled.append(try GoRegexp(String(part))) }
        return compiled
    }

    /// Whether the request passes; `hostHeader` is the `Host` header, its port dropped as
    /// `net.SplitHostPort` drops it (which also strips an IPv6 address's brackets).
    func accepts(method: String, path: String, hostHeader: String) -> Bool {
        let host = Self.host(of: hostHeader)
        func any(_ patterns: [GoRegexp], _ text: String) -> Bool { patterns.contains { $0.matches(text) } }
        if any(rejectPaths, path) || any(rejectMethods, method) { return false }
        return any(acceptPaths, path) && any(acceptHosts, host)
    }

    /// `localhost:8001` -> `localhost`, `[::1]:8001` -> `::1`; a header `SplitHostPort` refuses stays whole.
    static func host(of header: String) -> String {
        if header.hasPrefix("[") {
            guard let close = header.firstIndex(of: "]"), header[close...].hasPrefix("]:") else { return header }
            return String(header[header.index(after: header.startIndex)..<close])
        }
        let colons = header.filter { $0 == ":" }.count
        guard colons == 1, let colon = header.firstIndex(of: ":") else { return header }
        return String(header[..<colon])
    }
}
