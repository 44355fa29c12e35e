import Cluster
import KubeAPI

/// `kubectl rollout history TYPE/NAME`: each kept revision and its change cause.
enum RolloutHistory {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        if let revision = context.flags.string("revision").flatMap({ Int($0) }), revision < 0 {
            throw .error("revision must be a positive integer: \(revision)")
        }
        let target = try RolloutTarget.resolve(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            unsupported: Rollout.unsupported("history"))
        if let revision = context.flags.string("revision").flatMap({ Int($0) }), revision > 0 {
            throw .error("\"kubectl rollout history --revision\" is not part of this lab yet")
        }
        var causes: [Int: String] = [:]
        for revision in RolloutRevision.all(of: target, cluster: try context.cluster) {
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
        return 0
    }

    /// The ReplicaSets a Deployment controls.
    static func replicaSets(of deployment: KubeObject, cluster: Cluster) -> [KubeObject] {
        cluster.list(.replicaSets, namespace: deployment.namespace).filter { $0.controllerUID == deployment.uid }
    }

    static let revisionKey = "deployment.kubernetes.io/revision"
    static let changeCauseKey = "kubernetes.io/change-cause"
    static let noHistory = "No rollout history found."
}
