/// An X.509 certificate as `x509.ParseCertificate` reads the parts an apiserver's client
/// certificate authenticator looks at: what was signed and its signature, the issuer, the
/// validity, the subject's names, the public key and the extended key usages.
public struct X509Certificate: Sendable {
    /// The signed part (`tbsCertificate`), as encoded.
    public var signed: DERElement
    public var signature: [UInt8]
    public var issuer: DERElement
    /// `notBefore` and `notAfter`, each a UTCTime or GeneralizedTime element.
    public var validity: (notBefore: DERElement, notAfter: DERElement)
    public var subject: DERElement
    public var publicKey: DERElement
    /// The extended key usage OIDs (dotted), nil when the certificate has no such extension
    /// (it is then good for any purpose).
    public var extendedKeyUsages: [DERElement]?

    static let extendedKeyUsageOID = DERElement.oid("2.5.29.37")

    /// Parses DER; nil when it is not a certificate.
    public init?(der: [UInt8]) {
        guard let parts = DERElement.single(der)?.children, parts.count == 3, let tbs = parts[0].children,
            parts[2].tag == DERElement.bitString, !parts[2].content.isEmpty
        else { return nil }
        // An explicit version comes first; without it every field moves up one.
        let offset = tbs.first?.tag == 0xa0 ? 1 : 0
        guard tbs.count >= offset + 6, let times = tbs[offset + 3].children, times.count == 2 else { return nil }
        signed = parts[0]
        signature = Array(parts[2].content.dropFirst())
        issuer = tbs[offset + 2]
        validity = (times[0], times[1])
        subject = tbs[offset + 4]
        publicKey = tbs[offset + 5]
        let wrapper = tbs.first { $0.tag == 0xa3 }.flatMap(\.children)?.first
        for item in wrapper.flatMap(\.children) ?? [] {
            guard let fields = item.children, fields.first == Self.extendedKeyUsageOID, let value = fields.last else {
                continue
            }
            extendedKeyUsages = DERElement.single(value.content)?.children ?? []
        }
    }

    /// The subject's common name (the last, as Go keeps it), empty without one.
    public var commonName: String { DERElement.nameValues(of: subject, "2.5.4.3").last ?? "" }
    /// The subject's organizations, in order.
    public var organizations: [String] { DERElement.nameValues(of: subject, "2.5.4.10") }
}

extension DERElement {
    /// Each attribute of an X.501 name (a sequence of sets of type-and-value pairs), in order:
    /// its OID (encoded) and its text.
    public static func nameAttributes(of name: DERElement) -> [(oid: DERElement, value: String)] {
        (name.children ?? []).flatMap { set in
            (set.children ?? []).compactMap { attribute in
                guard let parts = attribute.children, parts.count == 2 else { return nil }
                return (parts[0], String(decoding: parts[1].content, as: UTF8.self))
            }
        }
    }

    /// The values of a name's attribute with `oid` (`2.5.4.10`, organization), in order.
    public static func nameValues(of name: DERElement, _ oid: String) -> [String] {
        let encoded = DERElement.oid(oid)
        return nameAttributes(of: name).filter { $0.oid == encoded }.map(\.value)
    }
}
