/// The body of a `<<WORD` redirection, filled in by the lexer once the line that holds it ends.
final class HereDocument {
    let delimiter: String
    /// `<<-`: leading tabs are removed from each body line and from the delimiter line.
    let stripsTabs: Bool
    /// False when any part of the delimiter was quoted: the body is then taken literally.
    let expands: Bool
    /// The line (within the input) where the redirection was written.
    let line: Int
    var body: [WordPart] = []
    /// The body as written, which bash names when an expansion in it fails.
    var source = ""

    init(delimiter: String, stripsTabs: Bool, expands: Bool, line: Int) {
        self.delimiter = delimiter
        self.stripsTabs = stripsTabs
        self.expands = expands
        self.line = line
    }
}
