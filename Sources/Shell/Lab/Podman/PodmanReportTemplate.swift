/// A `--format` template as podman's report package prepares it for a list of records.
///
/// `table ...` drops the keyword, turns spaces and `\t` into tabs and `\n` into newlines, loops
/// over the records and aligns the output (with a header row). Any other user template has its
/// `\t` and `\n` escapes turned into the characters and is looped over the records unless it
/// already ranges over them; it is not aligned. Each ends with a newline.
struct PodmanReportTemplate {
    let text: String
    let isTable: Bool
    /// Whether the output goes through the tabwriter: podman's own table, or a `table` template.
    let aligns: Bool

    /// `userFormat` nil means podman's own `defaultRow`, which already ranges over the records.
    init(userFormat: String?, defaultRow: String) {
        guard let format = userFormat.map(Self.withoutNamespacesPrefix) else {
            text = defaultRow
            isTable = false
            aligns = true
            return
        }
        isTable = format.hasPrefix("table ")
        aligns = isTable
        text = isTable ? "{{range .}}" + Self.normalized(format) + "{{end -}}" : Self.enforcingRange(Self.normalized(format))
    }

    /// podman's `NormalizeFormat`.
    static func normalized(_ format: String) -> String {
        var result = format.hasPrefix("table ")
            ? replacing(format, [("table ", ""), ("\\t", "\t"), (" ", "\t"), ("\\n", "\n")])
            : replacing(format, [("\\t", "\t"), ("\\n", "\n")])
        if !result.hasSuffix("\n") { result += "\n" }
        return result
    }

    /// Wraps the template in `{{range .}}...{{end -}}` unless it has such a loop already.
    static func enforcingRange(_ format: String) -> String {
        hasRangeOverRecords(format) ? format : "{{range .}}" + format + "{{end -}}"
    }

    /// `ps` writes `.Namespaces.X` fields as `.X`.
    private static func withoutNamespacesPrefix(_ format: String) -> String {
        format.split(separator: ".Namespaces.", omittingEmptySubsequences: false).joined(separator: ".")
    }

    /// Go's `strings.NewReplacer`: at each position the first pair (in order) whose old text
    /// starts there is replaced, and scanning goes on after it.
    private static func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        var result = ""
        var rest = Substring(text)
        scanning: while !rest.isEmpty {
            for (old, new) in pairs where rest.hasPrefix(old) {
                result += new
                rest = rest.dropFirst(old.count)
                continue scanning
            }
            result.append(rest.removeFirst())
        }
        return result
    }

    /// The test of podman's `{{\s*range\s*\.\s*}}.*{{\s*end\s*-?\s*}}`.
    private static func hasRangeOverRecords(_ format: String) -> Bool {
        let actions = format.split(separator: "{{", omittingEmptySubsequences: false).dropFirst().map { piece in
            String((piece.split(separator: "}}", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").filter { !$0.isWhitespace })
        }
        guard let start = actions.firstIndex(of: "range.") else { return false }
        return actions[(start + 1)...].contains { $0 == "end" || $0 == "end-" }
    }
}
