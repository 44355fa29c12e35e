import Cluster
import KubeAPI

/// `kubectl rollout status TYPE/NAME`: watches the Deployment, DaemonSet or StatefulSet, printing
/// its rollout status each time the object changes, until the rollout finishes (the clock moves
/// meanwhile).
///
/// With `--timeout` it gives up as kubectl does. Without one, kubectl waits for as long as it
/// takes; here the wait ends as every watch of the lab does (`GetWatch`): quietly, exit status 0,
/// once the object has not changed for `GetWatch.quietSeconds` or after `GetWatch.longestWatch`.
enum RolloutStatus {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let targets = try RolloutTarget.resolveAll(
            context.flags.positionals, context: context, verb: "rollout", allowed: Rollout.kinds,
            unsupported: Rollout.unsupported("status"))
        let timeout = try timeoutSeconds(context.flags.string("timeout"))
        if targets.reportedNone(context) { return 0 }
        try targets.forEachGathering(worded: false, order: .asVisited) { target throws(KubectlFailure) in
            try follow(target, timeout: timeout, context)
        }
        return 0
    }

    /// Prints one object's rollout status until it finishes, times out or the watch ends.
    private static func follow(_ target: RolloutTarget, timeout: Int64?, _ context: VerbContext) throws(KubectlFailure) {
        // It follows the object with a list and a watch of its name.
        for verb in ["list", "watch"] {
            try context.authorize(AccessRequest(verb: verb, target.type, namespace: target.object.namespace))
        }
        let revision = context.flags.string("revision").flatMap { Int($0) } ?? 0
        let watch = context.flags.string("watch").map { $0 == "true" } ?? true
        let cluster = try context.cluster
        let name = target.object.name
        let namespace = target.object.namespace
        let deadline = cluster.now.adding(seconds: timeout ?? GetWatch.longestWatch)
        var object = target.object
        // kubectl follows it with an informer, even without --watch; its watch starts as the
        // first status is printed.
        let informer = InformerLog(context: context, type: target.type, namespace: namespace, name: name)
        informer.listed()
        var first = true
        while true {
            let (text, done) = try status(of: object, type: target.type, revision: revision)
            context.io.out(text)
            if first { informer.watching() }
            first = false
            if done || !watch {
                informer.stopped()
                return
            }
            let seen = object.resourceVersion
            var latest: KubeObject?
            var waitEnd = deadline
            if timeout == nil { waitEnd = min(deadline, cluster.now.adding(seconds: GetWatch.quietSeconds)) }
            let remaining = max(0, waitEnd.milliseconds(since: cluster.now) / 1000)
            let changed = cluster.wait(timeoutSeconds: remaining) {
                latest = try? cluster.get(target.type, namespace: namespace, name: name)
                return latest?.resourceVersion != seen
            }
            guard changed else {
                if timeout == nil { return }
                informer.stopped()
                throw .error(timedOut)
            }
            guard let latest else { throw .error(deleted) }
            object = latest
        }
    }

    /// The status viewer of the object's kind.
    static func status(of object: KubeObject, type: ResourceType, revision: Int) throws(KubectlFailure) -> (String, Bool) {
        switch type {
        case .daemonSets: return try RolloutStatusViewers.daemonSet(object)
        case .statefulSets: return try RolloutStatusViewers.statefulSet(object)
        default: return try status(of: object, revision: revision)
        }
    }

    /// kubectl's `DeploymentStatusViewer.Status`: the line to print and whether the rollout is done.
    static func status(of deployment: KubeObject, revision: Int) throws(KubectlFailure) -> (String, Bool) {
        let name = deployment.name
        if revision > 0 {
            let current = Int(deployment.annotations["deployment.kubernetes.io/revision"] ?? "") ?? 0
            if current != revision {
                throw .error("desired revision (\(revision)) is different from the running revision (\(current))")
            }
        }
        let generation = deployment.metadata["generation"].int ?? 0
        let observed = deployment[path: "status.observedGeneration"].int ?? 0
        guard generation <= observed else { return (observing, false) }
        let progressing = deployment[path: "status.conditions"].array.first { $0["type"].string == "Progressing" }
        if progressing?["reason"].string == "ProgressDeadlineExceeded" {
            throw .error("deployment \"\(name)\" exceeded its progress deadline")
        }
        func count(_ key: String) -> Int { deployment[path: "status.\(key)"].int ?? 0 }
        let (replicas, updated, available) = (count("replicas"), count("updatedReplicas"), count("availableReplicas"))
        let waiting = "Waiting for deployment \"\(name)\" rollout to finish: "
        if let wanted = deployment[path: "spec.replicas"].int, updated < wanted {
            return ("\(waiting)\(updated) out of \(wanted) new replicas have been updated...\n", false)
        }
        if replicas > updated {
            return ("\(waiting)\(replicas - updated) old replicas are pending termination...\n", false)
        }
        if available < updated {
            return ("\(waiting)\(available) of \(updated) updated replicas are available...\n", false)
        }
        return ("deployment \"\(name)\" successfully rolled out\n", true)
    }

    /// `--timeout` as a Go duration (`30s`, `5m`, `1h`); nil or 0 means wait without a limit.
    static func timeoutSeconds(_ text: String?) throws(KubectlFailure) -> Int64? {
        guard let text, text != "0" else { return nil }
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600]
        guard let unit = text.last, let scale = units[unit], let value = Double(text.dropLast()) else {
            let problem = Double(text) == nil ? "invalid duration" : "missing unit in duration"
            throw .usage(
                "invalid argument \"\(text)\" for \"--timeout\" flag: time: \(problem) \"\(text)\"",
                verb: "rollout status")
        }
        let seconds = Int64(value * Double(scale))
        return seconds > 0 ? seconds : nil
    }

    static let observing = "Waiting for deployment spec update to be observed...\n"
    static let timedOut = "timed out waiting for the condition"
    static let deleted = "object has been deleted"
}
