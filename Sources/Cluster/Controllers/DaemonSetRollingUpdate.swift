import KubeAPI

/// The daemon controller's `rollingUpdate`: which old pods to delete, and on which nodes to
/// start a new pod beside the old one, so that at most maxUnavailable nodes lack an available
/// pod (without surge) or at most maxSurge nodes run two (with surge).
///
/// Nodes are taken in name order (the real controller walks a Go map, in no fixed order).
struct DaemonSetRollingUpdate {
    var delete: [KubeObject] = []
    var createOn: [String] = []

    /// `pods` holds every node the set should run on (with no pods: an empty list) and every node
    /// with one of its pods; `isAvailable` is `IsPodAvailable` with the set's minReadySeconds.
    init(
        _ spec: DaemonSetSpec, pods: [String: [KubeObject]], desired: Int, hash: String,
        isAvailable: (KubeObject) -> Bool
    ) {
        let (maxSurge, maxUnavailable) = spec.limits(desired: desired)
        let nodes = pods.keys.sorted()
        if maxSurge == 0 {
            var unavailable = 0
            var allowed: [KubeObject] = []
            var candidates: [KubeObject] = []
            for node in nodes {
                guard let (new, old) = Self.updated(pods[node] ?? [], spec, hash: hash) else {
                    unavailable += 1
                    continue
                }
                switch (new, old) {
                case (nil, nil), (.some, .some): unavailable += 1
                case (let new?, nil): if !isAvailable(new) { unavailable += 1 }
                case (nil, let old?):
                    if !isAvailable(old) {
                        allowed.append(old)
                        unavailable += 1
                    } else if unavailable < maxUnavailable {
                        candidates.append(old)
                    }
                }
            }
            let remaining = min(max(0, maxUnavailable - unavailable), candidates.count)
            delete = allowed + candidates.prefix(remaining)
            return
        }
        var surged = 0
        var allowed: [String] = []
        var candidates: [String] = []
        for node in nodes {
            guard let (new, old) = Self.updated(pods[node] ?? [], spec, hash: hash) else {
                surged += 1
                continue
            }
            guard let old else { continue }
            guard let new else {
                if !isAvailable(old) {
                    allowed.append(node)
                } else if surged < maxSurge {
                    candidates.append(node)
                }
                continue
            }
            if isAvailable(new) { delete.append(old) } else { surged += 1 }
        }
        let remaining = min(max(0, maxSurge - surged), candidates.count)
        createOn = allowed + candidates.prefix(remaining)
    }

    /// `findUpdatedPodsOnNode`: the node's one new and one old pod (terminating ones ignored),
    /// or nil when there are two of either.
    static func updated(_ pods: [KubeObject], _ spec: DaemonSetSpec, hash: String) -> (
        new: KubeObject?, old: KubeObject?
    )? {
        var new: KubeObject?
        var old: KubeObject?
        for pod in pods where pod.deletionTimestamp == nil {
            if spec.isUpdated(pod, hash: hash) {
                if new != nil { return nil }
                new = pod
            } else {
                if old != nil { return nil }
                old = pod
            }
        }
        return (new, old)
    }
}
