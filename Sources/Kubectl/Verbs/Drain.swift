import Cluster
import KubeAPI

/// `kubectl drain NODE`: cordons the node, then evicts its pods and waits until they are gone,
/// refusing (unless told otherwise) DaemonSet pods, pods with local storage and bare pods.
enum Drain {
    static let verb = Verb(name: "drain", flags: flags, help: KubectlHelp.drain) { context throws(KubectlFailure) in
        try NodeArguments.validate(context, verb: "drain")
        let options = try Options(context)
        let nodes = try NodeArguments.resolve(context, verb: "drain")
        for node in nodes { try Cordon.setUnschedulable(node, true, dryRun: options.dryRun, context: context) }
        var pending: [String] = []
        var fatal: [String] = []
        for node in nodes {
            if let errors = options.drain(node.name, context: context) {
                context.io.err("error: unable to drain node \"\(node.name)\" due to error: \(aggregate(errors)), continuing command...\n")
                pending.append(node.name)
                fatal = errors
            } else {
                context.io.out("node/\(node.name) drained\(options.dryRun.suffix)\n")
            }
        }
        guard !pending.isEmpty else { return 0 }
        context.io.err("There are pending nodes to be drained:\n" + pending.map { " \($0)\n" }.joined())
        // kubectl's CheckErr: one error with its prefix, several one a line without.
        if fatal.count == 1 { throw .error(fatal[0]) }
        throw KubectlFailure(fatal.joined(separator: "\n"))
    }

    static let flags: [FlagSpec] = [
        FlagSpec("force", nil, .bool), FlagSpec("ignore-daemonsets", nil, .bool),
        FlagSpec("delete-emptydir-data", nil, .bool),
        FlagSpec("grace-period", nil, .int), FlagSpec("timeout", nil, .duration), FlagSpec("pod-selector"), FlagSpec("selector", "l"),
        FlagSpec("disable-eviction", nil, .bool), FlagSpec("skip-wait-for-delete-timeout", nil, .int),
        FlagSpec.dryRun, FlagSpec("chunk-size", nil, .int),
    ]

    /// The parsed flags of one drain (`drain.Helper`).
    struct Options {
        var filter: DrainFilter
        var gracePeriod: Int?
        var disableEviction: Bool
        var dryRun: DryRun
        var podSelector: LabelSelector
        /// `--timeout`: how long evictions may be asked for, in milliseconds; nil (or 0) for no limit.
        var timeoutMilliseconds: Int64?

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            filter = DrainFilter(
                force: flags.bool("force"), ignoreDaemonSets: flags.bool("ignore-daemonsets"),
                deleteEmptyDirData: flags.bool("delete-emptydir-data"))
            let grace = flags.string("grace-period").flatMap { Int($0) } ?? -1
            gracePeriod = grace >= 0 ? grace : nil
            disableEviction = flags.bool("disable-eviction")
            dryRun = try context.dryRun()
            if let text = flags.string("timeout") {
                switch GoDurationFlag.milliseconds(text) {
                case .failure(let error): throw .usage("invalid argument \"\(text)\" for \"--timeout\" flag: \(error.message)", verb: "drain")
                case .success(let milliseconds): timeoutMilliseconds = milliseconds > 0 ? milliseconds : nil
                }
            }
            do {
                podSelector = try LabelSelector(parsing: flags.string("pod-selector") ?? "")
            } catch {
                throw .error("--pod-selector=<pod_selector> must be a valid label selector")
            }
        }

        /// Evicts (or deletes) every pod the filters allow and waits for them; returns the errors if refused.
        func drain(_ node: String, context: VerbContext) -> [String]? {
            let cluster = context.lab  // reached already, when the node was read
            let pods = Drain.listPods(
                on: node, selector: podSelector, selectorText: context.flags.string("pod-selector") ?? "",
                chunkSize: context.flags.string("chunk-size").flatMap { Int($0) } ?? 500, context: context)
            let verdicts = pods.map { ($0, filter.verdict(for: $0, context: context)) }
            let errors = DrainFilter.grouped(verdicts, kind: .refuse).map { "cannot delete \($0.message): \($0.pods)" }
            if !errors.isEmpty { return errors }
            let warnings = DrainFilter.grouped(verdicts, kind: .warn).map { "\($0.message): \($0.pods)" }
            if !warnings.isEmpty { context.io.err("Warning: \(warnings.joined(separator: "; "))\n") }
            let doomed = verdicts.filter(\.1.delete).map(\.0)
            if dryRun == .client {
                for pod in doomed { context.io.out("evicting pod \(pod.namespace ?? "default")/\(pod.name) (dry run)\n") }
                return nil
            }
            if doomed.isEmpty { return nil }
            if disableEviction {
                guard dryRun == .none else { return nil }
                for pod in doomed {
                    _ = try? context.send(.typedDelete(of: pod)) { () throws(APIError) in
                        try cluster.delete(.pods, namespace: pod.namespace, name: pod.name, gracePeriodSeconds: gracePeriod)
                    }
                    Drain.announceStart(pod, evicting: false, context: context)
                }
                Drain.awaitDeletion(of: doomed, context: context)
                return nil
            }
            Drain.checkEvictionSupport(context)
            return evict(doomed, context: context)
        }
    }

    /// `waitForDelete` after deleting pods: each second, a GET of every pod not yet gone, in
    /// their order, saying so for each that went.
    static func awaitDeletion(of pods: [KubeObject], context: VerbContext) {
        let cluster = context.lab
        let deadline = cluster.now.adding(seconds: Drain.waitLimitSeconds)
        var waiting = pods
        while true {
            waiting.removeAll { pod in
                guard isGone(pod, context: context) else { return false }
                context.io.out("pod/\(pod.name) deleted\n")
                return true
            }
            guard !waiting.isEmpty, cluster.now < deadline else { return }
            let start = cluster.now
            if (context.requestLog?.level ?? 0) < 6 {
                // Unlogged looks find nothing until a pod goes: the clock goes to the first look after.
                let gone = { (pod: KubeObject) in !cluster.exists(.pods, namespace: pod.namespace, name: pod.name, uid: pod.uid) }
                let seconds = deadline.milliseconds - start.milliseconds
                _ = cluster.wait(timeoutSeconds: (seconds + 999) / 1000) { waiting.contains(where: gone) }
            }
            let late = max(1000, cluster.now.milliseconds - start.milliseconds)
            cluster.advance(to: start.adding(milliseconds: (late + 999) / 1000 * 1000))
        }
    }

    /// `utilerrors.NewAggregate(...).Error()`: one message as is, several in brackets.
    static func aggregate(_ messages: [String]) -> String {
        messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
    }

    /// How long drain waits for evicted pods at most (kubectl's default is forever).
    static let waitLimitSeconds: Int64 = 86_400
}
