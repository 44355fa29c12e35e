import Cluster
import KubeAPI

/// `kubectl rollout history deployment/NAME`: each kept revision and its change cause.
enum RolloutHistory {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let target = try RolloutTarget.resolve(
            context.flags.positionals, context: context, verb: "rollout", unsupported: Rollout.unsupported("history"))
        if let revision = context.flags.string("revision").flatMap({ Int($0) }), revision > 0 {
            throw .error("\"kubectl rollout history --revision\" is not part of this lab yet")
        }
        var causes: [Int: String] = [:]
        for rs in replicaSets(of: target.object, cluster: context.cluster) {
            guard let revision = Int(rs.annotations[revisionKey] ?? "") else { continue }
            causes[revision] = rs.annotations[changeCauseKey] ?? ""
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
