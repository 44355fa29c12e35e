/// A client certificate and its private key as `tls.X509KeyPair` pairs them: the first
/// certificate of the certificate PEM, the first private key of the key PEM, and the key's
/// public half checked against the certificate's public key.
public enum TLSKeyPair {
    /// The first certificate's DER bytes, or Go's error for the pair.
    public static func load(certificate certificatePEM: String, key keyPEM: String) -> Result<[UInt8], Failure> {
        let certificateBlocks = PEM.typedBlocks(in: certificatePEM)
        guard let certificate = certificateBlocks.first(where: { $0.type == "CERTIFICATE" })?.der else {
            return .failure(
                certificateBlocks.contains { $0.type.hasSuffix("PRIVATE KEY") }
                    ? .keyGivenAsCertificate : .noCertificate)
        }
        let keyBlocks = PEM.typedBlocks(in: keyPEM)
        guard let key = keyBlocks.first(where: { $0.type == "PRIVATE KEY" || $0.type.hasSuffix(" PRIVATE KEY") })?.der
        else {
            return .failure(keyBlocks.contains { $0.type == "CERTIFICATE" } ? .certificateGivenAsKey : .noKey)
        }
        guard let parsed = X509Certificate(der: certificate) else { return .failure(.malformedCertificate) }
        guard let publicKey = PublicKey(privateKey: key) else { return .failure(.unparsableKey) }
        guard let certified = PublicKey(subjectPublicKeyInfo: parsed.publicKey) else {
            return .failure(.unknownKeyType)
        }
        guard certified.kind == publicKey.kind else { return .failure(.typeMismatch) }
        return publicKey.matches(certified) ? .success(certificate) : .failure(.mismatch)
    }

    /// What goes wrong, each with Go's message.
    public enum Failure: Error, Equatable {
        case noCertificate, keyGivenAsCertificate, noKey, certificateGivenAsKey, malformedCertificate, unparsableKey
        case unknownKeyType, typeMismatch, mismatch

        public var message: String {
            switch self {
            case .noCertificate: "tls: failed to find any PEM data in certificate input"
            case .keyGivenAsCertificate:
                "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched"
            case .noKey: "tls: failed to find any PEM data in key input"
            case .certificateGivenAsKey: "tls: found a certificate rather than a key in the PEM for the private key"
            case .malformedCertificate: "x509: malformed certificate"
            case .unparsableKey: "tls: failed to parse private key"
            case .unknownKeyType: "tls: unknown public key algorithm"
            case .typeMismatch: "tls: private key type does not match public key type"
            case .mismatch: "tls: private key does not match public key"
            }
        }
    }
}

/// The public half of a key pair, as far as a private key's encoding gives it away: an RSA key's
/// modulus and exponent, an EC key's point when the key carries it (deriving it, or an
/// Ed25519 key's, would take the curve arithmetic, so those match any key of their kind).
enum PublicKey: Equatable {
    case rsa(modulus: [UInt8], exponent: [UInt8])
    case ec(point: [UInt8]?)
    case ed25519

    static let rsaOID = DERElement.oid("1.2.840.113549.1.1.1"), ecOID = DERElement.oid("1.2.840.10045.2.1")
    static let ed25519OID = DERElement.oid("1.3.101.112")

    /// From a private key in PKCS#1, PKCS#8 or SEC 1 form, the forms Go's `tls` tries in turn.
    init?(privateKey der: [UInt8]) {
        guard let fields = DERElement.single(der)?.children, fields.count >= 2 else { return nil }
        if fields.count >= 9, fields.allSatisfy({ $0.tag == DERElement.integer }) {
            self = .rsa(modulus: Self.magnitude(fields[1]), exponent: Self.magnitude(fields[2]))
        } else if fields.count >= 3, fields[1].tag == DERElement.sequence, fields[2].tag == DERElement.octetString,
            let algorithm = fields[1].children?.first
        {
            switch algorithm {
            case Self.rsaOID, Self.ecOID: self.init(privateKey: fields[2].content)
            case Self.ed25519OID: self = .ed25519
            default: return nil
            }
        } else if fields[0] == DERElement(tag: DERElement.integer, content: [1]),
            fields[1].tag == DERElement.octetString
        {
            let point = fields.first { $0.tag == 0xa1 }?.children?.first.map { Array($0.content.dropFirst()) }
            self = .ec(point: point)
        } else {
            return nil
        }
    }

    /// From a certificate's SubjectPublicKeyInfo; nil for an algorithm Go's `tls` does not take.
    init?(subjectPublicKeyInfo info: DERElement) {
        guard let fields = info.children, fields.count == 2, let algorithm = fields[0].children?.first,
            fields[1].tag == DERElement.bitString
        else { return nil }
        let bits = Array(fields[1].content.dropFirst())
        switch algorithm {
        case Self.rsaOID:
            guard let numbers = DERElement.single(bits)?.children, numbers.count == 2 else { return nil }
            self = .rsa(modulus: Self.magnitude(numbers[0]), exponent: Self.magnitude(numbers[1]))
        case Self.ecOID: self = .ec(point: bits)
        case Self.ed25519OID: self = .ed25519
        default: return nil
        }
    }

    /// The algorithm alone.
    var kind: String {
        switch self {
        case .rsa: "RSA"
        case .ec: "EC"
        case .ed25519: "Ed25519"
        }
    }

    /// Whether this private key's public half is `other`, a key of the same kind.
    func matches(_ other: PublicKey) -> Bool {
        if case .ec(let mine?) = self, case .ec(let theirs?) = other { return mine == theirs }
        if case .rsa = self { return self == other }
        return true
    }

    private static func magnitude(_ integer: DERElement) -> [UInt8] { Array(integer.content.drop { $0 == 0 }) }
}
