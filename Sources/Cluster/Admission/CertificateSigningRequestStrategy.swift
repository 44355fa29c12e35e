import KubeAPI

/// The CertificateSigningRequest create strategy: the requesting user's name and groups are
/// recorded in the spec (whatever the client sent) and the status starts empty.
enum CertificateSigningRequestStrategy {
    static func apply(to request: KubeObject, user: UserInfo) -> KubeObject {
        var request = request
        request[path: "spec.username"] = .string(user.name)
        request[path: "spec.groups"] = .array(user.groups.map { .string($0) })
        request.value["status"] = .emptyObject
        return request
    }
}
