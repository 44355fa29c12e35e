import Cluster
import Foundation
import KubeAPI
import Kubectl
import OrderedCollections
import Testing

/// `kubectl create token`: a TokenRequest for a ServiceAccount, its JWT and its errors.
@Suite("kubectl create token")
struct CreateTokenTests {
    /// The JSON of the JWT's middle part (base64url, unpadded).
    static func claims(_ token: String) throws -> JSONValue {
        let parts = token.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        var text = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return try #require(YAMLDecoding.documents(String(decoding: Base64.decode(text), as: UTF8.self)).first)
    }

    @Test("a token for the account, valid for the default hour, ends with a newline on a terminal")
    func defaultToken() throws {
        let h = try KubectlHarness()
        let result = h.run("create", "token", "default")
        #expect(result.code == 0)
        #expect(result.out.hasSuffix("\n"))
        let claims = try Self.claims(String(result.out.dropLast()))
        #expect(claims["sub"] == "system:serviceaccount:default:default")
        #expect(claims["aud"] == .array([.string(h.cluster.serviceAccountIssuer)]))
        #expect(claims["exp"].int.map { $0 - (claims["iat"].int ?? 0) } == 3600)
        #expect(claims["kubernetes.io"]["pod"].isNull)
        let account = try h.cluster.get(.serviceAccounts, namespace: "default", name: "default")
        #expect(claims["kubernetes.io"]["serviceaccount"]["uid"].string == account.uid)
    }

    @Test("a token bound to a pod names the pod and its node")
    func podBound() throws {
        let h = try KubectlHarness()
        let result = h.run("create", "token", "default", "--bound-object-kind=Pod", "--bound-object-name=goweb", "--duration=2h")
        let claims = try Self.claims(result.out.trimmingCharacters(in: .newlines))
        let pod = try h.cluster.get(.pods, namespace: "default", name: "goweb")
        #expect(claims["kubernetes.io"]["pod"]["uid"].string == pod.uid)
        #expect(claims["kubernetes.io"]["node"]["name"].string == pod[path: "spec.nodeName"].string)
        #expect(claims["exp"].int.map { $0 - (claims["iat"].int ?? 0) } == 7200)
    }

    @Test("-o json prints the TokenRequest in the Go struct's field order")
    func jsonOrder() throws {
        let out = try KubectlHarness().run("create", "token", "default", "-o", "json").out
        let keys = try #require(YAMLDecoding.documents(out).first).object.keys.map { $0 }
        #expect(keys == ["kind", "apiVersion", "metadata", "spec", "status"])
        #expect(out.contains("\"boundObjectRef\": null"))
    }

    @Test("refusals, worded as kubectl and the apiserver word them")
    func refusals() throws {
        let h = try KubectlHarness()
        #expect(h.run("create", "token", "default", "--duration=5m").err
            == "error: failed to create token: TokenRequest.authentication.k8s.io \"\" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes\n")
        #expect(h.run("create", "token", "nope").err == "error: failed to create token: serviceaccounts \"nope\" not found\n")
        #expect(h.run("create", "token", "default", "--dry-run=client").err
            == "error: unknown flag: --dry-run\nSee 'kubectl create token --help' for usage.\n")
        #expect(h.run("create", "token", "default", "--duration=1500ms").err
            == "error: --duration cannot be expressed in units less than seconds\n")
        #expect(h.run("create", "token", "default", "--bound-object-kind=Deployment", "--bound-object-name=x").err
            == "error: supported --bound-object-kind values are Node, Pod, Secret\n")
        #expect(h.run("create", "token", "default", "--bound-object-kind=Pod", "--bound-object-name=goweb", "--bound-object-uid=x").err
            == "error: failed to create token: Operation cannot be fulfilled on Pod \"goweb\": the UID in the bound object reference (x) does not match the UID in record. The object might have been deleted and then recreated\n")
    }
}
