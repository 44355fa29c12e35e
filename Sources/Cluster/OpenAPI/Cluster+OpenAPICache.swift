import KubeAPI
import Synchronization

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

/// The OpenAPI documents of the clusters started from one snapshot whose definitions are still
/// the snapshot's: every lab of a world would otherwise build the same documents again.
final class SharedOpenAPICache: Sendable {
    private let caches = Mutex<[String: OpenAPICache]>([:])

    func cache(for key: String) -> OpenAPICache? { caches.withLock { $0[key] } }

    func keep(_ cache: OpenAPICache) { caches.withLock { $0[cache.key] = cache } }
}

extension Cluster {
    /// The cache, emptied first when what it was built for has changed since.
    var currentOpenAPICache: OpenAPICache {
        let key = "\(store.writeCount(of: .customResourceDefinitions)) " + servedGroupVersions.joined(separator: ",")
        if openAPICache.key != key { openAPICache = sharedOpenAPICache?.cache(for: key) ?? OpenAPICache(key: key) }
        return openAPICache
    }

    /// Records what was just built into the cache, for this cluster and, while its definitions
    /// are the snapshot's, for the others started from the same snapshot.
    func keepOpenAPI(_ build: (inout OpenAPICache) -> Void) {
        build(&openAPICache)
        sharedOpenAPICache?.keep(openAPICache)
    }

    /// The cache shared with the clusters of the same snapshot, while no definition was written since.
    private var sharedOpenAPICache: SharedOpenAPICache? {
        guard let origin = openAPIOrigin, store.writeCount(of: .customResourceDefinitions) == origin.definitionWrites else { return nil }
        return origin.shared
    }
}
