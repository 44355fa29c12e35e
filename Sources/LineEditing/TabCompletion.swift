/// What one press of Tab does to a line, worked out from the completer's candidates.
struct TabCompletion: Equatable {
    /// Text to insert at the cursor; empty when Tab can make no progress.
    var insertion: String
    /// The candidates still possible when more than one is; these are listed on a second Tab.
    var candidates: [String]
    /// The candidates as the second Tab lists them: sorted, and past the "/" that ends the
    /// directory part of the word, as bash lists file names (`dir/a`, `dir/b` show as `a`, `b`).
    var listed: [String]

    /// Works out the completion of the word before the cursor.
    ///
    /// A single match is inserted whole and followed by a space, unless it ends in "/" (a
    /// directory, where the user will likely go on typing). Several matches insert their
    /// longest common prefix.
    init(beforeCursor: String, candidates offered: [String]) {
        let word = beforeCursor.reversed().prefix { $0 != " " && $0 != "\t" }.reversed()
        var seen = Set<String>()
        let matches = offered.filter { $0.starts(with: word) && seen.insert($0).inserted }
        switch matches.count {
        case 0:
            self.init(insertion: "", candidates: [])
        case 1:
            let match = matches[0]
            self.init(
                insertion: String(match.dropFirst(word.count)) + (match.hasSuffix("/") ? "" : " "), candidates: [])
        default:
            let common = matches.dropFirst().reduce(matches[0]) { prefix, match in
                String(zip(prefix, match).prefix { $0 == $1 }.map(\.0))
            }
            self.init(insertion: String(common.dropFirst(word.count)), candidates: matches)
            let directory = word.lastIndex(of: "/").map { word.distance(from: word.startIndex, to: $0) + 1 } ?? 0
            listed = matches.map { String($0.dropFirst(directory)) }.sorted()
        }
    }

    init(insertion: String, candidates: [String]) {
        self.insertion = insertion
        self.candidates = candidates
        listed = candidates.sorted()
    }
}
