import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// The apiserver's OIDC discovery documents, and how it answers HEAD requests.
@Suite struct OpenIDDiscoveryTests {
    private func read(_ lab: KubectlHarness, _ path: String) throws -> APIServerRead.Body {
        try APIServerRead(cluster: lab.cluster, user: nil).get(path, query: "")
    }

    @Test func theConfigurationNamesTheIssuerAndTheKeysURL() throws {
        let lab = try KubectlHarness()
        let body = try read(lab, "/.well-known/openid-configuration")
        #expect(body.encoded(pretty: true) == #"{"issuer":"https://kubernetes.default.svc.tk8s.k8s","jwks_uri":"https://172.22.0.1:6443/openid/v1/jwks","response_types_supported":["id_token"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"#)
        #expect(body.contentType == "application/json" && body.cacheControl == "public, max-age=3600")
    }

    @Test func theKeySetHoldsTheKeyTokensAreSignedWith() throws {
        let lab = try KubectlHarness()
        let body = try read(lab, "/openid/v1/jwks")
        #expect(body.contentType == "application/jwk-set+json")
        let text = body.encoded(pretty: false)
        #expect(text.hasPrefix(#"{"keys":[{"use":"sig","kty":"RSA","kid":"\#(lab.cluster.serviceAccountKeyID)","alg":"RS256","n":""#))
        #expect(text.hasSuffix(#"","e":"AQAB"}]}"#))
        let token = lab.run("create", "token", "default").out
        let header = Base64.decoded(String(token.prefix { $0 != "." }))
        #expect(header == #"{"alg":"RS256","kid":"\#(lab.cluster.serviceAccountKeyID)"}"#)
        // An RSA-2048 modulus: 256 bytes, 342 base64url characters.
        #expect(Cluster.base64URL(lab.cluster.serviceAccountKeyModulus).count == 342)
    }

    @Test func headIsRefusedOnGoRestfulRoutesAndAnsweredElsewhere() throws {
        let lab = try KubectlHarness()
        let server = APIServerHTTP(cluster: lab.cluster, user: nil)
        func head(_ path: String) -> HTTPResponse? { server.get(path: path, query: "", userAgent: "curl/8.12.1", auditID: "a", method: "HEAD") }
        #expect(head("/api/v1/namespaces")?.status == 405)
        #expect(head("/api/v1/namespaces/default/pods/missing")?.status == 405)
        #expect(head("/version")?.status == 405)
        #expect(head("/api/v1/nosuchthings")?.status == 404)
        #expect(head("/healthz")?.status == 200)
        #expect(head("/apis")?.status == 200)
        #expect(APIServerHTTP.isRestfulRoute("/apis/apps/v1") && !APIServerHTTP.isRestfulRoute("/apis/apps"))
    }

    @Test func aNonResourceHeadIsAuthorizedAsHead() throws {
        let lab = try KubectlHarness()
        let jane = UserInfo(name: "jane", groups: ["system:authenticated"])
        let server = APIServerHTTP(cluster: lab.cluster, user: jane)
        let answer = server.get(path: "/healthz", query: "", userAgent: "curl/8.12.1", auditID: "a", method: "HEAD")
        #expect(answer?.status == 403)
        #expect(answer?.body.contains(#"cannot head path \"/healthz\""#) == true)
        #expect(server.get(path: "/healthz", query: "", userAgent: "curl/8.12.1", auditID: "a")?.status == 200)
    }
}
