import Cluster
import KubeAPI

/// What Go's TLS client makes of the apiserver's certificate (`x509.Certificate.Verify`, as
/// crypto/tls calls it): first the name the client asked for, then a chain to one of its
/// roots. nil when the certificate verifies, else Go's error.
enum ServerCertificateCheck {
    /// `roots` nil stands for the system's roots, which hold no cluster's CA.
    static func failure(of certificate: ServingCertificate, serverName: String, roots: [X509Certificate]?) -> String? {
        hostnameFailure(of: certificate, host: serverName) ?? chainFailure(of: certificate, roots: roots ?? [])
    }

    /// `VerifyHostname`: an IP address (possibly in brackets) against the IP SANs, a name
    /// against the DNS SANs, ASCII case and a final dot aside.
    static func hostnameFailure(of certificate: ServingCertificate, host: String) -> String? {
        let bracketed = host.count >= 3 && host.hasPrefix("[") && host.hasSuffix("]")
        let candidateIP = bracketed ? String(host.dropFirst().dropLast()) : host
        if let ip = GoIP(candidateIP) {
            if certificate.ipAddresses.contains(where: { GoIP($0) == ip }) { return nil }
            return
                "x509: certificate is valid for \(certificate.ipAddresses.joined(separator: ", ")), not \(candidateIP)"
        }
        let name = lowercasedASCII(host)
        let validName = isValidHostname(name, pattern: false)
        let matched = certificate.dnsNames.contains { san in
            validName && isValidHostname(san, pattern: true)
                ? namesMatch(pattern: san, host: name) : matchesExactly(san, name)
        }
        if matched { return nil }
        return "x509: certificate is valid for \(certificate.dnsNames.joined(separator: ", ")), not \(host)"
    }

    /// Building a chain: the roots whose subject is the certificate's issuer are its candidate
    /// parents; one holding the issuer's key signed it. The first candidate that fails says why.
    static func chainFailure(of certificate: ServingCertificate, roots: [X509Certificate]) -> String? {
        let unknown = "x509: certificate signed by unknown authority"
        guard let issuer = certificate.issuer else { return unknown }
        let candidates = roots.filter { $0.subject == issuer.subject }
        if candidates.contains(where: { $0.publicKey == issuer.publicKey }) { return nil }
        guard let first = candidates.first else { return unknown }
        let hint = signatureFailure(rsaSignatureCheckedWith: first.publicKey)
        return unknown
            + " (possibly because of \(GoSyntax.quoted(hint)) while trying to verify candidate authority certificate \(GoSyntax.quoted(first.commonName)))"
    }

    /// Why an RSA signature (the cluster CA's) does not check out under another key.
    private static func signatureFailure(rsaSignatureCheckedWith key: DERElement) -> String {
        let algorithm = key.children?.first?.children?.first
        switch algorithm {
        case DERElement.oid("1.2.840.113549.1.1.1"): return "crypto/rsa: verification error"
        case DERElement.oid("1.2.840.10045.2.1"): return mismatch("*ecdsa.PublicKey")
        case DERElement.oid("1.3.101.112"): return mismatch("ed25519.PublicKey")
        default: return "x509: cannot verify signature: algorithm unimplemented"
        }
    }

    private static func mismatch(_ keyType: String) -> String {
        "x509: signature algorithm specifies an RSA public key, but have public key of type \(keyType)"
    }

    /// `validHostname`: labels of letters, digits, `-` (not first) and `_`; a pattern may start
    /// with `*`, a name may end with a dot.
    private static func isValidHostname(_ host: String, pattern: Bool) -> Bool {
        let trimmed = pattern || !host.hasSuffix(".") ? host : String(host.dropLast())
        guard !trimmed.isEmpty, trimmed != "*" else { return false }
        for (index, label) in trimmed.split(separator: ".", omittingEmptySubsequences: false).enumerated() {
            if label.isEmpty { return false }
            if pattern && index == 0 && label == "*" { continue }
            for (position, byte) in label.utf8.enumerated() {
                let letterOrDigit = (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte)
                if letterOrDigit || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: "-") && position != 0) {
                    continue
                }
                return false
            }
        }
        return true
    }

    /// `matchHostnames`: label by label, a leading `*` matching any one label.
    private static func namesMatch(pattern: String, host: String) -> Bool {
        let pattern = lowercasedASCII(pattern)
        let host = lowercasedASCII(host.hasSuffix(".") ? String(host.dropLast()) : host)
        guard !pattern.isEmpty, !host.isEmpty else { return false }
        let patternLabels = pattern.split(separator: ".", omittingEmptySubsequences: false)
        let hostLabels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard patternLabels.count == hostLabels.count else { return false }
        return zip(patternLabels, hostLabels).enumerated().allSatisfy { index, labels in
            (index == 0 && labels.0 == "*") || labels.0 == labels.1
        }
    }

    private static func matchesExactly(_ a: String, _ b: String) -> Bool {
        guard !["", "."].contains(a), !["", "."].contains(b) else { return false }
        return lowercasedASCII(a) == lowercasedASCII(b)
    }

    private static func lowercasedASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
