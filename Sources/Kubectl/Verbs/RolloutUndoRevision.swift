import Cluster
import KubeAPI

/// kubectl's `DaemonSetRollbacker` and `StatefulSetRollbacker`: the object's template replaced
/// by the one a ControllerRevision recorded (`--to-revision`, or the revision before the latest).
enum RolloutUndoRevision {
    static func run(_ target: RolloutTarget, toRevision: Int, dryRun: DryRun, context: VerbContext)
        throws(KubectlFailure) -> Int32
    {
        if toRevision < 0 { throw .error(RolloutUndo.notFound(toRevision)) }
        target.logRevisionLookup(context)
        let history = RolloutRevision.all(of: target, cluster: try context.cluster).sorted { $0.number < $1.number }
        if toRevision == 0 && history.count <= 1 { throw .error(noLastRevision) }
        let chosen = toRevision == 0 ? history[history.count - 2] : history.first { $0.number == toRevision }
        guard let chosen else { throw .error(RolloutUndo.notFound(toRevision)) }
        let template = chosen.controllerRevisionTemplate
        if dryRun == .client {
            let text = "will roll back to \(RolloutUndo.templateText(template))"
            return try RolloutUndo.report(text, target, dryRun, context)
        }
        if template.isEquivalent(to: target.object[path: "spec.template"]) {
            return try RolloutUndo.report(RolloutUndo.skipped(toRevision), target, dryRun, context)
        }
        var updated = target.object
        updated[path: "spec.template"] = template
        try target.rollBack(updated, toRevision: toRevision, dryRun: dryRun, context: context)
        return try RolloutUndo.report("rolled back", target, dryRun, context)
    }

    static let noLastRevision = "no last revision to roll back to"
}
