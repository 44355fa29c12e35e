import Cluster
import KubeAPI

/// `kubectl rollout restart TYPE/NAME`: stamps the pod template with the time, which
/// makes a new template and so a rolling replacement of every pod.
enum RolloutRestart {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let targets = try RolloutTarget.resolveAll(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            visitFailure: ManifestFiles.gatheredFailure, unsupported: Rollout.unsupported("restart"))
        let dryRun = try context.dryRun()
        if targets.reportedNone(context) { return 0 }
        try targets.forEachGathering(worded: true, order: .fetchesFirst) { target throws(KubectlFailure) in
            try restart(target, dryRun, context)
        }
        return 0
    }

    /// Stamps one object's template.
    private static func restart(_ target: RolloutTarget, _ dryRun: DryRun, _ context: VerbContext) throws(KubectlFailure) {
        var updated = target.object
        if updated[path: "spec.paused"].bool == true { throw KubectlFailure("error: \(target.errorName) \(paused)") }
        let stamp = try context.cluster.now.rfc3339
        var annotations = updated[path: "spec.template.metadata.annotations"].stringMap
        if annotations[restartedAtKey] == stamp { throw .error(tooSoon(target.object.name)) }
        annotations[restartedAtKey] = stamp
        updated[path: "spec.template.metadata.annotations"] = .stringMap(annotations)
        if dryRun == .none { _ = try target.write(updated, failure: "failed to patch: ", manager: "kubectl-rollout", context: context) }
        context.io.out("\(target.displayName) restarted\(dryRun.suffix)\n")
    }

    static let restartedAtKey = "kubectl.kubernetes.io/restartedAt"
    static let paused = "can't restart paused deployment (run rollout resume first)"
    static func tooSoon(_ name: String) -> String {
        "failed to create patch for \(name): if restart has already been triggered within the past second, please wait before attempting to trigger another"
    }
}
