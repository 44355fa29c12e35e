/// A tutor command typed at the prompt: a colon and a word, such as `:hint` or `:goto 3/2`.
public enum MetaCommand: Sendable, Equatable {
    case help
    case hint
    case check
    case next
    case back
    case lessons
    case goto(String?)
    case reset
    case quit
    case answer(String?)
    case unknown(String)

    /// The meta-command a line spells, or nil when the line is for the lab.
    ///
    /// Only `:` followed directly by a letter counts, so the shell's own `:` builtin still works.
    public init?(parsing line: String) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == ":", let letter = trimmed.dropFirst().first, letter.isLetter else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = body.dropFirst(name.count).trimmingWhitespace
        let argument = rest.isEmpty ? nil : rest
        switch name {
        case "help", "h", "?": self = .help
        case "hint": self = .hint
        case "check": self = .check
        case "next", "n": self = .next
        case "back", "b": self = .back
        case "lessons", "l": self = .lessons
        case "goto", "g": self = .goto(argument)
        case "reset": self = .reset
        case "quit", "q", "exit": self = .quit
        case "answer", "a": self = .answer(argument)
        default: self = .unknown(name)
        }
    }

    /// The names offered by tab completion.
    public static let names = [
        ":answer", ":back", ":check", ":goto", ":help", ":hint", ":lessons", ":next", ":quit", ":reset",
    ]
}

extension Substring {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
