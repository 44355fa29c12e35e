import Cluster
import KubeAPI

/// `kubectl rollout SUBCOMMAND`: status, history, undo and restart of a Deployment,
/// DaemonSet or StatefulSet; pause and resume of a Deployment.
enum Rollout {
    static let verb = Verb(name: "rollout", flags: flags, help: KubectlHelp.rollout) { context throws(KubectlFailure) in
        var context = context
        guard let sub = context.flags.positionals.first else {
            context.io.out(KubectlHelp.rollout)
            return 1
        }
        let typed = context.flags.positionals.joined(separator: " ")
        context.flags.positionals.removeFirst()
        switch sub {
        case "status": return try RolloutStatus.run(context)
        case "history": return try RolloutHistory.run(context)
        case "undo": return try RolloutUndo.run(context)
        case "restart": return try RolloutRestart.run(context)
        case "pause": return try RolloutPause.run(context, pausing: true)
        case "resume": return try RolloutPause.run(context, pausing: false)
        default:
            throw .validation(
                "unknown command \"\(typed)\"", verb: "rollout")
        }
    }

    static let flags: [FlagSpec] = [
        FlagSpec("revision", nil, .int), FlagSpec("to-revision", nil, .int), FlagSpec("watch", "w", .bool),
        FlagSpec("timeout"), FlagSpec("output", "o"), FlagSpec("dry-run"), FlagSpec("selector", "l"),
        FlagSpec("filename", "f", .stringArray), FlagSpec("recursive", "R", .bool),
    ]

    /// The kinds whose rollouts can be followed, listed, undone and restarted.
    static let kinds: [ResourceType] = [.deployments, .daemonSets, .statefulSets]

    /// What kubectl says of a type whose rollouts it cannot drive here.
    static func unsupported(_ sub: String) -> (ResourceType) -> String {
        { type in "\"kubectl rollout \(sub)\" of \(type.plural) is not part of this lab yet" }
    }
}
