import KubeAPI

/// The taint eviction controller: a pod on a node with a `NoExecute` taint it does not tolerate
/// is deleted at once; one that tolerates it for `tolerationSeconds` is deleted when they pass.
extension Cluster {
    /// Deletes the pods whose time on a `NoExecute`-tainted node is up; reports whether any went.
    func evictIntolerantPods() -> Bool {
        var changed = false
        let tainted = noExecuteTaints ?? [:]
        var pending: Set<String> = []
        if !tainted.isEmpty {
            for pod in list(.pods) {
                guard let node = pod.nodeName, let taints = tainted[node], pod.deletionTimestamp == nil, !pod.isFinished
                else { continue }
                guard let seconds = tolerationSeconds(of: pod, for: taints) else { continue }
                let key = Self.taintEvictionKey(pod.uid)
                let due = wakeups[key] ?? now.adding(seconds: seconds)
                if due <= now {
                    cancelWakeup(for: key)
                    evict(pod)
                    changed = true
                } else {
                    wake(at: due, for: key)
                    pending.insert(key)
                }
            }
        }
        for key in wakeups.keys(withPrefix: Self.taintEvictionPrefix) where !pending.contains(key) {
            cancelWakeup(for: key)
        }
        return changed
    }

    /// Brings the `NoExecute` taints by node up to date for the nodes `names` (every node when nil).
    func updateNoExecuteTaints(of names: Set<String>?) {
        guard let names, var taints = noExecuteTaints else {
            noExecuteTaints = list(.nodes).reduce(into: [:]) { $0[$1.name] = Self.noExecuteTaints(of: $1) }
            return
        }
        for name in names { taints[name] = lookup(.nodes, nil, name).flatMap(Self.noExecuteTaints(of:)) }
        noExecuteTaints = taints
    }

    /// A node's `NoExecute` taints; nil when it has none.
    private static func noExecuteTaints(of node: KubeObject) -> [JSONValue]? {
        let taints = node[path: "spec.taints"].array.filter { $0["effect"].string == "NoExecute" }
        return taints.isEmpty ? nil : taints
    }

    /// How long the pod may stay: 0 when a taint is not tolerated, the least `tolerationSeconds`
    /// of the tolerations used, nil when they tolerate it forever (`getMinTolerationTime`).
    private func tolerationSeconds(of pod: KubeObject, for taints: [JSONValue]) -> Int64? {
        let tolerations = pod[path: "spec.tolerations"].array
        var used: [JSONValue] = []
        for taint in taints {
            let matching = tolerations.filter { Tolerations.tolerates($0, taint) }
            if matching.isEmpty { return 0 }
            used += matching
        }
        let limits = used.compactMap { $0["tolerationSeconds"].int }
        guard let least = limits.min() else { return nil }
        return Int64(max(0, least))
    }

    /// Marks the pod with a `DisruptionTarget` condition, records the eviction and deletes it.
    private func evict(_ pod: KubeObject) {
        let marked = pod.withDisruptionTarget(
            reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint", at: now)
        save(.pods, marked)
        let name = "\(pod.namespace ?? "default")/\(pod.name)"
        recordEvent(marked, reason: "TaintManagerEviction", message: "Marking for deletion Pod \(name)",
            source: EventSource(component: "taint-eviction-controller"))
        deletePod(marked)
    }

    static let taintEvictionPrefix = "taint-eviction/"
    static func taintEvictionKey(_ uid: String) -> String { taintEvictionPrefix + uid }
}
