import KubeAPI

/// kubectl's `ByLogging` order: the pod best to read logs from first.
///
/// Scheduled before unscheduled; Running, then Unknown, then Pending; ready before not ready;
/// ready longer first; more container restarts first; older first.
enum PodsForLogging {
    static func sorted(_ pods: [KubeObject]) -> [KubeObject] {
        // A stable insertion sort, as Go's sort.Sort is for the few pods a workload has.
        var result: [KubeObject] = []
        for pod in pods {
            let index = result.firstIndex { less(pod, $0) } ?? result.endIndex
            result.insert(pod, at: index)
        }
        return result
    }

    static func less(_ a: KubeObject, _ b: KubeObject) -> Bool {
        let nodeA = a[path: "spec.nodeName"].string ?? "", nodeB = b[path: "spec.nodeName"].string ?? ""
        if nodeA != nodeB, nodeA.isEmpty || nodeB.isEmpty { return !nodeA.isEmpty }
        let rank = ["Running": 0, "Unknown": 1, "Pending": 2]
        let phaseA = rank[a[path: "status.phase"].string ?? ""] ?? 3, phaseB = rank[b[path: "status.phase"].string ?? ""] ?? 3
        if phaseA != phaseB { return phaseA < phaseB }
        let readyA = readySince(a), readyB = readySince(b)
        if (readyA != nil) != (readyB != nil) { return readyA != nil }
        if let readyA, let readyB, readyA != readyB { return readyA < readyB }
        let restartsA = maxRestarts(a), restartsB = maxRestarts(b)
        if restartsA != restartsB { return restartsA > restartsB }
        let createdA = a[path: "metadata.creationTimestamp"].string.flatMap(Timestamp.init(rfc3339:))
        let createdB = b[path: "metadata.creationTimestamp"].string.flatMap(Timestamp.init(rfc3339:))
        if let createdA, let createdB, createdA != createdB { return createdA < createdB }
        return false
    }

    static func readySince(_ pod: KubeObject) -> Timestamp? {
        let ready = pod[path: "status.conditions"].array.first { $0["type"].string == "Ready" && $0["status"].string == "True" }
        return ready?["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:))
    }

    private static func maxRestarts(_ pod: KubeObject) -> Int {
        pod[path: "status.containerStatuses"].array.compactMap { $0["restartCount"].int }.max() ?? 0
    }
}
