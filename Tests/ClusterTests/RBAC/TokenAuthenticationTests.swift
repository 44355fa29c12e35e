import Cluster
import KubeAPI
import Testing

/// The service account token authenticator: who a bearer token is, and when it stops working.
@Suite struct TokenAuthenticationTests {
    private static func token(_ cluster: Cluster, _ spec: Cluster.TokenRequestSpec = .init()) throws -> String {
        try #require(try cluster.requestToken(for: "default", namespace: "default", spec: spec, as: nil)[path: "status.token"].string)
    }

    @Test("a requested token is the service account, with its UID, groups and token ID, until it expires")
    func account() throws {
        let cluster = try WorldFixture.tk8s()
        let token = try Self.token(cluster)
        let user = try #require(cluster.authenticate(bearerToken: token))
        let account = try cluster.get(.serviceAccounts, namespace: "default", name: "default")
        #expect(user.name == "system:serviceaccount:default:default")
        #expect(user.uid == account.uid)
        #expect(user.groups == ["system:serviceaccounts", "system:serviceaccounts:default", "system:authenticated"])
        #expect(user.extra["authentication.kubernetes.io/credential-id"]?.first?.hasPrefix("JTI=") == true)
        cluster.advance(seconds: 3599)
        #expect(cluster.authenticate(bearerToken: token) != nil)
        cluster.advance(seconds: 1)
        #expect(cluster.authenticate(bearerToken: token) == nil)
    }

    @Test("a token whose account was deleted and made again, or whose claims were changed, is refused")
    func refused() throws {
        let cluster = try WorldFixture.tk8s()
        let token = try Self.token(cluster)
        var parts = token.split(separator: ".").map(String.init)
        parts[1] = String(parts[1].dropLast()) + (parts[1].last == "A" ? "B" : "A")
        #expect(cluster.authenticate(bearerToken: parts.joined(separator: ".")) == nil)
        #expect(cluster.authenticate(bearerToken: "not-a-jwt") == nil)
        try cluster.delete(.serviceAccounts, namespace: "default", name: "default")
        #expect(cluster.authenticate(bearerToken: token) == nil)
    }

    @Test("a pod-bound token names the pod and its node, and ends with the pod")
    func podBound() throws {
        let cluster = try WorldFixture.tk8s()
        let token = try Self.token(cluster, .init(boundObject: .init(kind: "Pod", name: "goweb")))
        let pod = try cluster.get(.pods, namespace: "default", name: "goweb")
        let user = try #require(cluster.authenticate(bearerToken: token))
        #expect(user.extra["authentication.kubernetes.io/pod-uid"] == [pod.uid])
        #expect(user.extra["authentication.kubernetes.io/node-name"] == [pod[path: "spec.nodeName"].string ?? ""])
        try cluster.delete(.pods, namespace: "default", name: "goweb", gracePeriodSeconds: 0)
        #expect(cluster.authenticate(bearerToken: token) == nil)
    }

    @Test("the apiserver refuses a token shorter than ten minutes")
    func tooShort() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(throws: APIError.self) { try Self.token(cluster, .init(expirationSeconds: 599)) }
    }
}
