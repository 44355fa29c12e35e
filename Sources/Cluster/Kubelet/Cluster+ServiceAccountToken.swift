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
        var bound: OrderedDictionary<String, JSONValue> = ["pod": Self.tokenReference(pod.name, uid: pod.uid)]
        if let nodeName = pod[path: "spec.nodeName"].string, let node = try? get(.nodes, namespace: nil, name: nodeName) {
            bound["node"] = Self.tokenReference(nodeName, uid: node.uid)
        }
        return signedToken(ServiceAccountTokenClaims(
            namespace: namespace, account: account,
            accountUID: (try? get(.serviceAccounts, namespace: namespace, name: account))?.uid ?? "",
            audiences: audiences, issued: issued, expiry: expiry, id: Self.tokenID(pod.uid + "/" + String(issued)),
            bound: bound, warnAfter: extended ? issued + Int64(Self.warnOnlyTokenSeconds) : nil))
    }

    /// The claims of a service account token, as `serviceaccount.Claims` fills them in.
    struct ServiceAccountTokenClaims {
        var namespace: String
        var account: String
        var accountUID: String
        var audiences: [String]
        var issued: Int64
        var expiry: Int64
        /// The token's `jti`.
        var id: String
        /// The objects it is bound to (`pod`, `node`, `secret`), each as its name and UID.
        var bound: OrderedDictionary<String, JSONValue> = [:]
        var warnAfter: Int64?
    }

    /// The JWT: a header naming the key, the claims (keys sorted, as go-jose merges them into a
    /// map) and a stable stand-in for the RS256 signature.
    func signedToken(_ claims: ServiceAccountTokenClaims) -> String {
        var kubernetes: OrderedDictionary<String, JSONValue> = [
            "namespace": .string(claims.namespace),
            "serviceaccount": Self.tokenReference(claims.account, uid: claims.accountUID),
        ]
        kubernetes.merge(claims.bound) { $1 }
        if let warnAfter = claims.warnAfter { kubernetes["warnafter"] = .int(Int(warnAfter)) }
        let body: JSONValue = .object([
            "aud": .array(claims.audiences.map(JSONValue.string)),
            "exp": .int(Int(claims.expiry)),
            "iat": .int(Int(claims.issued)),
            "iss": .string(serviceAccountIssuer),
            "jti": .string(claims.id),
            "kubernetes.io": .object(kubernetes),
            "nbf": .int(Int(claims.issued)),
            "sub": .string("system:serviceaccount:\(claims.namespace):\(claims.account)"),
        ])
        let header = GoJSON.marshal(.object(["alg": .string("RS256"), "kid": .string(serviceAccountKeyID)]))
        let signed = Self.base64URL(Array(header.utf8)) + "." + Self.base64URL(Array(GoJSON.marshal(body, sortingKeys: true).utf8))
        return signed + "." + Self.base64URL(Self.digestBytes("RS256 " + signed, count: 256))
    }

    /// The signing key's ID (`sa.pub`'s, as the apiserver derives it): a stable stand-in digest.
    public var serviceAccountKeyID: String { Self.base64URL(Self.digestBytes("sa.pub " + serviceAccountIssuer, count: 32)) }

    /// The signing key's RSA-2048 modulus, a stable stand-in with its top bit set; its public
    /// exponent is 65537.
    public var serviceAccountKeyModulus: [UInt8] {
        var modulus = Self.digestBytes("sa.pub modulus " + serviceAccountIssuer, count: 256)
        modulus[0] |= 0x80
        return modulus
    }

    /// An object a token names: its name and UID, each left out when empty.
    static func tokenReference(_ name: String, uid: String) -> JSONValue {
        var reference: OrderedDictionary<String, JSONValue> = [:]
        if !name.isEmpty { reference["name"] = .string(name) }
        if !uid.isEmpty { reference["uid"] = .string(uid) }
        return .object(reference)
    }

    /// Base64 with the URL alphabet and no padding, as JWS writes each part.
    public static func base64URL(_ bytes: [UInt8]) -> String {
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
