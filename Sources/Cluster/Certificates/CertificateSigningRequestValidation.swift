import KubeAPI

/// Part of `validateCertificateSigningRequest` for a create through the v1 API, in its order:
/// a PEM request block, usages (required, known, each once), the signer's name, the requested
/// duration. What the PEM block holds (its ASN.1, its signature) is not checked here.
enum CertificateSigningRequestValidation {
    static func validateCreate(_ request: KubeObject) throws(APIError) {
        var causes: [InvalidDetails.Cause] = []
        let pem = Base64.decode(request[path: "spec.request"].string ?? "")
        if PEM.blocks(of: "CERTIFICATE REQUEST", in: String(decoding: pem, as: UTF8.self)).isEmpty {
            causes.append(
                FieldError.invalid("spec.request", goBytes(pem), "PEM block type must be CERTIFICATE REQUEST"))
        }
        let usages = request[path: "spec.usages"].array.map { $0.string ?? "" }
        if usages.isEmpty { causes.append(FieldError.required("spec.usages")) }
        for (index, usage) in usages.enumerated() where !validUsages.contains(usage) {
            causes.append(FieldError.notSupported("spec.usages[\(index)]", usage, validUsages))
        }
        var seen: Set<String> = []
        for (index, usage) in usages.enumerated() where !seen.insert(usage).inserted {
            causes.append(FieldError.duplicate("spec.usages[\(index)]", usage))
        }
        let signer = request[path: "spec.signerName"].string ?? ""
        if signer.isEmpty {
            causes.append(FieldError.required("spec.signerName"))
        } else if signer == "kubernetes.io/legacy-unknown" {
            causes.append(FieldError.invalid("spec.signerName", GoSyntax.quoted(signer), legacySigner))
        } else if signer.split(separator: "/", omittingEmptySubsequences: false).count != 2 {
            causes.append(FieldError.invalid("spec.signerName", GoSyntax.quoted(signer), signerForm))
        }
        if let seconds = request[path: "spec.expirationSeconds"].int, seconds < 600 {
            causes.append(FieldError.invalid("spec.expirationSeconds", String(seconds), tooShort))
        }
        guard causes.isEmpty else {
            let type = ResourceType.certificateSigningRequests
            throw .invalid(kind: type.kind, group: type.group, name: request.name, causes: causes)
        }
    }

    /// A byte slice as Go's `%#v` prints it: `[]byte{0x2d, 0xa}`.
    static func goBytes(_ bytes: [UInt8]) -> String {
        "[]byte{" + bytes.map { "0x" + String($0, radix: 16) }.joined(separator: ", ") + "}"
    }

    /// Every key usage the API knows, sorted as the validation lists them.
    static let validUsages = [
        "any", "cert sign", "client auth", "code signing", "content commitment", "crl sign", "data encipherment",
        "decipher only", "digital signature", "email protection", "encipher only", "ipsec end system", "ipsec tunnel",
        "ipsec user", "key agreement", "key encipherment", "microsoft sgc", "netscape sgc", "ocsp signing", "s/mime",
        "server auth", "signing", "timestamping",
    ]

    static let legacySigner = "the legacy signerName is not allowed via this API version"
    static let signerForm = "must be a fully qualified domain and path of the form 'example.com/signer-name'"
    static let tooShort = "may not specify a duration less than 600 seconds (10 minutes)"
}
