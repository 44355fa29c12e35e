import Cluster
import KubeAPI

/// The requests `kubectl top` makes, logged as `-v` asks: the API groups afresh from its own
/// discovery client (to find metrics.k8s.io), the metrics clientset's read of the usage, then
/// the core clientset's read of the nodes (or, when no pod has metrics, of the pods).
extension Top {
    /// Asks for `type` from the metrics API (one object when `name` is given), logged as the
    /// metrics clientset sends it: refused as the authorizer refuses it, answered 503 by the
    /// aggregator while metrics-server does not serve, else found or not.
    static func requestMetrics(
        _ type: ResourceType, namespace: String?, name: String?, query: SelectorQuery, found: Bool, context: VerbContext
    ) throws(KubectlFailure) {
        let cluster = try context.cluster
        let accept =
            context.flags.isSet("use-protocol-buffers") && !context.flags.bool("use-protocol-buffers")
            ? ServerRequest.MediaTypes.protobuf : metricsAccept
        let request =
            name.map { ServerRequest.get(type, namespace: namespace, name: $0, accept: accept) }
            ?? query.request(type, namespace: namespace, accept: accept)
        let source = name == nil ? "type.go:204" : "type.go:168"
        do throws(APIError) {
            try cluster.authorize(AccessRequest(verb: name == nil ? "list" : "get", type, namespace: namespace, name: name ?? ""), as: context.user)
        } catch {
            context.requestLog?.answered(request, status: error.code, failure: error, source: source)
            throw .server(error)
        }
        guard cluster.isMetricsAPIAvailable else {
            context.requestLog?.answered(request, status: 503, source: source)
            throw serviceUnavailable(type == .nodeMetrics ? "nodes" : "pods", name: name)
        }
        context.requestLog?.answered(request, status: found ? 200 : 404, source: source)
    }

    /// What the metrics clientset accepts with `--use-protocol-buffers` (the default): protobuf,
    /// or anything.
    static let metricsAccept = "application/vnd.kubernetes.protobuf, */*"
}
