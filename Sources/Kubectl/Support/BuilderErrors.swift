import KubeAPI

/// The errors kubectl's resource builder gathers while it visits manifests with
/// `ContinueOnError` (objects it cannot map or fetch, list items it cannot type), and how they
/// print beside the verb's own failures.
struct BuilderErrors {
    /// One gathered error: its Go text, and the line `checkErr` gives it when it stands alone
    /// (`Error from server (NotFound): ...`; nil for a plain error); or a list's item failures.
    enum Entry {
        case one(text: String, standard: String?)
        case list(ListItemFailures)
    }

    var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func append(_ error: APIError) {
        entries.append(.one(text: error.message, standard: error.kubectlMessage))
    }

    /// A failure already worded as kubectl prints it alone, kept as its plain Go text.
    mutating func append(_ failure: KubectlFailure) {
        let message = failure.message
        entries.append(.one(text: message.hasPrefix("error: ") ? String(message.dropFirst(7)) : message, standard: nil))
    }

    /// The lines `checkErr` prints for the builder's aggregate alone: one error as itself (plain
    /// ones with `error: `), one list's items a line each, several errors a line each.
    var linesAlone: [String] {
        if entries.count == 1, let only = entries.first {
            switch only {
            case .one(let text, let standard): return [standard ?? "error: \(text)"]
            case .list(let failures): return failures.lines
            }
        }
        return entries.map { entry in
            switch entry {
            case .one(let text, let standard): standard ?? text
            case .list(let failures): failures.errorText
            }
        }
    }

    /// The aggregate's `Error()`, the one line it takes after the verb's own failures.
    var errorText: String {
        let groups = entries.map { entry in
            switch entry {
            case .one(let text, _): [text]
            case .list(let failures): Array(failures.groups.joined())
            }
        }
        return ListItemFailures(groups: groups).errorText
    }
}
