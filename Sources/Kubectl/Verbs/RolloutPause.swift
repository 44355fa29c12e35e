import Cluster
import KubeAPI

/// `kubectl rollout pause|resume deployment/NAME`: sets or clears `spec.paused` (other kinds of
/// rollout cannot be paused).
enum RolloutPause {
    static func run(_ context: VerbContext, pausing: Bool) throws(KubectlFailure) -> Int32 {
        let targets = try RolloutTarget.resolveAll(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            visitFailure: ManifestFiles.gatheredFailure, unsupported: Rollout.unsupported(pausing ? "pause" : "resume"))
        let dryRun = try context.dryRun()
        if targets.reportedNone(context) { return 0 }
        try targets.forEachGathering(worded: true, order: .fetchesFirst) { target throws(KubectlFailure) in
            try change(target, pausing: pausing, dryRun: dryRun, context)
        }
        return 0
    }

    /// Pauses or resumes one Deployment.
    private static func change(
        _ target: RolloutTarget, pausing: Bool, dryRun: DryRun, _ context: VerbContext
    ) throws(KubectlFailure) {
        guard target.type == .deployments else {
            throw KubectlFailure("error: \(target.errorName) \(notSupported(pausing))")
        }
        let paused = target.object[path: "spec.paused"].bool == true
        if paused == pausing {
            throw KubectlFailure("error: \(target.errorName) \(pausing ? alreadyPaused : notPaused)")
        }
        var updated = target.object
        updated[path: "spec.paused"] = pausing ? true : .null
        if dryRun == .none { _ = try target.write(updated, failure: "failed to patch: ", manager: "kubectl-rollout", context: context) }
        context.io.out("\(target.displayName) \(pausing ? "paused" : "resumed")\(dryRun.suffix)\n")
    }

    static let alreadyPaused = "is already paused"
    static let notPaused = "is not paused"
    static func notSupported(_ pausing: Bool) -> String { "\(pausing ? "pausing" : "resuming") is not supported" }
}
