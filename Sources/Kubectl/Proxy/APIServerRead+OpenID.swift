import Cluster
import KubeAPI

/// The apiserver's OIDC discovery for service account tokens: the provider configuration at
/// `/.well-known/openid-configuration` and the signing keys at `/openid/v1/jwks`, each marshalled
/// once at start (compact, no closing newline) and served as public for an hour.
extension APIServerRead {
    static let openIDConfigurationPath = "/.well-known/openid-configuration"
    static let jwksPath = "/openid/v1/jwks"

    /// The document at `path`, or nil when it is neither.
    func openIDDocument(_ path: String) -> Body? {
        switch path {
        case Self.openIDConfigurationPath:
            let configuration: JSONValue = [
                "issuer": .string(cluster.serviceAccountIssuer),
                "jwks_uri": .string("https://" + externalAddress + Self.jwksPath),
                "response_types_supported": ["id_token"], "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            ]
            return .published(GoJSON.marshal(configuration), contentType: "application/json")
        case Self.jwksPath:
            // go-jose writes a key's members in its own order: use, kty, kid, alg, n, e.
            let key: JSONValue = [
                "use": "sig", "kty": "RSA", "kid": .string(cluster.serviceAccountKeyID), "alg": "RS256",
                "n": .string(Cluster.base64URL(cluster.serviceAccountKeyModulus)), "e": "AQAB",
            ]
            return .published(GoJSON.marshal(["keys": [key]]), contentType: "application/jwk-set+json")
        default:
            return nil
        }
    }

    /// The apiserver's external address (its advertise address and secure port), which the
    /// JWKS URI names when `--service-account-jwks-uri` is not set.
    private var externalAddress: String {
        let apiserver = cluster.list(.pods, namespace: "kube-system").first { $0.labels["component"] == "kube-apiserver" }
        return apiserver?.annotations["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"] ?? ""
    }
}
