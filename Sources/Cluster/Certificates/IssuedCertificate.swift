import KubeAPI

/// The X.509 certificate kube-controller-manager's signer issues for an approved request, as
/// `x509.CreateCertificate` lays it out under the permissive signing policy: the request's
/// subject, key and subject alternative names, the CA as issuer, the requested usages, not a
/// CA. The serial number is a stable digest of the request, the signature the CA's stand-in
/// (`SigningAuthority.signature(of:)`), not a real key's.
struct IssuedCertificate {
    var request: CertificateRequestInfo
    var authority: SigningAuthority
    var usages: [String]
    var notBefore: Timestamp
    var notAfter: Timestamp
    /// What the serial number and signature are derived from (the CSR's UID).
    var seed: String

    /// The certificate as PEM, as `status.certificate` holds it.
    var pem: String { PEM.encode(der, type: "CERTIFICATE") }

    var der: [UInt8] {
        let algorithm = DERElement(
            tag: DERElement.sequence, [.oid("1.2.840.113549.1.1.11"), DERElement(tag: DERElement.null, content: [])])
        let tbs = DERElement(
            tag: DERElement.sequence,
            [
                .explicit(0, DERElement(tag: DERElement.integer, content: [2])),
                .unsignedInteger(Cluster.digestBytes("serial " + seed, count: 16)),
                algorithm,
                authority.subject,
                DERElement(
                    tag: DERElement.sequence, [SigningAuthority.utcTime(notBefore), SigningAuthority.utcTime(notAfter)]),
                request.subject,
                request.publicKey,
                .explicit(3, DERElement(tag: DERElement.sequence, extensions)),
            ])
        return DERElement(tag: DERElement.sequence, [tbs, algorithm, .bits(authority.signature(of: tbs))]).encoded
    }

    /// Go's order: key usage, extended key usage, basic constraints, authority key ID, SANs.
    private var extensions: [DERElement] {
        var extensions: [DERElement] = []
        let keyUsage = usages.reduce(0) { $0 | (Self.keyUsageBits[$1] ?? 0) }
        if keyUsage != 0 {
            // Bit 0 (digitalSignature) is the first byte's most significant bit.
            let reversed = (0..<9).reduce(UInt16(0)) { keyUsage >> $1 & 1 == 1 ? $0 | 1 << (15 - $1) : $0 }
            let bytes = reversed & 0xff == 0 ? [UInt8(reversed >> 8)] : [UInt8(reversed >> 8), UInt8(reversed & 0xff)]
            extensions.append(
                Self.extensionElement("2.5.29.15", critical: true, .bits(bytes, trimmingTrailingZeros: true)))
        }
        let purposes = Self.extendedKeyUsages.filter { usages.contains($0.usage) }.map { DERElement.oid($0.oid) }
        if !purposes.isEmpty {
            extensions.append(
                Self.extensionElement("2.5.29.37", critical: false, DERElement(tag: DERElement.sequence, purposes)))
        }
        extensions.append(
            Self.extensionElement("2.5.29.19", critical: true, DERElement(tag: DERElement.sequence, content: [])))
        if let keyID = authority.subjectKeyID {
            extensions.append(
                Self.extensionElement(
                    "2.5.29.35", critical: false,
                    DERElement(tag: DERElement.sequence, [DERElement(tag: 0x80, content: keyID)])))
        }
        if let names = request.subjectAltNames {
            extensions.append(
                DERElement(
                    tag: DERElement.sequence,
                    [.oid("2.5.29.17"), DERElement(tag: DERElement.octetString, content: names)]))
        }
        return extensions
    }

    private static func extensionElement(_ oid: String, critical: Bool, _ value: DERElement) -> DERElement {
        var fields: [DERElement] = [.oid(oid)]
        if critical { fields.append(DERElement(tag: DERElement.boolean, content: [0xff])) }
        fields.append(DERElement(tag: DERElement.octetString, content: value.encoded))
        return DERElement(tag: DERElement.sequence, fields)
    }

    /// `keyUsagesFromStrings`: each usage's `x509.KeyUsage` bit.
    static let keyUsageBits: [String: UInt16] = [
        "signing": 1 << 0, "digital signature": 1 << 0, "content commitment": 1 << 1, "key encipherment": 1 << 2,
        "key agreement": 1 << 4, "data encipherment": 1 << 3, "cert sign": 1 << 5, "crl sign": 1 << 6,
        "encipher only": 1 << 7, "decipher only": 1 << 8,
    ]

    /// The extended key usages in `x509.ExtKeyUsage` order (how the policy sorts them).
    static let extendedKeyUsages: [(usage: String, oid: String)] = [
        ("any", "2.5.29.37.0"), ("server auth", "1.3.6.1.5.5.7.3.1"), ("client auth", "1.3.6.1.5.5.7.3.2"),
        ("code signing", "1.3.6.1.5.5.7.3.3"), ("email protection", "1.3.6.1.5.5.7.3.4"),
        ("s/mime", "1.3.6.1.5.5.7.3.4"),
        ("ipsec end system", "1.3.6.1.5.5.7.3.5"), ("ipsec tunnel", "1.3.6.1.5.5.7.3.6"),
        ("ipsec user", "1.3.6.1.5.5.7.3.7"),
        ("timestamping", "1.3.6.1.5.5.7.3.8"), ("ocsp signing", "1.3.6.1.5.5.7.3.9"),
        ("microsoft sgc", "1.3.6.1.4.1.311.10.3.3"), ("netscape sgc", "2.16.840.1.113730.4.1"),
    ]
}
