import Cluster
import KubeAPI

/// `kubectl rollout history TYPE/NAME`: each kept revision and its change cause.
enum RolloutHistory {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        if let revision = context.flags.string("revision").flatMap({ Int($0) }), revision < 0 {
            throw .error("revision must be a positive integer: \(revision)")
        }
        let targets = try RolloutTarget.resolveAll(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            unsupported: Rollout.unsupported("history"))
        let output = context.flags.string("output") ?? ""
        if !output.isEmpty { try ObjectOutput.checkFormat(output, context: context) }
        let printer = CommandPrinter()
        try targets.forEachGathering(worded: false, order: .asVisited) { target throws(KubectlFailure) in
            if output.isEmpty {
                try show(target, context)
            } else {
                try printRevisions(of: target, output: output, printer: printer, context)
            }
        }
        return 0
    }

    /// With `-o`, the revisions themselves, oldest first (or the one `--revision` names): a
    /// Deployment's ReplicaSets; for a DaemonSet or StatefulSet, the object as each
    /// ControllerRevision's patch makes it.
    private static func printRevisions(
        of target: RolloutTarget, output: String, printer: CommandPrinter, _ context: VerbContext
    ) throws(KubectlFailure) {
        let cluster = try context.cluster
        target.logRevisionLookup(context)
        var revisions = RolloutRevision.all(of: target, cluster: cluster).sorted { $0.number < $1.number }
        if let wanted = context.flags.string("revision").flatMap({ Int($0) }), wanted > 0 {
            revisions = revisions.filter { $0.number == wanted }
        }
        for revision in revisions {
            var (type, object) = (ResourceType.replicaSets, revision.object)
            if target.type != .deployments {
                type = target.type
                object = KubeObject(revision.applied(to: target.object, meta: cluster.patchMeta(for: type)))
            }
            _ = try ObjectOutput.print(
                object, type: type, operation: "", output: output, dryRun: .none, context: context, decoded: true,
                printer: printer)
        }
    }

    /// The history of one object, or with `--revision` the template of one revision.
    private static func show(_ target: RolloutTarget, _ context: VerbContext) throws(KubectlFailure) {
        let cluster = try context.cluster
        target.logRevisionLookup(context)
        let revisions = RolloutRevision.all(of: target, cluster: cluster)
        if let wanted = context.flags.string("revision").flatMap({ Int($0) }), wanted > 0 {
            guard let revision = revisions.first(where: { $0.number == wanted }) else {
                throw .error("unable to find the specified revision")
            }
            // kubectl's printTemplate: describe's pod template through a bare PrefixWriter.
            var writer = DescribeWriter()
            writer.aligned = false
            let template = target.type == .deployments ? revision.object[path: "spec.template"] : revision.controllerRevisionTemplate
            PodTemplateDescriber.describe(template, into: &writer)
            context.io.out("\(target.displayName) with revision #\(wanted)\n\(writer.finish())\n")
            return
        }
        var causes: [Int: String] = [:]
        for revision in revisions {
            causes[revision.number] = revision.changeCause
        }
        var text: String
        if causes.isEmpty {
            text = noHistory
        } else {
            var writer = TabWriter.forDescribe()
            writer.write("REVISION\tCHANGE-CAUSE\n")
            for revision in causes.keys.sorted() {
                let cause = causes[revision] ?? ""
                writer.write("\(revision)\t\(cause.isEmpty ? "<none>" : cause)\n")
            }
            text = writer.flush()
        }
        context.io.out("\(target.displayName) \n\(text)\n")
    }

    /// The ReplicaSets a Deployment controls.
    static func replicaSets(of deployment: KubeObject, cluster: Cluster) -> [KubeObject] {
        cluster.list(.replicaSets, namespace: deployment.namespace).filter { $0.controllerUID == deployment.uid }
    }

    static let revisionKey = "deployment.kubernetes.io/revision"
    static let noHistory = "No rollout history found."
}
