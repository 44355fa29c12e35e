/// A failure of a kustomize build, in the words kustomize gives it; kubectl prints it after `error: `.
struct KustomizeError: Error {
    var message: String

    init(_ message: String) { self.message = message }

    /// The same failure under the prefix kustomize wraps it in at an outer step.
    func prefixed(_ prefix: String) -> KustomizeError { KustomizeError(prefix + ": " + message) }
}
