import KubeAPI

/// clientcmd's `ConfirmUsable` for the user and cluster a command uses, once the global flags
/// have overridden their fields: the user's problems, then the cluster's, thrown together
/// (one alone as itself).
extension Kubectl {
    func confirmUsable(user: Kubeconfig.Entry?, userName: String, token: String, clusterProblems: [String]) throws(KubectlFailure) {
        var problems = user.map(certificateProblems) ?? []
        var methods: [String] = []
        if !token.isEmpty { methods.append("token") }
        if let user, !user[string: "username"].isEmpty || !user[string: "password"].isEmpty { methods.append("basicAuth") }
        if methods.count > 1 {
            problems.append(
                "more than one authentication method found for \(userName); found [\(methods.joined(separator: " "))], only one is allowed")
        }
        problems += clusterProblems
        if problems.count == 1 { throw .error(problems[0]) }
        if problems.count > 1 {
            throw KubectlFailure("Error in configuration: \n" + problems.map { "* " + $0 }.joined(separator: "\n"))
        }
    }

    /// The cluster a command connects to: `--certificate-authority` (or `--insecure-skip-tls-verify`)
    /// replaces the cluster's authority, file and data both.
    func effectiveCluster(_ clusterName: String, authority: String?, insecure: Bool) -> Kubeconfig.Entry {
        var cluster = kubeconfig.cluster(named: clusterName).map(resolvingPaths) ?? Kubeconfig.Entry(name: clusterName)
        if insecure || !(authority ?? "").isEmpty {
            cluster[string: "certificate-authority"] = authority ?? ""
            cluster.fields["certificate-authority-data"] = nil
        }
        if insecure { cluster.fields["insecure-skip-tls-verify"] = .bool(true) }
        return cluster
    }

    /// `validateClusterInfo`'s checks of the certificate authority.
    func clusterProblems(_ cluster: Kubeconfig.Entry) -> [String] {
        let clusterName = cluster.name
        let path = cluster[string: "certificate-authority"]
        var problems: [String] = []
        if !path.isEmpty, cluster.hasData("certificate-authority-data") {
            problems.append(
                "certificate-authority-data and certificate-authority are both specified for \(clusterName). certificate-authority-data will override.")
        }
        if !path.isEmpty, kubeconfig.storage?.read(path) == nil {
            problems.append("unable to read certificate-authority \(path) for \(clusterName) due to open \(path): no such file or directory")
        }
        return problems
    }
}
