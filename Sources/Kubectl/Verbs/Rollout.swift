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
        case "restart":
            try context.flags.refuseOthers(than: restartFlags, command: "rollout restart")
            return try RolloutRestart.run(context)
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

    /// What kubectl says of a kind it has no status or history viewer, rollbacker or changer for.
    static func unsupported(_ sub: String) -> (ResourceType, String) -> String {
        { type, name in
            switch sub {
            case "status": "no status viewer has been implemented for \(type.kind)"
            case "history": "no history viewer has been implemented for \"\(type.kind)\""
            case "undo": "no rollbacker has been implemented for \"\(type.kind)\""
            default: "\(type.qualifiedPlural) \"\(name)\" \(sub == "restart" ? "restarting" : sub == "pause" ? "pausing" : "resuming") is not supported"
            }
        }
    }

    /// `rollout restart`'s own flags (it has no --dry-run in 1.32).
    static let restartFlags: [FlagSpec] = [
        FlagSpec("output", "o"), FlagSpec("selector", "l"), FlagSpec("filename", "f", .stringArray),
        FlagSpec("recursive", "R", .bool),
    ]
}
