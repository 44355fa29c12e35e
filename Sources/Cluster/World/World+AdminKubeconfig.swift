extension ClusterSettings {
    /// The `admin.conf` kubeadm writes (and the lab copies to `~/.kube/config`), as text: one
    /// cluster, the `kubernetes-admin` user and its context, with `adminCredentials` embedded.
    /// World files name it with `kubeconfig: admin` instead of repeating the certificates.
    public var adminKubeconfigText: String {
        let credentials = adminCredentials
        return """
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority-data: \(credentials.certificateAuthorityData)
                server: \(server)
              name: \(clusterName)
            contexts:
            - context:
                cluster: \(clusterName)
                user: kubernetes-admin
              name: kubernetes-admin@\(clusterName)
            current-context: kubernetes-admin@\(clusterName)
            kind: Config
            preferences: {}
            users:
            - name: kubernetes-admin
              user:
                client-certificate-data: \(credentials.clientCertificateData)
                client-key-data: \(credentials.clientKeyData)

            """
    }
}
