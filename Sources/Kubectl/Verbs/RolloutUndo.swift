import Cluster
import KubeAPI

/// `kubectl rollout undo TYPE/NAME [--to-revision=N]`: puts a kept revision's pod template (and,
/// for a Deployment, its annotations) back into the object; the controller does the rest.
enum RolloutUndo {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let dryRun = try context.dryRun()
        let targets = try RolloutTarget.resolveAll(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            unsupported: Rollout.unsupported("undo"))
        try targets.forEachGathering(worded: false, order: .asVisited) { target throws(KubectlFailure) in
            _ = try undo(target, dryRun: dryRun, context)
        }
        return 0
    }

    /// Rolls one object back.
    private static func undo(_ target: RolloutTarget, dryRun: DryRun, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let toRevision = context.flags.string("to-revision").flatMap { Int($0) } ?? 0
        guard target.type == .deployments else {
            return try RolloutUndoRevision.run(target, toRevision: toRevision, dryRun: dryRun, context: context)
        }
        let deployment = target.object
        if toRevision < 0 { throw .error(notFound(toRevision)) }
        target.logRevisionLookup(context)
        let rs = try replicaSet(for: deployment, toRevision: toRevision, cluster: context.cluster)
        if dryRun == .client { return try report(templateText(rs[path: "spec.template"]), target, dryRun, context) }
        if deployment[path: "spec.paused"].bool == true { throw .error(paused) }
        let template = withoutHash(rs[path: "spec.template"])
        if template.isEquivalent(to: withoutHash(deployment[path: "spec.template"])) {
            return try report(skipped(toRevision), target, dryRun, context)
        }
        var annotations: [String: String] = [:]
        for (key, value) in deployment.annotations where skipped.contains(key) { annotations[key] = value }
        for (key, value) in rs.annotations where !skipped.contains(key) { annotations[key] = value }
        var updated = deployment
        updated[path: "spec.template"] = template
        updated[path: "metadata.annotations"] = .stringMap(annotations)
        try target.rollBack(updated, toRevision: toRevision, dryRun: dryRun, context: context)
        return try report("rolled back", target, dryRun, context)
    }

    /// Prints what the rollbacker answered as the name printer's operation, or (with `-o`) the
    /// object as it was fetched before the rollback, as kubectl does.
    static func report(_ result: String, _ target: RolloutTarget, _ dryRun: DryRun, _ context: VerbContext)
        throws(KubectlFailure) -> Int32
    {
        try ObjectOutput.print(
            target.object, type: target.type, operation: result, output: context.flags.string("output"),
            dryRun: dryRun, context: context, fetched: true)
    }

    /// kubectl's `printTemplate`: describe's pod template block, what a client dry run shows.
    static func templateText(_ template: JSONValue) -> String {
        var writer = DescribeWriter()
        writer.aligned = false
        PodTemplateDescriber.describe(template, into: &writer)
        return writer.finish()
    }

    static func skipped(_ revision: Int) -> String {
        "skipped rollback (current template already matches revision \(revision))"
    }

    /// The ReplicaSet of `toRevision`, or of the revision before the latest when it is 0.
    private static func replicaSet(for deployment: KubeObject, toRevision: Int, cluster: Cluster) throws(KubectlFailure)
        -> KubeObject
    {
        let sets = RolloutHistory.replicaSets(of: deployment, cluster: cluster).compactMap { rs -> (Int, KubeObject)? in
            Int(rs.annotations[RolloutHistory.revisionKey] ?? "").map { ($0, rs) }
        }
        if toRevision > 0 {
            guard let match = sets.first(where: { $0.0 == toRevision }) else { throw .error(notFound(toRevision)) }
            return match.1
        }
        let ordered = sets.sorted { $0.0 > $1.0 }
        guard ordered.count > 1 else { throw .error("no rollout history found for deployment \"\(deployment.name)\"") }
        return ordered[1].1
    }

    private static func withoutHash(_ template: JSONValue) -> JSONValue {
        var t = template
        var labels = t[path: "metadata.labels"].stringMap
        labels["pod-template-hash"] = nil
        t[path: "metadata.labels"] = labels.isEmpty ? .null : .stringMap(labels)
        return t
    }

    /// Annotations that stay the Deployment's own and are not taken from the ReplicaSet.
    static let skipped: Set<String> = [
        "kubectl.kubernetes.io/last-applied-configuration", "deployment.kubernetes.io/revision",
        "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas",
        "deployment.kubernetes.io/max-replicas", "deprecated.deployment.rollback.to",
    ]

    static func notFound(_ revision: Int) -> String { "unable to find specified revision \(revision) in history" }
    /// What the rollbackers put before the apiserver's refusal of the restoring patch.
    static func restoreFailed(_ revision: Int) -> String { "failed restoring revision \(revision): " }
    static let paused =
        "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"
}
