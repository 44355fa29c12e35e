import Cluster
import KubeAPI

extension VerbContext {
    /// Why requests do not reach the kubeconfig's server: only the lab's own apiserver answers,
    /// while it serves, and only to a client that trusts its certificate. nil when they do.
    var connectionFailure: ConnectionFailure? {
        guard lab.isAPIServerServing && server == lab.settings.server else { return .refused }
        return tlsFailure.map(ConnectionFailure.untrusted)
    }

    /// Whether requests reach the apiserver.
    var serverAnswers: Bool { connectionFailure == nil }

    /// Logs `count` failed requests for the API group list, as client-go's cached discovery
    /// logs each before its caller gives up.
    func logDiscoveryFailures(_ count: Int) {
        guard let failure = connectionFailure else { return }
        for _ in 0..<count { io.err(discoveryLog.nextLine(server: server, failure: failure, startedAt: lab.now) + "\n") }
    }

    /// The cluster, for a request a typed client sends without asking discovery first; when
    /// it does not reach the server, that request's failed connection, for the verb to word.
    func client(for request: ServerRequest) throws(RequestError) -> Cluster {
        if let failure = connectionFailure { throw .unreached(request, server: server, failure) }
        return lab
    }

    /// Creates `object` of `type` as kubectl's generators' typed clients do (a `POST` with the
    /// dry run, field manager and field validation the flags ask for); `failure` words what
    /// went wrong, the server's answer or the refused connection, as the generator does.
    /// `shaping` makes the POST the verb's client sends of the generators' one, for the log.
    func create(
        _ object: KubeObject, type: ResourceType, dryRun: DryRun, manager: String,
        failure: (RequestError) -> KubectlFailure, shaping: (ServerRequest) -> ServerRequest = { $0 }
    ) throws(KubectlFailure) -> KubeObject {
        let fieldManager = flags.string("field-manager") ?? manager
        let validation = try Apply.fieldValidation(flags.string("validate"))
        var request = ServerRequest.create(
            type, namespace: object.namespace ?? namespace, dryRun: dryRun == .server, fieldManager: fieldManager,
            validation: validation.directive)
        request.accept = ServerRequest.MediaTypes.protobuf
        request.contentType = "application/vnd.kubernetes.protobuf"
        request.target = ServerRequest.Target(type: type, name: object.name)
        request = shaping(request)
        do throws(RequestError) {
            let cluster = try client(for: request)
            do throws(APIError) {
                return try send(request) { () throws(APIError) in
                    try cluster.create(object, dryRun: dryRun == .server, as: user, manager: FieldManager(fieldManager))
                }
            } catch {
                throw RequestError.status(error)
            }
        } catch {
            throw failure(error)
        }
    }
}

extension FieldValidation {
    /// The `fieldValidation` query parameter that asks for this directive.
    var directive: String {
        switch self {
        case .strict: return "Strict"
        case .warn: return "Warn"
        case .ignore: return "Ignore"
        }
    }
}
