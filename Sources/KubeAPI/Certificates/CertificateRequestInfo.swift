/// What a CSR's `spec.request` (base64 of a PEM `CERTIFICATE REQUEST`, a PKCS#10 request)
/// holds, as `x509.ParseCertificateRequest` reads it: the subject as encoded and its names,
/// the public key, the requested subject alternative names.
public struct CertificateRequestInfo: Sendable {
    public var subject: DERElement
    public var publicKey: DERElement
    /// Each subject attribute in the request's order: its OID (encoded) and its text.
    public var subjectAttributes: [(oid: DERElement, value: String)] = []
    /// The requested subjectAltName extension's value, copied into a certificate as is.
    public var subjectAltNames: [UInt8]?
    public var dnsNames: [String] = [], emailAddresses: [String] = [], ipAddresses: [String] = [], uris: [String] = []

    static let extensionRequestOID = DERElement.oid("1.2.840.113549.1.9.14")
    static let subjectAltNameOID = DERElement.oid("2.5.29.17")

    /// Parses a request; nil when there is no PEM request block or it is not a PKCS#10 request.
    public init?(request base64: String) {
        let pem = Base64.decoded(base64)
        guard let der = PEM.blocks(of: "CERTIFICATE REQUEST", in: pem).first,
            let request = DERElement.single(der)?.children, request.count == 3,
            let info = request[0].children, info.count >= 3
        else { return nil }
        subject = info[1]
        publicKey = info[2]
        guard subject.tag == DERElement.sequence, publicKey.tag == DERElement.sequence else { return nil }
        subjectAttributes = DERElement.nameAttributes(of: subject)
        if info.count > 3, info[3].tag == 0xa0 { readExtensionRequest(info[3]) }
    }

    /// The values of the subject attribute with `oid` (`2.5.4.10`, organization), in order.
    public func subjectValues(_ oid: String) -> [String] { DERElement.nameValues(of: subject, oid) }

    /// The subject's common name (the last, as Go keeps it), empty without one.
    public var commonName: String { subjectValues("2.5.4.3").last ?? "" }
    public var organizations: [String] { subjectValues("2.5.4.10") }

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
                    let text = String(decoding: name.content, as: UTF8.self)
                    switch name.tag & 0x1f {
                    case 1: emailAddresses.append(text)
                    case 2: dnsNames.append(text)
                    case 6: uris.append(text)
                    case 7: ipAddresses.append(Self.ipText(name.content))
                    default: break
                    }
                }
            }
        }
    }

    /// An address as Go's `net.IP.String` writes it: dotted IPv4 (also for IPv4-mapped IPv6),
    /// else IPv6 with the longest run of two or more zero groups written `::`.
    static func ipText(_ bytes: [UInt8]) -> String {
        let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]
        if bytes.count == 4 || (bytes.count == 16 && Array(bytes.prefix(12)) == mapped) {
            return bytes.suffix(4).map(String.init).joined(separator: ".")
        }
        guard bytes.count == 16 else { return "?" + bytes.map { String($0, radix: 16) }.joined() }
        let groups = (0..<8).map { Int(bytes[2 * $0]) << 8 | Int(bytes[2 * $0 + 1]) }
        var (bestStart, bestLength, start) = (-1, 0, -1)
        for index in 0...8 {
            if index < 8, groups[index] == 0 {
                if start < 0 { start = index }
            } else if start >= 0 {
                if index - start > bestLength { (bestStart, bestLength) = (start, index - start) }
                start = -1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else { return hex.joined(separator: ":") }
        return hex[..<bestStart].joined(separator: ":") + "::" + hex[(bestStart + bestLength)...].joined(separator: ":")
    }
}
