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
