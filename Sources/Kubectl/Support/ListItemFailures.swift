/// The failures of list items kubectl's resource builder gathers, one group per list document,
/// and how its aggregate of them prints.
struct ListItemFailures {
    var groups: [[String]] = []
    /// Every list document read, as the range of the objects its mapped items became and the
    /// failures of the others, for the verbs that print per list what went wrong.
    var lists: [(items: Range<Int>, failures: [String])] = []

    var isEmpty: Bool { groups.isEmpty }

    /// apimachinery's `Aggregate.Error()` over every group: each distinct message once, in
    /// brackets when there are several.
    var errorText: String {
        var seen: [String] = []
        for message in groups.joined() where !seen.contains(message) { seen.append(message) }
        return seen.count == 1 ? seen[0] : "[\(seen.joined(separator: ", "))]"
    }

    /// How `checkErr` prints the aggregate alone: one list's failures a line each, or with
    /// several lists a line for each list's `Error()`.
    var lines: [String] {
        guard groups.count > 1 else { return groups.first ?? [] }
        return groups.map { ListItemFailures(groups: [$0]).errorText }
    }

    /// A verb's failures with the aggregate after them, as `ContinueOnError` returns it: alone,
    /// the aggregate's lines; after other failures, its `Error()` as one more line.
    func following(_ failures: [String]) -> [String] {
        guard !isEmpty else { return failures }
        return failures.isEmpty ? lines : failures + [errorText]
    }
}
