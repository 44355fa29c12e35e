import Cluster
import KubeAPI

/// CertificateSigningRequest describe: who asked, for which signer and how long, the status as
/// `get` shows it, then what the request itself asks for (its subject, its alternative names).
/// Labels and annotations are on one line each, `k=v` joined by commas, as this describer
/// formats them.
enum CertificateSigningRequestDescriber {
    static func describe(_ request: KubeObject, _ context: DescribeContext) -> String {
        guard let info = CertificateRequestInfo(request: request[path: "spec.request"].string ?? "") else {
            return GenericDescriber.describe(request, context)
        }
        var w = DescribeWriter()
        w.field(0, "Name", request.name)
        w.field(0, "Labels", formatted(request.labels))
        w.field(0, "Annotations", formatted(request.annotations))
        w.field(0, "CreationTimestamp", DescribeTime.rfc1123Z(request.metadata["creationTimestamp"]))
        w.field(0, "Requesting User", request[path: "spec.username"].string ?? "")
        if let signer = request[path: "spec.signerName"].string, !signer.isEmpty { w.field(0, "Signer", signer) }
        if let seconds = request[path: "spec.expirationSeconds"].int {
            w.field(0, "Requested Duration", HumanDuration.format(milliseconds: Int64(seconds) * 1000))
        }
        w.field(0, "Status", CertificateRequestConditions.summary(of: request))
        w.write(0, "Subject:\n")
        w.write(0, "\tCommon Name:\t\(info.commonName)\n")
        w.write(0, "\tSerial Number:\t\(info.subjectValues("2.5.4.5").last ?? "")\n")
        for (title, oid) in subjectLists { list(&w, title, info.subjectValues(oid)) }
        if !(info.dnsNames + info.emailAddresses + info.ipAddresses + info.uris).isEmpty {
            w.write(0, "Subject Alternative Names:\n")
            list(&w, "DNS Names", info.dnsNames)
            list(&w, "Email Addresses", info.emailAddresses)
            list(&w, "URIs", info.uris)
            list(&w, "IP Addresses", info.ipAddresses)
        }
        w.events(context.events(for: request), context: context)
        return w.finish()
    }

    /// The subject's multi-valued names, in the describer's order.
    static let subjectLists = [
        ("Organization", "2.5.4.10"), ("Organizational Unit", "2.5.4.11"), ("Country", "2.5.4.6"),
        ("Locality", "2.5.4.7"), ("Province", "2.5.4.8"), ("StreetAddress", "2.5.4.9"), ("PostalCode", "2.5.4.17"),
    ]

    /// A titled list under `Subject:`: nothing when empty, one value a line, aligned.
    private static func list(_ w: inout DescribeWriter, _ title: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        w.write(0, "\t\(title):\t" + values.joined(separator: "\n\t\t") + "\n")
    }

    /// `labels.FormatLabels`: sorted `k=v` joined by commas, `<none>` when empty.
    static func formatted(_ map: [String: String]) -> String {
        map.isEmpty ? "<none>" : map.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ",")
    }
}
