extension ShellExecutor {
    /// `#`, `%`, `/`, `^`, `,` and `@` applied to each of the parameter's values.
    func applied(_ operation: ParameterOperation, to values: [String], of target: ParameterExpansion)
        throws(ExpansionError) -> [String]
    {
        switch operation {
        case .remove(let pattern, let suffix, let longest):
            let pattern = Self.pattern(try pieces(of: pattern))
            return values.map {
                Self.removing(pattern, from: Array($0.unicodeScalars), suffix: suffix, longest: longest)
            }
        case .replace(let pattern, let replacement, let anchor):
            let pattern = Self.pattern(try pieces(of: pattern))
            let replacement = try replacement.map { (parts) throws(ExpansionError) in try pieces(of: parts) } ?? []
            return values.map {
                Self.replacing(pattern, in: Array($0.unicodeScalars), with: replacement, anchor: anchor)
            }
        case .changeCase(let pattern, let upper, let all):
            let pattern = Self.pattern(try pieces(of: pattern))
            return values.map { value in
                var result = String.UnicodeScalarView()
                for (offset, scalar) in value.unicodeScalars.enumerated() {
                    let matches = (all || offset == 0) && (pattern.isEmpty || Self.matches(pattern, [scalar]))
                    result.append(matches ? ShellSession.changedCase(scalar, upper: upper) : scalar)
                }
                return String(result)
            }
        case .transform(let letter):
            return try transformed(target, values, letter)
        case .test, .substring, .unknownTransform:
            return values
        }
    }

    /// A pattern's characters: glob characters from its quoted pieces match only themselves, and
    /// so does a character after a backslash an unquoted expansion gave (`p='\*'; ${x#$p}`).
    private static func pattern(_ pieces: [Piece]) -> [PatternCharacter] {
        var pattern: [PatternCharacter] = []
        for piece in pieces {
            var escaped = false
            for scalar in piece.text.unicodeScalars {
                if !piece.quoted, !escaped, scalar == "\\" {
                    escaped = true
                    continue
                }
                pattern.append(PatternCharacter(scalar: scalar, quoted: piece.quoted || escaped))
                escaped = false
            }
            if escaped { pattern.append(PatternCharacter(scalar: "\\", quoted: true)) }
        }
        return pattern
    }

    private static func matches(_ pattern: [PatternCharacter], _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        VirtualFileSystem.globMatches(pattern, Array(text), periodIsSpecial: false)
    }

    /// `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: the shortest or longest matching prefix or suffix taken off.
    private static func removing(
        _ pattern: [PatternCharacter], from text: [Unicode.Scalar], suffix: Bool, longest: Bool
    ) -> String {
        var cuts = longest == suffix ? Array(0...text.count) : Array((0...text.count).reversed())
        if let length = fixedLength(pattern) {
            cuts = [suffix ? text.count - length : length].filter { $0 >= 0 && $0 <= text.count }
        }
        for cut in cuts {
            let matched = suffix ? text[cut...] : text[..<cut]
            if matches(pattern, matched) {
                return String(String.UnicodeScalarView(suffix ? text[..<cut] : text[cut...]))
            }
        }
        return String(String.UnicodeScalarView(text))
    }

    /// `${x/p/r}` and its anchored and global forms: the longest match at the first place one
    /// starts is replaced; an unquoted `&` in the replacement stands for what matched.
    private static func replacing(
        _ pattern: [PatternCharacter], in text: [Unicode.Scalar], with replacement: [Piece], anchor: ReplaceAnchor
    ) -> String {
        func replaced(_ match: ArraySlice<Unicode.Scalar>) -> String.UnicodeScalarView {
            var result = String.UnicodeScalarView()
            for piece in replacement {
                for scalar in piece.text.unicodeScalars {
                    if scalar == "&", !piece.quoted { result += match } else { result.append(scalar) }
                }
            }
            return result
        }
        var result = String.UnicodeScalarView()
        switch anchor {
        case .prefix:
            guard let end = (0...text.count).reversed().first(where: { matches(pattern, text[..<$0]) }) else { break }
            return String(replaced(text[..<end]) + text[end...])
        case .suffix:
            guard let start = (0...text.count).first(where: { matches(pattern, text[$0...]) }) else { break }
            return String(String.UnicodeScalarView(text[..<start]) + replaced(text[start...]))
        case .first, .all:
            guard !pattern.isEmpty else { break }
            let length = fixedLength(pattern)
            // Matches something starting here: tried before each candidate end, to stay quadratic.
            let startsMatch = pattern + [PatternCharacter(scalar: "*", quoted: false)]
            var start = 0
            var replacedOnce = false
            repeat {
                var ends = length.map { [start + $0].filter { $0 <= text.count } } ?? []
                if length == nil, matches(startsMatch, text[start...]) { ends = Array((start...text.count).reversed()) }
                if !(replacedOnce && anchor == .first),
                    let end = ends.first(where: { matches(pattern, text[start..<$0]) })
                {
                    result += replaced(text[start..<end])
                    replacedOnce = true
                    if end > start {
                        start = end
                        continue
                    }
                }
                if start < text.count { result.append(text[start]) }
                start += 1
            } while start < text.count
            return String(result)
        }
        return String(String.UnicodeScalarView(text))
    }

    /// How many characters every match of `pattern` has, when it has no `*`: each `?`, bracket
    /// expression or other character matches one, so only one length needs trying.
    private static func fixedLength(_ pattern: [PatternCharacter]) -> Int? {
        var length = 0
        var position = 0
        let scalars = pattern.map(\.scalar)
        while position < pattern.count {
            let element = pattern[position]
            if !element.quoted, element.scalar == "*" { return nil }
            if !element.quoted, element.scalar == "[",
                let (_, end) = try? BracketExpression.parse(scalars, at: position, negators: ["!", "^"])
            {
                position = end
            } else {
                position += 1
            }
            length += 1
        }
        return length
    }
}
