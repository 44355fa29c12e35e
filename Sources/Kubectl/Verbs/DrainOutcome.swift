import KubeAPI

/// What draining one node came to, and how kubectl reports the nodes it could not drain.
extension Drain {
    enum Outcome {
        case drained
        case failed(Failure)
        /// A wait kubectl keeps up until Ctrl-C, given up as if interrupted: nothing more is said.
        case interrupted
    }

    /// Why a node was not drained: its pods' errors, which kubectl aggregates, or one error of
    /// its own (a refused DELETE, a `--timeout` that ran out while pods were deleted).
    enum Failure {
        case pods([String])
        /// The error's text, and how `CheckErr` shows it when it is the only one.
        case single(String, shown: String)

        /// `err.Error()`, as `unable to drain node` quotes it.
        var message: String {
            switch self {
            case .pods(let messages): Drain.aggregate(messages)
            case .single(let message, _): message
            }
        }

        /// `CheckErr` of the aggregate of every failed node's error: an aggregate of one is
        /// unwrapped, so one node's pod errors go one a line without a prefix, and its single
        /// error as kubectl shows that error; several nodes' errors go one a line.
        static func checked(_ failures: [Failure]) -> KubectlFailure {
            guard failures.count == 1 else { return KubectlFailure(failures.map(\.message).joined(separator: "\n")) }
            switch failures[0] {
            case .pods(let messages): return KubectlFailure(messages.joined(separator: "\n"))
            case .single(_, let shown): return KubectlFailure(shown)
            }
        }

        /// A refused request's Status, shown as `Error from server (Reason): ...`.
        static func server(_ error: APIError) -> Failure { .single(error.message, shown: error.kubectlMessage) }

        /// The context's deadline (`--timeout`) passing while drain waited for deleted pods.
        static let deadlineExceeded = Failure.single("context deadline exceeded", shown: "error: context deadline exceeded")
    }
}
