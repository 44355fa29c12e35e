/// A word of a container's script once its parameters and commands are expanded, before the shell
/// splits it into fields and matches them as patterns: each character knows whether it came from an
/// unquoted expansion (which IFS splits) and whether it was quoted (which keeps it from matching
/// files). POSIX's field splitting, which busybox ash, dash and bash do alike.
struct ScriptFields {
    /// One character and how it was written.
    struct Character: Equatable {
        var value: Swift.Character
        /// From an unquoted expansion: IFS characters in it delimit fields.
        var splits: Bool
        /// Quoted or escaped: never a pattern character.
        var quoted: Bool
    }

    /// What the word has become so far, in pieces: a piece ends where `"$@"` puts a field break.
    private(set) var pieces: [[Character]] = [[]]

    init() {}

    /// Stands for an empty quoted string: it makes a field where it stands, but no text.
    static let emptyQuote = Character(value: "\u{0}", splits: false, quoted: true)

    /// Adds text written in the word itself: not split, quoted or not.
    mutating func appendLiteral(_ text: String, quoted: Bool) {
        append(text, splits: false, quoted: quoted)
    }

    /// Adds what an expansion gave: split by IFS unless quoted.
    mutating func appendExpansion(_ text: String, quoted: Bool) {
        append(text, splits: !quoted, quoted: quoted)
    }

    private mutating func append(_ text: String, splits: Bool, quoted: Bool) {
        if quoted, text.isEmpty { pieces[pieces.count - 1].append(Self.emptyQuote) }
        for char in text { pieces[pieces.count - 1].append(Character(value: char, splits: splits, quoted: quoted)) }
    }

    /// `"$@"`: each parameter a field of its own, the first and last joined to the text around
    /// them; no parameters add nothing, not even an empty field. Unquoted (`$@`, `$*`), each is
    /// split further.
    mutating func appendParameters(_ parameters: [String], quoted: Bool = true) {
        for (index, parameter) in parameters.enumerated() {
            if index > 0 { pieces.append([]) }
            appendExpansion(parameter, quoted: quoted)
        }
    }

    /// The fields, split at `ifs` (nil: unset, the default space, tab and newline); each field's
    /// characters keep their quoting for pathname expansion.
    func fields(ifs: String?) -> [[Character]] {
        let separators = Array(ifs ?? " \t\n")
        return pieces.flatMap { Self.split($0, separators: separators) }
    }

    /// A field's text, without the marks of empty quotes.
    static func text(_ field: [Character]) -> String {
        String(field.lazy.filter { $0 != emptyQuote }.map(\.value))
    }

    /// POSIX field splitting of one piece: runs of IFS white space delimit, each other IFS
    /// character delimits once (with the white space around it), and white space at the ends of
    /// the piece makes no field.
    static func split(_ piece: [Character], separators: [Swift.Character]) -> [[Character]] {
        let space: Set<Swift.Character> = [" ", "\t", "\n"]
        func isSeparator(_ char: Character) -> Bool { char.splits && separators.contains(char.value) }
        func isSpace(_ char: Character) -> Bool { isSeparator(char) && space.contains(char.value) }
        var fields: [[Character]] = []
        var field: [Character] = []
        var started = false
        var index = 0
        while index < piece.count {
            let char = piece[index]
            guard isSeparator(char) else {
                field.append(char)
                started = true
                index += 1
                continue
            }
            while index < piece.count, isSpace(piece[index]) { index += 1 }
            if index < piece.count, isSeparator(piece[index]) {
                // A separator that is not white space ends a field, even an empty one.
                index += 1
                while index < piece.count, isSpace(piece[index]) { index += 1 }
                fields.append(field)
            } else if started {
                fields.append(field)
            }
            field = []
            started = false
        }
        if started { fields.append(field) }
        return fields
    }
}
