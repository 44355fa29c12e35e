import Cluster
import KubeAPI

/// `kubectl scale TYPE NAME --replicas=N`: sets the replica count of a Deployment,
/// ReplicaSet or StatefulSet.
enum Scale {
    static let verb = Verb(name: "scale", flags: flags, help: KubectlHelp.scale) { context throws(KubectlFailure) in
        guard let text = context.flags.string("replicas") else { throw .error("required flag(s) \"replicas\" not set") }
        let replicas = Int(text) ?? -1
        guard replicas >= 0 else { throw .error(replicasRequired) }
        let target = try RolloutTarget.resolve(
            context.flags.positionals, context: context, verb: "scale",
            allowed: [.deployments, .replicaSets, .statefulSets]
        ) { type in "\"kubectl scale\" of \(type.plural) is not part of this lab yet" }
        if let current = context.flags.string("current-replicas").flatMap({ Int($0) }), current >= 0,
            current != (target.object[path: "spec.replicas"].int ?? 1)
        {
            throw .error("Expected replicas to be \(current), was \(target.object[path: "spec.replicas"].int ?? 1)")
        }
        let dryRun = try DryRun.parse(context.flags.string("dry-run"))
        var updated = target.object
        updated[path: "spec.replicas"] = .int(replicas)
        if dryRun == .none { _ = try target.write(updated, context: context) }
        context.io.out("\(target.displayName) scaled\(dryRun.suffix)\n")
        return 0
    }

    static let flags: [FlagSpec] = [
        FlagSpec("replicas", nil, .int), FlagSpec("current-replicas", nil, .int), FlagSpec("dry-run"),
        FlagSpec("output", "o"), FlagSpec("selector", "l"), FlagSpec("all", nil, .bool), FlagSpec("timeout"),
        FlagSpec("resource-version"), FlagSpec("filename", "f", .stringArray),
    ]

    static let replicasRequired = "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
}
