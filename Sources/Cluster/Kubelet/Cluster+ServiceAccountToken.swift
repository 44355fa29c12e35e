import KubeAPI
import OrderedCollections

/// The token a projected `serviceAccountToken` source holds: a JWT as kube-apiserver 1.32's
/// TokenRequest issues it for the kubelet, bound to the pod, its node and its ServiceAccount.
///
/// The issuer is kubeadm's, `https://kubernetes.default.svc.` and the cluster domain, and is also
/// the default audience. A kubelet request for 3607 seconds (the admission plugin's default) is
/// one the apiserver extends to a year, with `warnafter` at the 3607 seconds, as
/// `--service-account-extend-token-expiration` (on by default) does. The kubelet asks for a new
/// token once its token is a day old; the key ID, the token's ID and the RS256 signature are
/// stable digests, not a real key's.
extension Cluster {
    /// The kubelet refreshes a token once it is older than this (or 80% of its lifetime).
    static let tokenRefreshSeconds: Int64 = 24 * 3600
    static let warnOnlyTokenSeconds = 3607
    static let extendedTokenSeconds: Int64 = 365 * 24 * 3600

    /// The apiserver's `--service-account-issuer`, as kubeadm derives it from the DNS domain.
    public var serviceAccountIssuer: String { "https://kubernetes.default.svc." + settings.domain }

    func serviceAccountToken(_ source: JSONValue, pod: KubeObject) -> String {
        let requested = source["expirationSeconds"].int ?? 3600
        let audiences = source["audience"].string.map { [$0] } ?? [serviceAccountIssuer]
        let started = pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:))?.seconds ?? now.seconds
        // Requested when the volume was set up, and again whenever the last one got too old.
        let refresh = min(Self.tokenRefreshSeconds, Int64(requested) * 8 / 10)
        let issued = started + max(0, now.seconds - started) / refresh * refresh
        let extended = requested == Self.warnOnlyTokenSeconds && audiences == [serviceAccountIssuer]
        let expiry = extended ? issued + Self.extendedTokenSeconds : issued + Int64(requested)
        let namespace = pod.namespace ?? "default"
        let account = pod[path: "spec.serviceAccountName"].string ?? "default"
        var kubernetes: OrderedDictionary<String, JSONValue> = [
            "namespace": .string(namespace),
            "pod": .object(["name": .string(pod.name), "uid": .string(pod.uid)]),
            "serviceaccount": .object([
                "name": .string(account),
                "uid": .string((try? get(.serviceAccounts, namespace: namespace, name: account))?.uid ?? ""),
            ]),
        ]
        if let nodeName = pod[path: "spec.nodeName"].string, let node = try? get(.nodes, namespace: nil, name: nodeName) {
            kubernetes["node"] = .object(["name": .string(nodeName), "uid": .string(node.uid)])
        }
        if extended { kubernetes["warnafter"] = .int(Int(issued) + Self.warnOnlyTokenSeconds) }
        let claims: JSONValue = .object([
            "aud": .array(audiences.map(JSONValue.string)),
            "exp": .int(Int(expiry)),
            "iat": .int(Int(issued)),
            "iss": .string(serviceAccountIssuer),
            "jti": .string(Self.tokenID(pod.uid + "/" + String(issued))),
            "kubernetes.io": .object(kubernetes),
            "nbf": .int(Int(issued)),
            "sub": .string("system:serviceaccount:\(namespace):\(account)"),
        ])
        let keyID = Self.base64URL(Self.digestBytes("sa.pub " + serviceAccountIssuer, count: 32))
        let header = GoJSON.marshal(.object(["alg": .string("RS256"), "kid": .string(keyID)]))
        let signed = Self.base64URL(Array(header.utf8)) + "." + Self.base64URL(Array(GoJSON.marshal(claims, sortingKeys: true).utf8))
        return signed + "." + Self.base64URL(Self.digestBytes("RS256 " + signed, count: 256))
    }

    /// Base64 with the URL alphabet and no padding, as JWS writes each part.
    static func base64URL(_ bytes: [UInt8]) -> String {
        let encoded = Base64.encode(bytes).utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "+"): UInt8(ascii: "-")
            case UInt8(ascii: "/"): UInt8(ascii: "_")
            case UInt8(ascii: "="): nil
            default: byte
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// `count` stable bytes that look random, from `text`.
    static func digestBytes(_ text: String, count: Int) -> [UInt8] {
        let hex = ChainedFNVDigest.hexDigits(of: text, rounds: (count + 7) / 8)
        func nibble(_ digit: UInt8) -> UInt8 { digit >= UInt8(ascii: "a") ? digit - UInt8(ascii: "a") + 10 : digit - UInt8(ascii: "0") }
        return (0..<count).map { index in nibble(hex[2 * index]) << 4 | nibble(hex[2 * index + 1]) }
    }

    /// A version 4 UUID made of stable digits, as the token's `jti`.
    static func tokenID(_ text: String) -> String {
        var digits = Array(String(decoding: ChainedFNVDigest.hexDigits(of: "jti " + text, rounds: 2), as: UTF8.self))
        digits[12] = "4"
        digits[16] = Array("89ab")[Int(String(digits[16]), radix: 16).map { $0 % 4 } ?? 0]
        let text = String(digits)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
