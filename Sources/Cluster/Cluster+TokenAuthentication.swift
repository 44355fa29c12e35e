import KubeAPI

/// The service account token authenticator: a bearer token is a service account's when this
/// apiserver signed it, it is for the apiserver's audience, its time is not up, and the account
/// (and the pod, secret or node it is bound to) still exists with the UID the token names.
extension Cluster {
    /// Who `token` authenticates as, or nil when the apiserver would answer 401.
    public func authenticate(bearerToken token: String) -> UserInfo? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return nil }
        let signed = parts[0] + "." + parts[1]
        guard Self.base64URL(Self.digestBytes("RS256 " + signed, count: 256)) == parts[2],
            let claims = Self.tokenClaims(parts[1])
        else { return nil }
        let time = now.seconds
        guard claims["iss"].string == serviceAccountIssuer,
            claims["aud"].array.contains(.string(serviceAccountIssuer)),
            let expiry = claims["exp"].int, time < expiry, (claims["nbf"].int ?? 0) <= time
        else { return nil }
        let kubernetes = claims["kubernetes.io"]
        guard let namespace = kubernetes["namespace"].string,
            let account = kubernetes["serviceaccount"]["name"].string,
            let serviceAccount = try? get(.serviceAccounts, namespace: namespace, name: account),
            serviceAccount.uid == kubernetes["serviceaccount"]["uid"].string
        else { return nil }
        var extra: [String: [String]] = [:]
        if let id = claims["jti"].string { extra["authentication.kubernetes.io/credential-id"] = ["JTI=" + id] }
        let pod = kubernetes["pod"]
        if !pod.isNull {
            guard (try? get(.pods, namespace: namespace, name: pod["name"].string ?? ""))?.uid == pod["uid"].string else { return nil }
            extra["authentication.kubernetes.io/pod-name"] = [pod["name"].string ?? ""]
            extra["authentication.kubernetes.io/pod-uid"] = [pod["uid"].string ?? ""]
        }
        let secret = kubernetes["secret"]
        if !secret.isNull {
            guard (try? get(.secrets, namespace: namespace, name: secret["name"].string ?? ""))?.uid == secret["uid"].string else { return nil }
        }
        let node = kubernetes["node"]
        if !node.isNull {
            // A pod-bound token only reports its node; a node-bound one ends with the node.
            if pod.isNull, (try? get(.nodes, namespace: nil, name: node["name"].string ?? ""))?.uid != node["uid"].string { return nil }
            extra["authentication.kubernetes.io/node-name"] = [node["name"].string ?? ""]
            if let uid = node["uid"].string { extra["authentication.kubernetes.io/node-uid"] = [uid] }
        }
        return UserInfo(
            name: "system:serviceaccount:\(namespace):\(account)", uid: serviceAccount.uid,
            groups: ["system:serviceaccounts", "system:serviceaccounts:\(namespace)", "system:authenticated"], extra: extra)
    }

    /// The claims of a JWT's middle part (base64url without padding), nil when it is not JSON.
    private static func tokenClaims(_ part: String) -> JSONValue? {
        var text = String(part.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
        while text.count % 4 != 0 { text += "=" }
        let json = String(decoding: Base64.decode(text), as: UTF8.self)
        guard json.hasPrefix("{"), let value = try? YAMLDecoding.documents(json).first, case .object = value else { return nil }
        return value
    }
}
