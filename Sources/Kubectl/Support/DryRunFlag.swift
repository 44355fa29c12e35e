import Cluster
import KubeAPI

extension DryRun {
    /// `--dry-run` read as kubectl's `GetDryRunStrategy` reads it: `none`, `client` or `server`;
    /// the bare flag (`unchanged`) and Go booleans still work, each with the warning klog logs for it.
    static func parse(_ text: String?) throws(KubectlFailure) -> (DryRun, deprecation: (source: String, message: String)?) {
        guard let text else { return (.none, nil) }
        if let legacy = FlagParser.parseBool(text) {
            let replacement = legacy ? "client" : "none"
            let message = "--dry-run=\(text) is deprecated (boolean value) and can be replaced with --dry-run=\(replacement)."
            return (legacy ? .client : .none, (legacy ? "helpers.go:716" : "helpers.go:719", message))
        }
        switch text {
        case FlagSpec.dryRun.valueWhenBare: return (.client, ("helpers.go:702", "--dry-run is deprecated and can be replaced with --dry-run=client."))
        case "client": return (.client, nil)
        case "server": return (.server, nil)
        case "none": return (.none, nil)
        default: throw .error("Invalid dry-run value (\(text)). Must be \"none\", \"server\", or \"client\".")
        }
    }
}

extension VerbContext {
    /// The command's `--dry-run` strategy, logging klog's deprecation warning for a legacy value
    /// the first time it is read, as kubectl reads it once.
    func dryRun() throws(KubectlFailure) -> DryRun {
        let (strategy, deprecation) = try DryRun.parse(flags.string("dry-run"))
        if let deprecation, dryRunWarning.isFirst() {
            io.err(KlogLine.format(.warning, source: deprecation.source, deprecation.message, at: lab.now) + "\n")
        }
        return strategy
    }
}

/// Whether a command has logged its dry-run warning yet; shared by the copies of its context.
final class DryRunWarning {
    private var logged = false

    /// True the first time only.
    func isFirst() -> Bool {
        defer { logged = true }
        return !logged
    }
}
