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
        var fatal: [Failure] = []
        for node in nodes {
            switch options.drain(node.name, context: context) {
            case .drained:
                context.io.out("node/\(node.name) drained\(options.dryRun.suffix)\n")
            case .interrupted:
                return 0
            case .failed(let failure):
                context.io.err("error: unable to drain node \"\(node.name)\" due to error: \(failure.message), continuing command...\n")
                pending.append(node.name)
                fatal.append(failure)
            }
        }
        guard !pending.isEmpty else { return 0 }
        context.io.err("There are pending nodes to be drained:\n" + pending.map { " \($0)\n" }.joined())
        throw Failure.checked(fatal)
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

        /// Evicts (or deletes) every pod the filters allow and waits for them
        /// (`deleteOrEvictPodsSimple`); when that fails, lists the node's pods again and names
        /// those still to go.
        func drain(_ node: String, context: VerbContext) -> Drain.Outcome {
            let verdicts = podsForDeletion(on: node, context: context)
            let errors = DrainFilter.refusals(verdicts)
            if !errors.isEmpty { return .failed(.pods(errors)) }
            let warnings = DrainFilter.grouped(verdicts, kind: .warn).map { "\($0.message): \($0.pods)" }
            if !warnings.isEmpty { context.io.err("Warning: \(warnings.joined(separator: "; "))\n") }
            let doomed = verdicts.filter(\.1.delete).map(\.0)
            if dryRun == .client {
                for pod in doomed { context.io.out("evicting pod \(pod.namespace ?? "default")/\(pod.name) (dry run)\n") }
                return .drained
            }
            if doomed.isEmpty { return .drained }
            let outcome: Drain.Outcome
            if disableEviction {
                outcome = delete(doomed, context: context)
            } else {
                Drain.checkEvictionSupport(context)
                outcome = evict(doomed, context: context).map { .failed(.pods($0)) } ?? .drained
            }
            if case .failed(let failure) = outcome { reportPending(on: node, failure, context: context) }
            return outcome
        }

        /// The node's pods with what the filters decided about each (`GetPodsForDeletion`).
        private func podsForDeletion(on node: String, context: VerbContext) -> [(KubeObject, DrainFilter.Verdict)] {
            let chunkSize = context.flags.string("chunk-size").flatMap { Int($0) } ?? 500
            let pods = Drain.listPods(on: node, selector: podSelector, chunkSize: chunkSize, context: context)
            return pods.map { ($0, filter.verdict(for: $0, context: context)) }
        }

        /// What kubectl says after deleting or evicting failed: the pods a fresh list would
        /// still delete, then the errors that list met.
        private func reportPending(on node: String, _ failure: Drain.Failure, context: VerbContext) {
            let verdicts = podsForDeletion(on: node, context: context)
            let pending = verdicts.filter(\.1.delete).map(\.0)
            if !pending.isEmpty {
                context.io.err(
                    "There are pending pods in node \"\(node)\" when an error occurred: \(failure.message)\n"
                        + pending.map { "pod/\($0.name)\n" }.joined())
            }
            let errors = DrainFilter.refusals(verdicts)
            if !errors.isEmpty {
                context.io.err("Following errors occurred while getting the list of pods to delete:\n" + Drain.aggregate(errors))
            }
        }
    }

    /// `utilerrors.NewAggregate(...).Error()`: one message as is, several in brackets.
    static func aggregate(_ messages: [String]) -> String {
        messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
    }

    /// How long drain waits for evicted pods at most (kubectl's default is forever).
    static let waitLimitSeconds: Int64 = 86_400
}
