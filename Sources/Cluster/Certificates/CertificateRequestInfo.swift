import KubeAPI

/// What a signer reads from a CSR's `spec.request` (base64 of a PEM `CERTIFICATE REQUEST`, a
/// PKCS#10 request): the subject as encoded and its names, the public key, the requested
/// subject alternative names.
struct CertificateRequestInfo {
    var subject: DERElement
    var commonName = ""
    var organizations: [String] = []
    var publicKey: DERElement
    /// The requested subjectAltName extension's value, copied into the certificate as is.
    var subjectAltNames: [UInt8]?
    var dnsNames = 0, emailAddresses = 0, ipAddresses = 0, uris = 0

    static let commonNameOID = DERElement.oid("2.5.4.3")
    static let organizationOID = DERElement.oid("2.5.4.10")
    static let extensionRequestOID = DERElement.oid("1.2.840.113549.1.9.14")
    static let subjectAltNameOID = DERElement.oid("2.5.29.17")

    /// Parses a request; nil when there is no PEM request block or it is not a PKCS#10 request.
    init?(request base64: String) {
        let pem = Base64.decoded(base64)
        guard let der = PEM.blocks(of: "CERTIFICATE REQUEST", in: pem).first,
            let request = DERElement.single(der)?.children, request.count == 3,
            let info = request[0].children, info.count >= 3
        else { return nil }
        subject = info[1]
        publicKey = info[2]
        guard subject.tag == DERElement.sequence, publicKey.tag == DERElement.sequence else { return nil }
        readNames()
        if info.count > 3, info[3].tag == 0xa0 { readExtensionRequest(info[3]) }
    }

    /// The subject's common name and organizations, in the order the request lists them.
    private mutating func readNames() {
        for set in subject.children ?? [] {
            for attribute in set.children ?? [] {
                guard let parts = attribute.children, parts.count == 2 else { continue }
                let value = String(decoding: parts[1].content, as: UTF8.self)
                if parts[0] == Self.commonNameOID { commonName = value }
                if parts[0] == Self.organizationOID { organizations.append(value) }
            }
        }
    }

    /// The subjectAltName extension in the request's extensionRequest attribute, if any.
    private mutating func readExtensionRequest(_ attributes: DERElement) {
        for attribute in attributes.children ?? [] {
            guard let parts = attribute.children, parts.count == 2, parts[0] == Self.extensionRequestOID,
                let extensions = parts[1].children?.first?.children
            else { continue }
            for item in extensions {
                guard let fields = item.children, fields.first == Self.subjectAltNameOID, let value = fields.last else {
                    continue
                }
                subjectAltNames = value.content
                for name in DERElement.single(value.content)?.children ?? [] {
                    switch name.tag & 0x1f {
                    case 1: emailAddresses += 1
                    case 2: dnsNames += 1
                    case 6: uris += 1
                    case 7: ipAddresses += 1
                    default: break
                    }
                }
            }
        }
    }
}
