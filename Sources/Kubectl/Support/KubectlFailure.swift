import KubeAPI

/// A kubectl failure: the exact text kubectl prints on stderr, and its exit code.
struct KubectlFailure: Error {
    var message: String
    var exitCode: Int32 = 1

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

    static func server(_ error: APIError) -> KubectlFailure { KubectlFailure(error.kubectlMessage) }
}

/// One error of several a visitor gathered: a plain Go error's text, or a line already worded
/// (`Error from server ...`).
enum GatheredError: Error {
    case plain(String)
    case worded(String)
}

extension KubectlFailure {
    /// How `checkErr` prints an aggregate: one error alone as any error (`error: ` added to plain
    /// text), several one a line as they are.
    static func aggregate(_ errors: [GatheredError]) -> KubectlFailure {
        var output: String
        if errors.count == 1, let only = errors.first {
            switch only {
            case .plain(let text): output = text.hasPrefix("error: ") ? text : "error: \(text)"
            case .worded(let text): output = text
            }
            if !output.hasSuffix("\n") { output += "\n" }
        } else {
            output = errors.map { error in
                switch error {
                case .plain(let text), .worded(let text): return text + "\n"
                }
            }.joined()
        }
        return KubectlFailure(String(output.dropLast()))
    }
}
