import Cluster
import KubeAPI

/// What a command talks to the apiserver as, from the kubeconfig and the global flags, as
/// clientcmd merges them: `--context` picks the context (else the current one), `--user` and
/// `--cluster` override its user and cluster, `--token` its user's token. A verb's own flag of
/// the same name (`create rolebinding --user`) hides the global one.
struct ClientAccess {
    /// The context's namespace, `default` when it has none.
    var namespace: String
    /// The server the requests go to.
    var server: String
    /// Who the apiserver takes the caller to be; nil for the kubeconfig's admin.
    var user: UserInfo?
    /// Go's error for the lab apiserver's certificate, when the client does not trust it.
    var tlsFailure: String? = nil
}

extension Kubectl {
    func clientAccess(_ flags: ParsedFlags, verbFlags: [FlagSpec], io: IOStreams) throws(KubectlFailure) -> ClientAccess {
        let own = Set(verbFlags.map(\.long))
        func global(_ name: String) -> String? { own.contains(name) ? nil : flags.string(name) }
        let contextName = global("context") ?? kubeconfig.currentContext
        let context = kubeconfig.contexts.first { $0.name == contextName }
        if context == nil, !contextName.isEmpty {
            throw KubectlFailure("Error in configuration: context was not found for specified context: \(contextName)")
        }
        let clusterName = global("cluster") ?? context?[string: "cluster"] ?? ""
        // ConfirmUsable finds a cluster the kubeconfig lacks without a server (even with --server),
        // before the missing user is looked up.
        if global("cluster") != nil, kubeconfig.cluster(named: clusterName) == nil {
            throw .error("no server found for cluster \"\(clusterName)\"")
        }
        let userName = global("user") ?? context?[string: "user"] ?? ""
        if global("user") != nil, kubeconfig.user(named: userName) == nil {
            throw .error("auth info \"\(userName)\" does not exist")
        }
        if let timeout = flags.string("request-timeout"), !Self.isRequestTimeout(timeout) { throw .error(Self.invalidTimeout) }
        // Without a cluster, client-go's default: a server on localhost's port 8080.
        let server = global("server") ?? kubeconfig.cluster(named: clusterName)?[string: "server"] ?? "http://localhost:8080"
        let namespace = context.map { $0[string: "namespace"] }.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let clusterEntry = effectiveCluster(
            clusterName, authority: global("certificate-authority"), insecure: !own.contains("insecure-skip-tls-verify") && flags.bool("insecure-skip-tls-verify"))
        var trust: TLSTrust?
        let authenticated = try authenticatedUser(userName, global: global, clusterProblems: clusterProblems(clusterEntry), io: io) {
            () throws(KubectlFailure) in trust = try tlsTrust(of: clusterEntry)
        }
        if let proxy = proxyServing(server) {
            // The proxy passes kubectl's Impersonate headers on with its own credentials.
            return ClientAccess(
                namespace: flags.string("namespace") ?? namespace, server: proxy.server,
                user: try impersonation(flags, userName: userName, by: proxy.user) ?? proxy.user, tlsFailure: proxy.tlsFailure)
        }
        return ClientAccess(
            namespace: flags.string("namespace") ?? namespace, server: server,
            user: try impersonation(flags, userName: userName, by: authenticated) ?? authenticated,
            tlsFailure: trust.flatMap { trust in
                let serverName = global("tls-server-name").flatMap { $0.isEmpty ? nil : $0 } ?? clusterEntry[string: "tls-server-name"]
                return serverCertificateFailure(server: server, serverName: serverName, trust: trust)
            })
    }

