import Cluster
import KubeAPI
import Testing

/// The token file of a pod's kube-api-access volume: the JWT kube-apiserver 1.32 issues the kubelet.
@Suite struct ServiceAccountJWTTests {
    private static func pod(_ name: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name)],
            "spec": ["containers": [["name": "c", "image": "busybox:1.36", "command": ["sleep", "3600"]]]],
        ])
    }

    /// The token's three parts, with the header and claims decoded.
    private static func token(in cluster: Cluster, pod name: String) throws -> (header: String, claims: String, signature: String) {
        let pod = try cluster.get(.pods, namespace: "default", name: name)
        let volume = try #require(pod[path: "spec.volumes"].array.first)
        let files = try #require(try cluster.projectedFiles(of: volume, in: pod))
        #expect(files.map(\.path) == ["token", "ca.crt", "namespace"])
        let parts = try #require(files.first).content.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        func decode(_ part: String) -> String {
            var text = String(part.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
            while text.utf8.count % 4 != 0 { text += "=" }
            return Base64.decoded(text)
        }
        return (decode(parts[0]), decode(parts[1]), parts[2])
    }

    @Test("claims: kubeadm's issuer and audience, a year's expiry with warnafter at 3607 s, the pod, node and account")
    func claims() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("box"))
        cluster.advance(seconds: 10)
        let pod = try cluster.get(.pods, namespace: "default", name: "box")
        let node = try cluster.get(.nodes, namespace: nil, name: pod[path: "spec.nodeName"].string ?? "")
        let account = try cluster.get(.serviceAccounts, namespace: "default", name: "default")
        let issued = try #require(pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:))).seconds
        let token = try Self.token(in: cluster, pod: "box")
        #expect(token.header.hasPrefix(#"{"alg":"RS256","kid":""#))
        let claims = try #require(try YAMLDecoding.documents(token.claims).first)
        #expect(claims["aud"] == ["https://kubernetes.default.svc.tk8s.k8s"])
        #expect(claims["iss"].string == "https://kubernetes.default.svc.tk8s.k8s")
        #expect(claims["iat"].int == Int(issued))
        #expect(claims["nbf"].int == Int(issued))
        #expect(claims["exp"].int == Int(issued) + 365 * 24 * 3600)
        #expect(claims["kubernetes.io"][path: "warnafter"].int == Int(issued) + 3607)
        #expect(claims["sub"].string == "system:serviceaccount:default:default")
        #expect(claims["kubernetes.io"][path: "pod.uid"].string == pod.uid)
        #expect(claims["kubernetes.io"][path: "node.uid"].string == node.uid)
        #expect(claims["kubernetes.io"][path: "serviceaccount.uid"].string == account.uid)
        // Keys sorted, as Go marshals the merged claims map.
        #expect(token.claims.hasPrefix(#"{"aud":["https://kubernetes.default.svc.tk8s.k8s"],"exp":"#))
        #expect(token.claims.hasSuffix(#","sub":"system:serviceaccount:default:default"}"#))
        #expect(token.claims.contains(#","kubernetes.io":{"namespace":"default","node":{"name":""#))
        // RS256 with a 2048-bit key: 256 bytes of signature.
        #expect(token.signature.utf8.count == 342)
    }

    @Test("the same pod at the same time gets the same token; a day later the kubelet has a new one")
    func deterministicAndRefreshed() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("box"))
        cluster.advance(seconds: 10)
        let first = try Self.token(in: cluster, pod: "box")
        #expect(try Self.token(in: cluster, pod: "box") == first)
        cluster.advance(seconds: 24 * 3600)
        let later = try Self.token(in: cluster, pod: "box")
        #expect(later.claims != first.claims)
        #expect(later.header == first.header)
    }
}
