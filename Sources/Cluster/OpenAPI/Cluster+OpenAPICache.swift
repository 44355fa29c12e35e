import KubeAPI

/// What the OpenAPI endpoints and `kubectl explain` build is the same until the served
/// group/versions or the custom resource definitions change, and building it is costly: each is
/// kept until then.
struct OpenAPICache {
    /// The state the entries were built for (`Cluster.openAPICacheKey`).
    let key: String
    /// `/openapi/v3`.
    var index: String?
    /// `/openapi/v2`.
    var v2: String?
    /// `/openapi/v3/<path>` by path; nil for a path that names no document.
    var v3: [String: String?] = [:]
    /// The schema and resources of each group/version, nil when it is not served.
    var documents: [String: OpenAPIDocument?] = [:]
}

extension Cluster {
    /// The cache, emptied first when what it was built for has changed since.
    var currentOpenAPICache: OpenAPICache {
        let key = "\(store.writeCount(of: .customResourceDefinitions)) " + servedGroupVersions.joined(separator: ",")
        if openAPICache.key != key { openAPICache = OpenAPICache(key: key) }
        return openAPICache
    }
}
