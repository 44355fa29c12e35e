import KubeAPI
import OrderedCollections

/// SelfSubjectReview (authentication.k8s.io/v1): the apiserver tells a caller who it takes them
/// to be, for `kubectl auth whoami`.
extension Cluster {
    /// The review the apiserver returns to `user` (nil: the admin kubeconfig's own user, whom the
    /// x509 authenticator names from its client certificate and marks with the certificate's
    /// SHA-256 as its credential ID; an impersonated user carries no such extra). Its fields are
    /// in the Go struct's order, as a client that decodes it into the type prints it.
    public func selfSubjectReview(as user: UserInfo?) throws(APIError) -> KubeObject {
        try authorize(AccessRequest(verb: "create", .selfSubjectReviews, namespace: nil), as: user)
        let caller = user ?? .kubeadmAdmin
        var info: JSONValue = ["username": .string(caller.name)]
        if !caller.uid.isEmpty { info["uid"] = .string(caller.uid) }
        if !caller.groups.isEmpty { info["groups"] = .array(caller.groups.map(JSONValue.string)) }
        if !caller.extra.isEmpty {
            info["extra"] = .object(OrderedDictionary(uniqueKeysWithValues: caller.extra.sorted { $0.key < $1.key }.map {
                ($0.key, JSONValue.array($0.value.map(JSONValue.string)))
            }))
        }
        if user == nil, let certificate = Self.derCertificate(settings.adminCredentials.clientCertificateData) {
            info["extra"] = ["authentication.kubernetes.io/credential-id": .array([.string(Self.x509CredentialID(certificate))])]
        }
        return KubeObject([
            "kind": "SelfSubjectReview", "apiVersion": "authentication.k8s.io/v1",
            "metadata": ["creationTimestamp": .string(now.rfc3339)], "status": ["userInfo": info],
        ])
    }

    /// The DER bytes of the first certificate in base64-encoded PEM, as the TLS handshake presents it.
    static func derCertificate(_ data: String) -> [UInt8]? {
        let pem = Base64.decoded(data)
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let der = Base64.decode(body)
        return der.isEmpty ? nil : der
    }
}
