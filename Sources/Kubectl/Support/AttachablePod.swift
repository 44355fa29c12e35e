import Cluster
import KubeAPI

/// The pod `exec`, `attach` and `port-forward` reach when given a workload or a Service
/// (kubectl's `AttachablePodForObjectFn`): of the pods its selector picks, the most active.
enum AttachablePod {
    /// `object` itself when it is a pod; else the first of its pods, most active first.
    static func pod(
        for object: KubeObject, type: ResourceType, namespace: String, context: VerbContext
    ) throws(KubectlFailure) -> KubeObject {
        guard type != .pods else { return object }
        let selector = try selector(of: object, type: type)
        let cluster = try context.cluster
        // `GetFirstPod`: the typed client's list by the selector.
        let matchLabels = type == .services || type == .replicationControllers
        let selectorJSON: JSONValue = matchLabels ? ["matchLabels": object[path: "spec.selector"]] : object[path: "spec.selector"]
        let text = TableCells.selectorString(selectorJSON) ?? ""
        let list = ServerRequest.list(
            .pods, namespace: namespace, query: text.isEmpty ? [:] : ["labelSelector": text], accept: ServerRequest.MediaTypes.protobuf)
        let pods: [KubeObject]
        do {
            pods = try context.send(list) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: "list", .pods, namespace: namespace), as: context.user)
                return cluster.list(.pods, namespace: namespace, selector: selector)
            }
        } catch {
            throw .server(error)
        }
        guard let first = mostActiveFirst(pods).first else {
            throw .error("timed out waiting for the condition")
        }
        return first
    }

    /// `SelectorsForObject`: the label selector of the kinds that have one.
    private static func selector(of object: KubeObject, type: ResourceType) throws(KubectlFailure) -> LabelSelector {
        let goType = "*\(type.version).\(type.kind)"
        switch type {
        case .services, .replicationControllers:
            let labels = object[path: "spec.selector"].stringMap
            if type == .services && labels.isEmpty {
                throw .error("cannot attach to \(goType): invalid service '\(object.name)': Service is defined without a selector")
            }
            return LabelSelector(matchLabels: labels)
        case .replicaSets, .deployments, .daemonSets, .statefulSets, .jobs:
            return LabelSelector(json: object[path: "spec.selector"])
        default:
            throw .error("cannot attach to \(goType): selector for \(goType) not implemented")
        }
    }

    /// `sort.Reverse(ActivePods)`, stable: scheduled, running, ready, not being deleted (or
    /// deleted last), ready longest, fewest restarts, oldest.
    static func mostActiveFirst(_ pods: [KubeObject]) -> [KubeObject] {
        var result: [KubeObject] = []
        for pod in pods {
            let index = result.firstIndex { lessActive($0, than: pod) } ?? result.endIndex
            result.insert(pod, at: index)
        }
        return result
    }

    /// `ActivePods.Less`: whether `a` is less active than `b`.
    static func lessActive(_ a: KubeObject, than b: KubeObject) -> Bool {
        let nodeA = a[path: "spec.nodeName"].string ?? "", nodeB = b[path: "spec.nodeName"].string ?? ""
        if nodeA != nodeB, nodeA.isEmpty || nodeB.isEmpty { return nodeA.isEmpty }
        let rank = ["Pending": 0, "Unknown": 1, "Running": 2]
        let phaseA = rank[a[path: "status.phase"].string ?? ""] ?? 0, phaseB = rank[b[path: "status.phase"].string ?? ""] ?? 0
        if phaseA != phaseB { return phaseA < phaseB }
        let readyA = PodsForLogging.readySince(a), readyB = PodsForLogging.readySince(b)
        if (readyA != nil) != (readyB != nil) { return readyA == nil }
        let deletedA = timestamp(a, "metadata.deletionTimestamp"), deletedB = timestamp(b, "metadata.deletionTimestamp")
        if (deletedA != nil) != (deletedB != nil) { return deletedA != nil }
        if let deletedA, let deletedB, deletedA != deletedB { return deletedA < deletedB }
        if let readyA, let readyB, readyA != readyB { return readyA > readyB }
        let restartsA = restarts(a), restartsB = restarts(b)
        if restartsA.regular != restartsB.regular { return restartsA.regular > restartsB.regular }
        if restartsA.sidecar != restartsB.sidecar { return restartsA.sidecar > restartsB.sidecar }
        let createdA = timestamp(a, "metadata.creationTimestamp"), createdB = timestamp(b, "metadata.creationTimestamp")
        if createdA != createdB { return createdA.map { created in createdB.map { created > $0 } ?? false } ?? true }
        return false
    }

    private static func timestamp(_ pod: KubeObject, _ path: String) -> Timestamp? {
        pod[path: path].string.flatMap(Timestamp.init(rfc3339:))
    }

    /// The most restarts of an app container, and of a sidecar (an init container that always restarts).
    private static func restarts(_ pod: KubeObject) -> (regular: Int, sidecar: Int) {
        let regular = pod[path: "status.containerStatuses"].array.compactMap { $0["restartCount"].int }.max() ?? 0
        let sidecars = Set(pod[path: "spec.initContainers"].array.filter { $0["restartPolicy"].string == "Always" }.compactMap { $0["name"].string })
        let sidecar = pod[path: "status.initContainerStatuses"].array
            .filter { sidecars.contains($0["name"].string ?? "") }.compactMap { $0["restartCount"].int }.max() ?? 0
        return (regular, sidecar)
    }
}
