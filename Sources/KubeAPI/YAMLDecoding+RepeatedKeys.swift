import Yams

/// go-yaml reads a mapping that repeats a key as Go fills a map: the last value wins. Yams refuses
/// such a mapping and names where the repeated key first appears; that occurrence is renamed to
/// a key the conversion leaves out, and the text is read again.
extension YAMLDecoding {
    /// Starts the name of an overwritten key: two private-use characters no manifest holds.
    static let overwrittenKeyPrefix = "\u{E000}\u{E001}"

    /// At most this many repeated keys are resolved so; past them, the refusal stands.
    static let repeatedKeyLimit = 100

    /// `text` with the key that starts at `mark` (line and column from 1, columns in Unicode
    /// scalars) renamed as overwritten: inside its quotes, or before a plain key.
    static func overwritingKey(at mark: Mark, in text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        var line = 1
        var index = 0
        while line < mark.line, index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
        index += mark.column - 1
        guard line == mark.line, mark.column >= 1, index < scalars.count else { return nil }
        let quoted = scalars[index] == "\"" || scalars[index] == "'"
        scalars.insert(contentsOf: overwrittenKeyPrefix.unicodeScalars, at: quoted ? index + 1 : index)
        var renamed = String.UnicodeScalarView()
        renamed.append(contentsOf: scalars)
        return String(renamed)
    }
}
