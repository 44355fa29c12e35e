/// Splits text into fields on `$IFS` as `read` does: IFS white space trims and separates in
/// runs, any other IFS character separates once (so `a::b` has an empty middle field), and
/// characters escaped with a backslash never separate.
struct FieldSplitter {
    private let separators: Set<Unicode.Scalar>
    private let whitespace: Set<Unicode.Scalar>

    init(ifs: String) {
        separators = Set(ifs.unicodeScalars)
        whitespace = separators.filter { $0 == " " || $0 == "\t" || $0 == "\n" }
    }

    /// The values of `count` variables: one field each, the last taking the rest of the line.
    func assign(_ text: [EscapedScalar], count: Int) -> [String] {
        var rest = text[...]
        skipWhitespace(&rest)
        var values: [String] = []
        for _ in 1..<max(count, 1) { values.append(nextField(&rest)) }
        var last = rest
        while let end = last.last, !end.escaped, whitespace.contains(end.scalar) { last.removeLast() }
        // A lone field followed by one separator loses that separator, as in bash.
        var probe = last
        let single = nextField(&probe)
        values.append(probe.isEmpty ? single : Self.string(last))
        return values
    }

    /// Every field of the line, for `read -a`.
    func allFields(_ text: [EscapedScalar]) -> [String] {
        var rest = text[...]
        skipWhitespace(&rest)
        var fields: [String] = []
        while !rest.isEmpty { fields.append(nextField(&rest)) }
        return fields
    }

    /// Takes one field and the separator after it (white space around one other IFS character).
    private func nextField(_ rest: inout ArraySlice<EscapedScalar>) -> String {
        let end = rest.firstIndex { !$0.escaped && separators.contains($0.scalar) } ?? rest.endIndex
        let field = Self.string(rest[..<end])
        rest = rest[end...]
        skipWhitespace(&rest)
        if let first = rest.first, !first.escaped, separators.contains(first.scalar), !whitespace.contains(first.scalar) {
            rest.removeFirst()
            skipWhitespace(&rest)
        }
        return field
    }

    private func skipWhitespace(_ rest: inout ArraySlice<EscapedScalar>) {
        while let first = rest.first, !first.escaped, whitespace.contains(first.scalar) { rest.removeFirst() }
    }

    private static func string(_ scalars: ArraySlice<EscapedScalar>) -> String {
        String(String.UnicodeScalarView(scalars.map(\.scalar)))
    }
}
