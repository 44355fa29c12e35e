/// The query of a health endpoint (`/readyz?verbose&exclude=etcd`): whether to list each check,
/// and the checks to skip, which still print as passed, marked excluded. The apiserver's and the
/// kubelet's health endpoints share component-base's handler.
public struct HealthCheckQuery {
    var verbose = false
    var excluded: [String] = []

    public init(_ query: String) {
        for item in query.split(separator: "&") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            switch parts.first {
            case "verbose": verbose = true
            case "exclude": if parts.count > 1, !parts[1].isEmpty, !excluded.contains(parts[1]) { excluded.append(parts[1]) }
            default: break
            }
        }
    }

    /// The body the server sends for `endpoint` (the apiserver's, unless `checks` names the
    /// server's checks); nil for a check that does not exist (a 404).
    public func body(endpoint: String, check: String?, checks: [String]? = nil) -> String? {
        guard let checks = checks ?? APIServerHealthChecks.checks(of: endpoint) else { return nil }
        if let check { return checks.contains(check) ? "ok" : nil }
        guard verbose else { return "ok" }
        var lines = checks.map { excluded.contains($0) ? "[+]\($0) excluded: ok" : "[+]\($0) ok" }
        let unmatched = excluded.filter { !checks.contains($0) }.sorted()
        if !unmatched.isEmpty {
            lines.append("warn: some health checks cannot be excluded: no matches for " + unmatched.map { "\"\($0)\"" }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n\(endpoint) check passed\n"
    }
}
