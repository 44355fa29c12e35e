import KubeAPI

/// kube-apiserver's serving certificate (`/etc/kubernetes/pki/apiserver.crt`) as `kubeadm init`
/// made it: signed by the cluster CA, for the control plane node's name and the in-cluster names
/// of the `kubernetes` Service, then for that Service's cluster IP and the advertise address
/// (kubeadm's `GetAPIServerAltNames`, in its order).
public struct ServingCertificate: Sendable {
    public var dnsNames: [String]
    public var ipAddresses: [String]
    /// The CA that signed it: the cluster's, the one `admin.conf` trusts.
    public var issuer: X509Certificate?

    public init(dnsNames: [String], ipAddresses: [String], issuer: X509Certificate?) {
        self.dnsNames = dnsNames
        self.ipAddresses = ipAddresses
        self.issuer = issuer
    }
}

extension Cluster {
    /// The certificate kube-apiserver presents to clients (made once: kubeadm does not renew it).
    public var apiServerCertificate: ServingCertificate {
        if let made = servingCertificate { return made }
        let made = makeServingCertificate()
        servingCertificate = made
        return made
    }

    private func makeServingCertificate() -> ServingCertificate {
        let address = Self.host(ofServer: settings.server)
        // The control plane node is the one whose address the apiserver advertises.
        let node = nodeContainers.keys.sorted().first { nodeContainers[$0]?.registration?.internalIP == address }
        let serviceIP = CIDR(settings.serviceCIDR).map { IPv4($0.base.value + 1).description }
        let authority = PEM.blocks(
            of: "CERTIFICATE", in: Base64.decoded(settings.adminCredentials.certificateAuthorityData))
        return ServingCertificate(
            dnsNames: [node ?? ""].filter { !$0.isEmpty } + Self.kubernetesServiceNames(domain: settings.domain),
            ipAddresses: [serviceIP, address].compactMap { $0 },
            issuer: authority.first.flatMap { X509Certificate(der: $0) })
    }

    /// `kubernetes`, `kubernetes.default`, `kubernetes.default.svc`, `kubernetes.default.svc.DOMAIN`.
    static func kubernetesServiceNames(domain: String) -> [String] {
        ["kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc." + domain]
    }

    /// `https://172.22.0.1:6443` -> `172.22.0.1`.
    public static func host(ofServer server: String) -> String? {
        let scheme = server.prefix { $0 != ":" }
        let rest = server.dropFirst(scheme.count).hasPrefix("://") ? server.dropFirst(scheme.count + 3) : server[...]
        let authority = rest.prefix { $0 != "/" }
        let host =
            authority.hasPrefix("[") ? authority.prefix { $0 != "]" }.dropFirst() : authority.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
