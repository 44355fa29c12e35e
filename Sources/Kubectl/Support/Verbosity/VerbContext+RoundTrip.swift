import Cluster
import KubeAPI

extension VerbContext {
    /// Whether `-v` logs request bodies (level 8 and up): only then is a large one worth writing out.
    var logsRequestBodies: Bool { (requestLog?.level ?? 0) >= 8 }

    /// Sends `request` to the apiserver, `call` being what the server does with it, and logs
    /// the request with its answer as `-v` asks: a create is answered `201 Created`, anything
    /// else that succeeds `200 OK`, a failure with its Status code. `source` is where the
    /// client logs the bodies from, when the request's shape does not tell.
    func send<T>(_ request: ServerRequest, source: String? = nil, _ call: () throws(APIError) -> T) throws(APIError) -> T {
        do {
            let result = try call()
            if let requestLog {
                let written = request.method == "GET" ? nil : Self.writtenObject(in: result)
                requestLog.answered(request, status: request.method == "POST" ? 201 : 200, result: written, source: source)
            }
            return result
        } catch {
            requestLog?.answered(request, status: error.code, failure: error, source: source)
            throw error
        }
    }

    /// The object a write answered with: what the call returned, or the object in the tuple it
    /// returned (apply's `(type, object, verb)`, annotate's `(object, warnings)`).
    private static func writtenObject<T>(in result: T) -> KubeObject? {
        if let object = result as? KubeObject { return object }
        return Mirror(reflecting: result).children.lazy.compactMap { $0.value as? KubeObject }.first
    }

    /// Logs at `-v=verbosity` a line kubectl's code logs at that point (`podcmd.go:88] ...`).
    func logInfo(_ verbosity: Int, _ source: String, _ message: String) {
        requestLog?.info(verbosity, source, message)
    }
}

extension RequestLog {
    /// The log of a command run with `-v=LEVEL`, nil without: what it logs before its first
    /// request (the kubeconfig files read, then client-go's feature gates once a client is
    /// made: every verb but `config`, and `version --client`, which makes none).
    static func starting(
        verb: String, flags: ParsedFlags, io: IOStreams, kubeconfig: Kubeconfig, lab: Cluster, auditIDs: AuditIDStreams
    ) -> RequestLog? {
        guard let text = flags.string("v"), let level = Int(text), level > 0 else { return nil }
        let settings = lab.settings
        let userAgent =
            "kubectl/\(settings.kubernetesVersion) (\(settings.release.platform)) kubernetes/\(settings.release.gitCommit.prefix(7))"
        let log = RequestLog(level: level, io: io, userAgent: userAgent) { lab.now }
        log.lab = lab
        log.auditSeed = UInt64(truncatingIfNeeded: lab.now.milliseconds) &+ UInt64(truncatingIfNeeded: lab.latestResourceVersion) << 32
        log.auditIDs = auditIDs.stream(seed: log.auditSeed)
        if isClientless(verb: verb, flags: flags) { return log }
        if let chain = kubeconfig.chain {
            log.configLoaded(from: zip(chain.paths, chain.texts).compactMap { $0.1 == nil ? nil : $0.0 })
        }
        if verb != "config" { log.featureGates() }
        return log
    }

    /// Whether the command never reads the kubeconfig: it makes no client.
    static func isClientless(verb: String, flags: ParsedFlags) -> Bool {
        clientless.contains(verb) || (verb == "version" && flags.bool("client"))
    }

    private static let clientless: Set<String> = ["completion", "kustomize", "plugin", "options", "help"]
}

extension VerbContext {
    /// Logs the OpenAPI v3 downloads client-side validation makes before it sends `type`'s
    /// object: the index once, then the document of each group/version, at the URL (with its
    /// hash) the index gives.
    func logSchemaDownload(for type: ResourceType) {
        guard let log = requestLog, log.level >= 6 else { return }
        if log.schemaDocuments.insert("").inserted {
            log.answered(ServerRequest(method: "GET", path: "/openapi/v3", query: ["timeout": "32s"]), status: 200)
        }
        let path = type.group.isEmpty ? "api/\(type.version)" : "apis/\(type.group)/\(type.version)"
        guard log.schemaDocuments.insert(path).inserted else { return }
        let index = lab.openAPIV3Index()
        let marker = "\"/openapi/v3/\(path)?hash="
        guard let start = index.firstRange(of: marker)?.upperBound else { return }
        let hash = String(index[start...].prefix { $0 != "\"" })
        var document = ServerRequest(
            method: "GET", path: "/openapi/v3/\(path)", query: ["hash": hash, "timeout": "32s"])
        document.accept = ServerRequest.MediaTypes.json
        log.answered(document, status: 200)
    }
}

extension VerbContext {
    /// Logs the aggregated discovery `api-resources` and `api-versions` fetch afresh: the core
    /// group and the named groups, each asked for as an `APIGroupDiscoveryList`. A discovery
    /// client made from the plain REST config (`top`'s) sends no `timeout`.
    func logDiscovery(timeout: Bool = true) {
        for path in ["/api", "/apis"] {
            var request = ServerRequest(method: "GET", path: path, query: timeout ? ["timeout": "32s"] : [:])
            request.accept =
                "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"
            requestLog?.answered(request, status: 200)
        }
    }
}
