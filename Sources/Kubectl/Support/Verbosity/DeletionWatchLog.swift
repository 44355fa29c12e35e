import Cluster
import KubeAPI

/// What `kubectl delete` logs while it waits for what it deleted to go (`-v=3` and up): for each
/// object in turn, the GET that finds it gone (404), or finds it still there and starts an
/// informer on it by name, whose reflector lists and watches until the object is deleted.
///
/// It waits object by object as kubectl does, up to the same deadline the command's own wait
/// keeps, so the clock ends where that wait ends it; with nothing to log it does nothing.
struct DeletionWatchLog {
    let context: VerbContext
    let cluster: Cluster
    /// `--timeout`, nil for kubectl's wait without end.
    let timeoutSeconds: Int64?

    /// The informer's reflector names what it lists this way in every line.
    static let reflector = "*unstructured.Unstructured"
    static let informer = "k8s.io/client-go/tools/watch/informerwatcher.go:146"
    /// The wait reads through client-go's dynamic client: where its calls log their bodies.
    static let dynamicGet = "simple.go:247"
    static let dynamicList = "simple.go:280"
    static let dynamicWatch = "simple.go:314"

    func follow(_ deleted: [(ResourceType, KubeObject)]) {
        guard let log = context.requestLog, log.level >= 3 else { return }
        let deadline = timeoutSeconds.map { cluster.now.adding(seconds: $0) }
        for (type, object) in deleted {
            let gone = { !cluster.exists(type, namespace: object.namespace, name: object.name, uid: object.uid) }
            let get = ServerRequest.get(type, namespace: object.namespace, name: object.name)
            guard !gone() else {
                log.answered(get, status: 404, failure: .notFound(type, object.name), source: Self.dynamicGet)
                continue
            }
            log.answered(get, status: 200, source: Self.dynamicGet)
            watchStarted(type, object, log)
            let ended: Bool
            if let deadline {
                ended = cluster.wait(
                    timeoutSeconds: max(0, deadline.milliseconds(since: cluster.now) / 1000), until: gone)
            } else {
                ended = UnboundedWait(cluster: cluster, objects: [(type, object.namespace, object.name)]).until(gone)
            }
            guard ended else { return }
            log.info(3, "reflector.go:319", "Stopping reflector \(Self.reflector) (0s) from \(Self.informer)")
        }
    }

    /// The informer's start: its list by name, then the watch from the list's resource version,
    /// whose `timeoutSeconds` client-go draws at random from 300 to 599; the lab takes the
    /// command's start second modulo 300 above 300.
    private func watchStarted(_ type: ResourceType, _ object: KubeObject, _ log: RequestLog) {
        log.info(3, "reflector.go:313", "Starting reflector \(Self.reflector) (0s) from \(Self.informer)")
        log.info(3, "reflector.go:349", "Listing and watching \(Self.reflector) from \(Self.informer)")
        let byName = "metadata.name=\(object.name)"
        let list = ServerRequest.list(
            type, namespace: object.namespace, query: ["fieldSelector": byName, "limit": "500", "resourceVersion": "0"])
        log.answered(list, status: 200, source: Self.dynamicList)
        log.info(3, "reflector.go:376", "Caches populated for \(Self.reflector) from \(Self.informer)")
        let watch = ServerRequest.list(
            type, namespace: object.namespace,
            query: [
                "allowWatchBookmarks": "true", "fieldSelector": byName,
                "resourceVersion": String(cluster.latestResourceVersion),
                "timeoutSeconds": String(300 + cluster.now.seconds % 300), "watch": "true",
            ])
        log.answered(watch, status: 200, source: Self.dynamicWatch)
    }
}