    /// The user the apiserver's authenticators find: the client certificate first (one that
    /// verifies outranks any `--token`; kubeadm's admin is nil), then a bearer token, else anonymous.
    /// `loadingRoots` reads the trusted roots, between the configuration's checks and the client
    /// certificate's, as client-go's transport does.
    private func authenticatedUser(
        _ userName: String, global: (String) -> String?, clusterProblems: [String], io: IOStreams,
        loadingRoots: () throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) -> UserInfo? {
        var entry = kubeconfig.user(named: userName).map(resolvingPaths)
        // `--client-certificate` and `--client-key` replace the user's own, as given.
        for (flag, dataField) in [("client-certificate", "client-certificate-data"), ("client-key", "client-key-data")] {
            guard let path = global(flag), !path.isEmpty else { continue }
            if entry == nil { entry = Kubeconfig.Entry(name: userName) }
            entry?[string: flag] = path
            entry?.fields[dataField] = nil
        }
        // `--username` and `--password` too; no authenticator of the apiserver reads them.
        for field in ["username", "password"] {
            guard let value = global(field), !value.isEmpty else { continue }
            if entry == nil { entry = Kubeconfig.Entry(name: userName) }
            entry?[string: field] = value
        }
        let token = global("token").flatMap { $0.isEmpty ? nil : $0 } ?? entry?[string: "token"] ?? ""
        try confirmUsable(user: entry, userName: userName, token: token, clusterProblems: clusterProblems)
        try loadingRoots()
        if let entry, entry[string: "client-certificate"].isEmpty, entry[string: "client-key"].isEmpty,
            case .bytes(let certificate)? = entry.fields["client-certificate-data"],
            case .bytes(let key)? = entry.fields["client-key-data"],
            cluster.isKubeadmAdminKeyPair(certificate: certificate, key: key)
        {
            return nil
        }
        if let entry, let certificate = try clientCertificate(of: entry, io: io) {
            let user = cluster.authenticate(clientCertificate: certificate)
            return user == .kubeadmAdmin ? nil : user ?? .rejected
        }
        guard !token.isEmpty else {
            return .impersonated("system:anonymous", groups: [])
        }
        return cluster.authenticate(bearerToken: token) ?? .rejected
    }

    /// `--as` and `--as-group`: who the apiserver is to treat the request as coming from. The
    /// admin may impersonate anyone; anyone else needs RBAC's `impersonate` on each user (or
    /// service account) and group.
    private func impersonation(_ flags: ParsedFlags, userName: String, by caller: UserInfo?) throws(KubectlFailure) -> UserInfo? {
        let name = flags.string("as") ?? ""
        let groups = flags.strings("as-group")
        guard name.isEmpty else {
            if caller != nil { try authorizeImpersonation(of: name, groups: groups, by: caller) }
            return .impersonated(name, groups: groups)
        }
        if !groups.isEmpty || !(flags.string("as-uid") ?? "").isEmpty {
            throw .error("requesting uid, groups or user-extra for \(userName) without impersonating a user")
        }
        return nil
    }

    /// The impersonation filter's checks, in its order: the user (a service account by its
    /// namespace and name), then each group.
    private func authorizeImpersonation(of name: String, groups: [String], by caller: UserInfo?) throws(KubectlFailure) {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var requests = [
            parts.count == 4 && parts[0] == "system" && parts[1] == "serviceaccount"
                ? AccessRequest(verb: "impersonate", resource: "serviceaccounts", namespace: parts[2], name: parts[3])
                : AccessRequest(verb: "impersonate", resource: "users", name: name)
        ]
        requests += groups.map { AccessRequest(verb: "impersonate", resource: "groups", name: $0) }
        for request in requests {
            do throws(APIError) {
                try cluster.authorize(request, as: caller)
            } catch {
                throw .server(error)
            }
        }
    }
}

extension Kubectl {
    /// Whether clientcmd takes `--request-timeout`: whole seconds, not negative, or a Go duration.
    static func isRequestTimeout(_ text: String) -> Bool {
        if text.isEmpty { return true }
        if let seconds = Int64(text) { return seconds >= 0 }
        if case .success = GoDurationFlag.milliseconds(text) { return true }
        return false
    }

    static let invalidTimeout =
        "Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)"
}
