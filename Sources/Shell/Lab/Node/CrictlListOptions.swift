/// The filters `crictl ps` and `crictl pods` share: `--name` and `--namespace` as regular
/// expressions matched anywhere (an invalid one matches nothing), `--pod` as a sandbox ID prefix,
/// and `--latest`/`--last N` keeping the newest after sorting.
extension Crictl {
    struct ListOptions {
        var name: String?
        var namespace: String?
        var pod: String?
        var latest = false
        var last = 0

        func matches(name text: String) -> Bool { Self.matches(name, text) }

        func matches(namespace text: String) -> Bool { Self.matches(namespace, text) }

        /// The newest rows that `--latest` or `--last` keep, from rows sorted newest first.
        func limited<Row>(_ rows: [Row]) -> [Row] {
            var count = rows.count
            if latest { count = 1 }
            if last > 0 { count = last }
            return Array(rows.prefix(count))
        }

        private static func matches(_ pattern: String?, _ text: String) -> Bool {
            guard let pattern, !pattern.isEmpty else { return true }
            var parser = RegexParser(pattern, extended: true)
            guard let node = try? parser.parse(), let program = try? RegexProgram(node, ignoringCase: false) else { return false }
            return program.matches(Array(text.unicodeScalars))
        }
    }
}
