/// The objects a rollout or set verb acts on, in the order given, with those kubectl's builder
/// could not fetch kept where it reports them.
struct RolloutTargets {
    enum Item {
        case found(RolloutTarget)
        /// Fetched, but of a kind the verb has nothing for.
        case refused(KubectlFailure)
        /// Not fetched: not found, or not to be read by the user.
        case unfetched(KubectlFailure)
    }

    /// Where a verb's errors go beside the failed fetches.
    enum Order {
        /// The verb takes every object first (`Infos()`), then acts on each (restart, pause,
        /// resume): the failed fetches come first, as one aggregate.
        case fetchesFirst
        /// The verb acts on each object as the builder visits it (history, status, undo): each
        /// failure where it happened, but a manifest's failed fetches together at its end.
        case asVisited
    }

    var items: [Item] = []
    /// Whether the objects came from manifests, whose visitor gathers its failed fetches into one.
    var fromManifests = false

    /// The failures to fetch.
    var unfetched: [KubectlFailure] {
        items.compactMap { item in
            if case .unfetched(let failure) = item { failure } else { nil }
        }
    }

    /// Runs `body` on each object found, gathering every failure into one aggregate at the end in
    /// the verb's `order`. `worded`: the verb words each failure itself (`error: ...`, kept as it
    /// is), as `restart`, `pause`, `resume` and `set` do; otherwise it is a plain error, which
    /// kubectl prefixes only when it is alone.
    func forEachGathering(
        worded: Bool, order: Order, _ body: (RolloutTarget) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        var failures: [GatheredError] = []
        var fetches: [KubectlFailure] = []
        func gathered(_ error: KubectlFailure) -> GatheredError {
            let plain = error.message.hasPrefix("error: ") && !worded
            return plain ? .plain(String(error.message.dropFirst("error: ".count))) : .worded(error.message)
        }
        for item in items {
            switch item {
            case .found(let target):
                do {
                    try body(target)
                } catch {
                    failures.append(gathered(error))
                }
            case .refused(let failure):
                failures.append(gathered(failure))
            case .unfetched(let failure):
                if order == .asVisited && !fromManifests {
                    failures.append(.worded(failure.message))
                } else {
                    fetches.append(failure)
                }
            }
        }
        if !fetches.isEmpty { failures.insert(.group(fetches), at: order == .fetchesFirst ? 0 : failures.count) }
        if !failures.isEmpty { throw .aggregate(failures) }
    }

    /// Whether nothing was picked, said on stderr as restart, pause, resume and status say it.
    func reportedNone(_ context: VerbContext) -> Bool {
        guard items.isEmpty else { return false }
        context.io.err("No resources found in \(context.namespace) namespace.\n")
        return true
    }

    /// Refuses to go on when any object could not be fetched, as a verb that takes every object
    /// first and stops on its error does (`set image`).
    func requireAllFetched() throws(KubectlFailure) {
        let failures = unfetched
        if !failures.isEmpty { throw .aggregate([.group(failures)]) }
    }
}
