import KubeAPI

extension ServerTables {
    /// printers.go `printCertificateSigningRequest`: AGE second, the SIGNERNAME, the REQUESTOR
    /// (`spec.username`), the REQUESTEDDURATION and the CONDITION (`Approved,Issued`).
    enum CertificateSigningRequest: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .age,
            .field("SignerName", "CertificateSigningRequestSpec", "signerName"),
            .field("Requestor", "CertificateSigningRequestSpec", "request"),
            .field("RequestedDuration", "CertificateSigningRequestSpec", "expirationSeconds"),
            .field("Condition", "CertificateSigningRequestStatus", "conditions"),
        ]

        static func cells(of request: KubeObject, now: Timestamp) -> [Table.Cell] {
            let signer = request[path: "spec.signerName"].string ?? ""
            let duration = request[path: "spec.expirationSeconds"].int.map {
                HumanDuration.format(milliseconds: Int64($0) * 1000)
            }
            return [
                .string(request.name), TableCells.age(request, now: now), .string(signer.isEmpty ? "<none>" : signer),
                .string(request[path: "spec.username"].string ?? ""), .string(duration ?? "<none>"),
                .string(CertificateRequestConditions.summary(of: request)),
            ]
        }
    }
}
