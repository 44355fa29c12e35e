import KubeAPI

/// kube-controller-manager's CSR signing controllers (`csrsigning-*`), one per signer kubeadm
/// gives it the cluster CA for: an approved request that has not failed gets its certificate in
/// `status.certificate`, or a `Failed` condition when it does not suit its signer. Requests for
/// other signers (and `kubernetes.io/legacy-unknown`, which the v1 API refuses) are not theirs.
extension Cluster {
    /// `--cluster-signing-duration`'s default: the longest a signed certificate lasts.
    static let clusterSigningSeconds: Int64 = 365 * 24 * 3600

    /// Signs what is approved and unsigned; reports whether it wrote anything.
    func signCertificateRequests() -> Bool {
        if let changes = takeChanges(for: .certificateSigners, of: [.certificateSigningRequests]), changes.isEmpty { return false }
        var wrote = false
        for request in list(.certificateSigningRequests) {
            let types = CertificateRequestConditions.trueTypes(of: request)
            guard types.contains("Approved"), !types.contains("Failed"),
                (request[path: "status.certificate"].string ?? "").isEmpty,
                let signer = request[path: "spec.signerName"].string, Self.clusterSigners.contains(signer),
                let info = CertificateRequestInfo(request: request[path: "spec.request"].string ?? "")
            else { continue }
            var updated = request
            let usages = request[path: "spec.usages"].array.compactMap(\.string)
            if let failure = Self.signerValidationFailure(info, usages: usages, signer: signer) {
                updated[path: "status.conditions"] = .array(
                    request[path: "status.conditions"].array + [
                        [
                            "type": "Failed", "status": "True", "reason": "SignerValidationFailure",
                            "message": .string(failure),
                            "lastUpdateTime": .string(now.rfc3339), "lastTransitionTime": .string(now.rfc3339),
                        ]
                    ])
            } else if let certificate = issue(info, for: request, usages: usages) {
                updated[path: "status.certificate"] = .string(Base64.encode(certificate))
            } else {
                continue
            }
            wrote = save(.certificateSigningRequests, updated) || wrote
        }
        return wrote
    }

    /// The signers kube-controller-manager signs for with the cluster CA.
    static let clusterSigners: Set<String> = [
        "kubernetes.io/kube-apiserver-client", "kubernetes.io/kube-apiserver-client-kubelet",
        "kubernetes.io/kubelet-serving",
    ]

    /// The certificate as PEM, under the permissive policy's dates: backdated five minutes, the
    /// end too unless it lasts under eight hours, and never past the CA's own end; nil when the
    /// CA cannot be read or has expired.
    private func issue(_ info: CertificateRequestInfo, for request: KubeObject, usages: [String]) -> String? {
        guard
            let authority = SigningAuthority(
                certificateAuthorityData: settings.adminCredentials.certificateAuthorityData),
            now < authority.notAfter
        else { return nil }
        let requested = request[path: "spec.expirationSeconds"].int.map(Int64.init)
        let ttl = min(max(requested ?? Self.clusterSigningSeconds, 600), Self.clusterSigningSeconds)
        let backdate: Int64 = 300
        var notAfter = now.adding(seconds: ttl < 8 * 3600 ? ttl : ttl - backdate)
        if notAfter >= authority.notAfter { notAfter = authority.notAfter }
        return IssuedCertificate(
            request: info, authority: authority, usages: usages, notBefore: now.adding(seconds: -backdate),
            notAfter: notAfter, seed: request.uid
        ).pem
    }

    /// Why a request does not suit its signer (`isRequestForSignerFn`), or nil.
    static func signerValidationFailure(_ info: CertificateRequestInfo, usages: [String], signer: String) -> String? {
        let given = Set(usages)
        switch signer {
        case "kubernetes.io/kube-apiserver-client":
            for usage in usages where !["digital signature", "key encipherment", "client auth"].contains(usage) {
                return "invalid usage for client certificate: \(usage)"
            }
            return given.contains("client auth") ? nil : "missing required usage for client certificate: client auth"
        case "kubernetes.io/kube-apiserver-client-kubelet":
            if info.organizations != ["system:nodes"] { return "subject organization is not system:nodes" }
            if !info.dnsNames.isEmpty { return "DNS subjectAltNames are not allowed" }
            if !info.emailAddresses.isEmpty { return "Email subjectAltNames are not allowed" }
            if !info.ipAddresses.isEmpty { return "IP subjectAltNames are not allowed" }
            if !info.uris.isEmpty { return "URI subjectAltNames are not allowed" }
            if !info.commonName.hasPrefix("system:node:") {
                return "subject common name does not begin with system:node:"
            }
            let allowed: [Set<String>] = [
                ["digital signature", "key encipherment", "client auth"], ["digital signature", "client auth"],
            ]
            return allowed.contains(given)
                ? nil : "usages did not match [client auth digital signature key encipherment]"
        default:
            if info.organizations != ["system:nodes"] { return "subject organization is not system:nodes" }
            if info.dnsNames.isEmpty, info.ipAddresses.isEmpty { return "DNS or IP subjectAltName is required" }
            if !info.emailAddresses.isEmpty { return "Email subjectAltNames are not allowed" }
            if !info.uris.isEmpty { return "URI subjectAltNames are not allowed" }
            let allowed: [Set<String>] = [
                ["digital signature", "key encipherment", "server auth"], ["digital signature", "server auth"],
            ]
            guard allowed.contains(given) else {
                return "usages did not match [digital signature key encipherment server auth]"
            }
            return info.commonName.hasPrefix("system:node:")
                ? nil : "subject common name does not begin with system:node:"
        }
    }
}
