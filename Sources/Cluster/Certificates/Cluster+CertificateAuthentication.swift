import KubeAPI

/// The apiserver's x509 authenticator: a client certificate the cluster CA signed, within its
/// validity and good for client auth, names the user by its common name and the groups by its
/// organizations.
extension Cluster {
    /// Who a client certificate (DER) authenticates as; nil when the apiserver would answer 401.
    ///
    /// kubeadm's own admin certificate is the admin (`UserInfo.kubeadmAdmin`); a certificate
    /// without a common name leaves the request anonymous.
    public func authenticate(clientCertificate der: [UInt8]) -> UserInfo? {
        if der == Self.derCertificate(settings.adminCredentials.clientCertificateData) { return .kubeadmAdmin }
        guard let certificate = X509Certificate(der: der),
            let authority = SigningAuthority(
                certificateAuthorityData: settings.adminCredentials.certificateAuthorityData),
            certificate.issuer == authority.subject,
            certificate.signature == authority.signature(of: certificate.signed),
            let notBefore = SigningAuthority.time(certificate.validity.notBefore),
            let notAfter = SigningAuthority.time(certificate.validity.notAfter),
            notBefore <= now, now <= notAfter,
            certificate.extendedKeyUsages.map({ $0.contains(Self.clientAuthUsage) || $0.contains(Self.anyUsage) })
                ?? true
        else { return nil }
        let name = certificate.commonName
        guard !name.isEmpty else { return .impersonated("system:anonymous", groups: []) }
        return UserInfo(
            name: name, groups: certificate.organizations + ["system:authenticated"],
            extra: ["authentication.kubernetes.io/credential-id": [Self.x509CredentialID(der)]])
    }

    /// Whether a certificate and key (PEM) are kubeadm's admin pair, the one admin.conf
    /// carries: its user is the admin, known without reading the certificate.
    public func isKubeadmAdminKeyPair(certificate: [UInt8], key: [UInt8]) -> Bool {
        let admin = adminKeyPairPEM
        return certificate == admin.certificate && key == admin.key
    }

    /// The credential ID the x509 authenticator gives a certificate: its SHA-256, in hex.
    static func x509CredentialID(_ der: [UInt8]) -> String {
        "X509SHA256=" + SHA256.digest(der).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    private static let clientAuthUsage = DERElement.oid("1.3.6.1.5.5.7.3.2"), anyUsage = DERElement.oid("2.5.29.37.0")
}
