import KubeAPI

/// The errors kubectl's resource builder gathers while it visits manifests with
/// `ContinueOnError` (objects it cannot map or fetch, list items it cannot type), and how they
/// print beside the verb's own failures.
struct BuilderErrors {
    /// One Go error: its text, and the line `checkErr` gives it on its own
    /// (`Error from server (NotFound): ...`; nil for a plain error).
    struct Message {
        var text: String
        var standard: String?

        init(_ error: APIError) {
            (text, standard) = (error.message, error.kubectlMessage)
        }

        init(plain text: String) {
            (self.text, standard) = (text, nil)
        }

        /// The line of one error among several.
        var line: String { standard ?? text }
    }

    /// One error, or what one list document's items gathered.
    enum Entry {
        case one(Message)
        case list([Message])
    }

    var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func append(_ error: APIError) {
        entries.append(.one(Message(error)))
    }

    /// A failure already worded as kubectl prints it alone, kept as its plain Go text.
    mutating func append(_ failure: KubectlFailure) {
        let message = failure.message
        entries.append(.one(Message(plain: message.hasPrefix("error: ") ? String(message.dropFirst(7)) : message)))
    }

    /// The lines `checkErr` prints for the builder's aggregate alone: one error as itself (plain
    /// ones with `error: `), one list's errors a line each, several entries a line each.
    var linesAlone: [String] {
        if entries.count == 1, let only = entries.first {
            switch only {
            case .one(let message): return [message.standard ?? "error: \(message.text)"]
            case .list(let messages): return messages.map(\.line)
            }
        }
        return lines
    }

    /// The lines of the aggregate wrapped once more (`get`'s table printers): each entry as
    /// `checkErr` prints one of several, a list as its `Error()`, even when it is alone.
    var lines: [String] {
        entries.map { entry in
            switch entry {
            case .one(let message): message.line
            case .list(let messages): ListItemFailures(groups: [messages.map(\.text)]).errorText
            }
        }
    }

    /// Every error a line, nesting flattened (`get`'s other printers over several files).
    var flattenedLines: [String] {
        let messages = entries.flatMap { entry in
            switch entry {
            case .one(let message): [message]
            case .list(let messages): messages
            }
        }
        if messages.count == 1, let only = messages.first { return [only.standard ?? "error: \(only.text)"] }
        return messages.map(\.line)
    }

    /// The aggregate's `Error()`, the one line it takes after the verb's own failures.
    var errorText: String {
        ListItemFailures(groups: entries.map { entry in
            switch entry {
            case .one(let message): [message.text]
            case .list(let messages): messages.map(\.text)
            }
        }).errorText
    }
}
