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
            let informer = watchStarted(type, object)
            let ended: Bool
            if let deadline {
                ended = cluster.wait(
                    timeoutSeconds: max(0, deadline.milliseconds(since: cluster.now) / 1000), until: gone)
            } else {
                ended = UnboundedWait(cluster: cluster, objects: [(type, object.namespace, object.name)]).until(gone)
            }
            guard ended else { return }
            informer.stopped()
        }
    }

    private func watchStarted(_ type: ResourceType, _ object: KubeObject) -> InformerLog {
        let informer = InformerLog(context: context, type: type, namespace: object.namespace, name: object.name)
        informer.listed()
        informer.watching()
        return informer
    }
}
