import Cluster
import KubeAPI

/// The requests `kubectl drain` makes about pods through its typed client (`drain.Helper`),
/// each logged as `-v` asks: the list of a node's pods, the eviction (or deletion) of one and
/// the GET that asks whether it is gone yet.
extension Drain {
    /// The pods on `node` that `selector` matches (`GetPodsForDeletion`): one list across
    /// namespaces by the node's name, `chunkSize` at a time (0 for all at once). The selector
    /// goes as drain parsed it, requirements sorted by key and spaces gone (`labels.Parse`).
    static func listPods(on node: String, selector: LabelSelector, chunkSize: Int, context: VerbContext) -> [KubeObject] {
        var query = ["fieldSelector": "spec.nodeName=\(node)"]
        if !selector.isEmpty { query["labelSelector"] = selector.queryText }
        if chunkSize > 0 { query["limit"] = String(chunkSize) }
        let request = ServerRequest.list(.pods, namespace: nil, query: query, accept: ServerRequest.MediaTypes.protobuf)
        let cluster = context.lab
        let pods = (try? context.send(request) { () throws(APIError) in
            cluster.list(.pods, selector: selector).filter { $0[path: "spec.nodeName"].string == node }
        }) ?? []
        return pods
    }

    /// `CheckEvictionSupport`: the core group's resource list, read afresh by the clientset's
    /// discovery client, which names the eviction subresource's group and version.
    static func checkEvictionSupport(_ context: VerbContext) {
        context.requestLog?.answered(ServerRequest(method: "GET", path: "/api/v1"), status: 200)
    }

    /// Whether `pod` is gone, as `waitForDelete` asks each second: a GET of it that is not found,
    /// or finds another pod of its name.
    static func isGone(_ pod: KubeObject, context: VerbContext) -> Bool {
        let cluster = context.lab
        let request = ServerRequest.get(.pods, namespace: pod.namespace, name: pod.name, accept: ServerRequest.MediaTypes.protobuf)
        guard let found = try? context.send(request, { () throws(APIError) in try cluster.get(.pods, namespace: pod.namespace, name: pod.name) })
        else { return true }
        return found.uid != pod.uid
    }

    /// What drain prints at `-v=2` and up as it starts on a pod (`onPodDeletionOrEvictionStarted`),
    /// with its printer's dry-run suffix.
    static func announceStart(_ pod: KubeObject, evicting: Bool, suffix: String = "", context: VerbContext) {
        guard (context.requestLog?.level ?? 0) >= 2 else { return }
        context.io.out("pod/\(pod.name) \(evicting ? "eviction" : "deletion") started\(suffix)\n")
    }
}

extension ServerRequest {
    /// The typed client's DELETE of a pod, its options (a grace period, a server dry run) in a
    /// protobuf body, which `-v=8` logs as a hex dump.
    static func typedDelete(of pod: KubeObject, gracePeriod: Int?, dryRun: Bool = false) -> ServerRequest {
        var request = ServerRequest(method: "DELETE", path: itemPath(.pods, namespace: pod.namespace, name: pod.name))
        request.accept = MediaTypes.protobuf
        request.contentType = "application/vnd.kubernetes.protobuf"
        request.target = Target(type: .pods, name: pod.name)
        request.body = GoHexDump.dump(ProtobufDeleteOptions.encoded(gracePeriodSeconds: gracePeriod, dryRun: dryRun))
        return request
    }

    /// The policy/v1 eviction of a pod, as the typed client's `Evict` posts it: the pod's name
    /// and namespace with drain's delete options (its grace period, a server dry run).
    static func eviction(of pod: KubeObject, gracePeriod: Int?, dryRun: Bool) -> ServerRequest {
        let namespace = pod.namespace ?? "default"
        var request = ServerRequest.post(.pods, namespace: namespace, name: pod.name, subresource: "eviction")
        var options: JSONValue = [:]
        if let gracePeriod { options["gracePeriodSeconds"] = .int(gracePeriod) }
        if dryRun { options["dryRun"] = ["All"] }
        let eviction: JSONValue = [
            "kind": "Eviction", "apiVersion": "policy/v1",
            "metadata": ["name": .string(pod.name), "namespace": .string(namespace), "creationTimestamp": .null],
            "deleteOptions": options,
        ]
        request.body = GoJSON.marshal(eviction) + "\n"
        return request
    }
}
