import Cluster
import KubeAPI

extension ServerRequest {
    /// The media type of a patch's body, which its `Content-Type` names.
    enum PatchType: String {
        case strategic = "application/strategic-merge-patch+json"
        case merge = "application/merge-patch+json"
        case json = "application/json-patch+json"
        case apply = "application/apply-patch+yaml"

        /// The type `kubectl patch --type` names.
        init(flag: String) {
            switch flag {
            case "merge": self = .merge
            case "json": self = .json
            default: self = .strategic
            }
        }
    }

    /// A PATCH of the named object (or its `subresource`) with a body of `patchType`.
    static func patch(
        _ type: ResourceType, namespace: String?, name: String, subresource: String = "", patchType: PatchType,
        query: [String: String] = [:], accept: String = MediaTypes.json
    ) -> ServerRequest {
        var request = ServerRequest(
            method: "PATCH", path: itemPath(type, namespace: namespace, name: name, subresource: subresource), query: query)
        request.accept = accept
        request.contentType = patchType.rawValue
        request.target = Target(type: type, name: name)
        return request
    }

    /// A PUT of the named object (or its `subresource`); kubectl's typed clients log no
    /// `Content-Type` for it.
    static func put(
        _ type: ResourceType, namespace: String?, name: String, subresource: String = "",
        query: [String: String] = [:], accept: String = MediaTypes.any
    ) -> ServerRequest {
        var request = ServerRequest(
            method: "PUT", path: itemPath(type, namespace: namespace, name: name, subresource: subresource), query: query)
        request.accept = accept
        request.target = Target(type: type, name: name)
        return request
    }

    /// A POST to `type`'s collection in `namespace` (or to `subresource` of the object `name`).
    static func post(
        _ type: ResourceType, namespace: String?, name: String = "", subresource: String = "",
        query: [String: String] = [:], accept: String = MediaTypes.any, contentType: String = "application/json"
    ) -> ServerRequest {
        let path =
            name.isEmpty
            ? collectionPath(type, namespace: namespace)
            : itemPath(type, namespace: namespace, name: name, subresource: subresource)
        var request = ServerRequest(method: "POST", path: path, query: query)
        request.accept = accept
        request.contentType = contentType
        request.target = Target(type: type, name: name)
        return request
    }

    /// The query of a write: `dryRun=All` for a server dry run, and the field manager when
    /// the client names one (`--field-manager` over the command's own).
    static func writeQuery(
        dryRun: DryRun, manager: String?, flags: ParsedFlags, extra: [String: String] = [:]
    ) -> [String: String] {
        var query = extra
        if dryRun == .server { query["dryRun"] = "All" }
        if let manager { query["fieldManager"] = flags.string("field-manager") ?? manager }
        return query
    }

    /// A typed client's create that sends no `fieldValidation` (`autoscale`'s).
    static func withoutFieldValidation(_ request: ServerRequest) -> ServerRequest {
        var request = request
        request.query["fieldValidation"] = nil
        return request
    }

    /// A REST client's create of JSON with no field validation (`expose`'s).
    static func unstructuredCreate(_ request: ServerRequest) -> ServerRequest {
        var request = withoutFieldValidation(request)
        request.accept = MediaTypes.any
        request.contentType = "application/json"
        return request
    }
}

/// What client-go's informer following one object by name logs (`-v=3` for the reflector,
/// `-v=6` for its requests, made through the dynamic client), as `rollout status`, `wait` and
/// a waiting `delete` start one: the reflector starting,
/// its list by name, then its watch from the list's resource version (whose `timeoutSeconds`
/// client-go draws from 300 to 599; the lab takes the command's second modulo 300 above 300).
struct InformerLog {
    let context: VerbContext
    let type: ResourceType
    let namespace: String?
    let name: String

    private var byName: String { "metadata.name=\(name)" }

    /// The reflector starting, listing and filling its cache.
    func listed() {
        guard let log = context.requestLog else { return }
        log.info(3, "reflector.go:313", "Starting reflector \(DeletionWatchLog.reflector) (0s) from \(DeletionWatchLog.informer)")
        log.info(3, "reflector.go:349", "Listing and watching \(DeletionWatchLog.reflector) from \(DeletionWatchLog.informer)")
        let query = ["fieldSelector": byName, "limit": "500", "resourceVersion": "0"]
        log.answered(.list(type, namespace: namespace, query: query), status: 200, source: DeletionWatchLog.dynamicList)
        log.info(3, "reflector.go:376", "Caches populated for \(DeletionWatchLog.reflector) from \(DeletionWatchLog.informer)")
    }

    /// The watch that follows the list.
    func watching() {
        guard let log = context.requestLog else { return }
        let cluster = context.lab
        let query = [
            "allowWatchBookmarks": "true", "fieldSelector": byName,
            "resourceVersion": String(cluster.latestResourceVersion),
            "timeoutSeconds": String(300 + cluster.now.seconds % 300), "watch": "true",
        ]
        log.answered(.list(type, namespace: namespace, query: query), status: 200, source: DeletionWatchLog.dynamicWatch)
    }

    /// The reflector stopping when its caller is done.
    func stopped() {
        context.logInfo(3, "reflector.go:319", "Stopping reflector \(DeletionWatchLog.reflector) (0s) from \(DeletionWatchLog.informer)")
    }
}
