import Cluster
import KubeAPI

/// `kubectl rollout SUBCOMMAND`: status, history, undo and restart of a Deployment,
/// DaemonSet or StatefulSet; pause and resume of a Deployment.
enum Rollout {
    static let verb = Verb(name: "rollout", flags: flags, help: KubectlHelp.rollout, usagePath: usagePath) {
        context throws(KubectlFailure) in
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

    /// The subcommand a flag error names (`rollout restart`).
    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let sub = words.first, ["history", "pause", "restart", "resume", "status", "undo"].contains(sub) else { return nil }
        return "rollout " + sub
    }

    static let flags: [FlagSpec] = [
        FlagSpec("revision", nil, .int), FlagSpec("to-revision", nil, .int), FlagSpec("watch", "w", .bool),
        FlagSpec("timeout", nil, .duration), FlagSpec("output", "o"), FlagSpec.dryRun, FlagSpec("selector", "l"),
        FlagSpec("field-manager"),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    /// The kinds whose rollouts can be followed, listed, undone and restarted.
    static let kinds: [ResourceType] = [.deployments, .daemonSets, .statefulSets]

    /// What kubectl says of a kind it has no status or history viewer, rollbacker or changer for.
    /// Kinds are named as a GroupKind prints (`ReplicaSet.apps`); history and undo first ask
    /// kubectl's kind visitor, which knows only the workload kinds.
    static func unsupported(_ sub: String) -> (ResourceType, String) -> String {
        { type, name in
            let groupKind = type.group.isEmpty ? type.kind : "\(type.kind).\(type.group)"
            let unvisited = "\"\(groupKind)\", no visitor method exists for {\(type.group) \(type.kind)}"
            switch sub {
            case "status": return "no status viewer has been implemented for \(groupKind)"
            case "history":
                return visited(type)
                    ? "no history viewer has been implemented for \"\(groupKind)\"" : "error retrieving history for \(unvisited)"
            case "undo":
                return visited(type)
                    ? "no rollbacker has been implemented for \"\(groupKind)\"" : "error retrieving rollbacker for \(unvisited)"
            default:
                let doing = sub == "restart" ? "restarting" : sub == "pause" ? "pausing" : "resuming"
                return "\(type.qualifiedPlural) \"\(name)\" \(doing) is not supported"
            }
        }
    }

    /// Whether kubectl's kind visitor (`GroupKindElement`) knows the kind.
    private static func visited(_ type: ResourceType) -> Bool {
        switch (type.group, type.kind) {
        case ("", "Pod"), ("", "ReplicationController"), ("apps", "Deployment"), ("apps", "ReplicaSet"),
            ("apps", "DaemonSet"), ("apps", "StatefulSet"), ("batch", "Job"), ("batch", "CronJob"):
            true
        default: false
        }
    }

    /// `rollout restart`'s own flags (it has no --dry-run in 1.32).
    static let restartFlags: [FlagSpec] = [
        FlagSpec("output", "o"), FlagSpec("selector", "l"), FlagSpec("field-manager"),
    ] + ManifestFiles.flags + OutputFormat.templateFlags
}
