import KubeAPI

/// A kubectl failure: the exact text kubectl prints on stderr, and its exit code.
struct KubectlFailure: Error {
    var message: String
    var exitCode: Int32 = 1
    /// The Go error's own text (`err.Error()`) where `message` words it for the terminal
    /// (`Error from server (NotFound): ...`); nil when they are the same.
    var errorText: String?

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// `error: <message>`, the form of kubectl's own (client-side) errors.
    static func error(_ message: String) -> KubectlFailure { KubectlFailure("error: \(message)") }

    /// An unknown flag or bad flag value, with the pointer to the verb's help.
    static func usage(_ message: String, verb: String) -> KubectlFailure {
        KubectlFailure("error: \(message)\nSee 'kubectl \(verb) --help' for usage.")
    }

    /// A validation error with the pointer to the verb's examples.
    static func validation(_ message: String, verb: String) -> KubectlFailure {
        KubectlFailure("error: \(message)\nSee 'kubectl \(verb) -h' for help and examples")
    }

    static func server(_ error: APIError) -> KubectlFailure {
        var failure = KubectlFailure(error.kubectlMessage)
        failure.errorText = error.message
        return failure
    }
}

/// One error of several a visitor gathered: a plain Go error's text, or a line already worded
/// (`Error from server ...`).
enum GatheredError: Error {
    case plain(String)
    case worded(String)
    /// Errors an inner visitor gathered and returned as one aggregate (the objects `-f` names
    /// that could not be fetched): worded one by one when they are all there is, else written
    /// as Go writes an aggregate, `[a, b]`.
    case group([KubectlFailure])
}

extension KubectlFailure {
    /// How `checkErr` prints an aggregate: one error alone as any error (`error: ` added to plain
    /// text), several one a line as they are.
    static func aggregate(_ errors: [GatheredError]) -> KubectlFailure {
        var output: String
        if errors.count == 1, case .group(let members) = errors[0] {
            return aggregate(members.map { .worded($0.message) })
        }
        if errors.count == 1, let only = errors.first {
            switch only {
            case .plain(let text): output = text.hasPrefix("error: ") ? text : "error: \(text)"
            case .worded(let text): output = text
            case .group: output = ""
            }
            if !output.hasSuffix("\n") { output += "\n" }
        } else {
            output = errors.map { error in
                switch error {
                case .plain(let text), .worded(let text): return text + "\n"
                case .group(let members):
                    var texts: [String] = []
                    for text in members.map({ $0.errorText ?? $0.message }) where !texts.contains(text) { texts.append(text) }
                    return (texts.count == 1 ? texts[0] : "[" + texts.joined(separator: ", ") + "]") + "\n"
                }
            }.joined()
        }
        return KubectlFailure(String(output.dropLast()))
    }
}
