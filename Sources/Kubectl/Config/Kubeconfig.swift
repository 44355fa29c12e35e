import Cluster
import KubeAPI
import OrderedCollections

/// The host's kubeconfig (`~/.kube/config`): kubeadm's `admin.conf` for the lab's cluster, which
/// `kubectl config` reads and changes (writing the file again after a change). A reference type:
/// one kubeconfig per kubectl, shared by every command it runs, so `config use-context` and
/// `set-context` last for the session.
public final class Kubeconfig {
    /// A `clusters` entry.
    public struct ClusterEntry: Sendable {
        public var name: String
        public var server: String
        public var insecureSkipTLSVerify = false
    }

    /// A `contexts` entry; `namespace` is nil until `set-context` sets one.
    public struct Context: Sendable {
        public var name: String
        public var cluster: String
        public var user: String
        public var namespace: String?
    }

    public var clusters: [ClusterEntry]
    /// The `users` entries' names; kubeadm gives each a client certificate and key.
    public var users: [String]
    public var contexts: [Context]
    public var currentContext: String
    /// Each cluster's `certificate-authority-data`, by cluster name.
    public var certificateAuthorityData: [String: String] = [:]
    /// Each user's `client-certificate-data` and `client-key-data`, by user name.
    public var clientCredentials: [String: (certificate: String, key: String)] = [:]
    /// Each user's bearer `token`, by user name (`config set-credentials --token`).
    public var tokens: [String: String] = [:]
    /// Where the file is, as `config delete-*` name it; empty when it is not written anywhere.
    public var path = ""

    public init(clusters: [ClusterEntry], users: [String], contexts: [Context], currentContext: String) {
        self.clusters = clusters
        self.users = users
        self.contexts = contexts
        self.currentContext = currentContext
    }

    /// The `admin.conf` kubeadm writes: one cluster, the `kubernetes-admin` user and the
    /// `kubernetes-admin@CLUSTER` context, current.
    public static func kubeadmAdmin(_ settings: ClusterSettings) -> Kubeconfig {
        let user = "kubernetes-admin"
        let context = "\(user)@\(settings.clusterName)"
        let config = Kubeconfig(
            clusters: [ClusterEntry(name: settings.clusterName, server: settings.server)], users: [user],
            contexts: [Context(name: context, cluster: settings.clusterName, user: user)], currentContext: context)
        let credentials = settings.adminCredentials
        config.certificateAuthorityData[settings.clusterName] = credentials.certificateAuthorityData
        config.clientCredentials[user] = (credentials.clientCertificateData, credentials.clientKeyData)
        return config
    }

    /// The current context, nil when `current-context` names none that exists.
    public var current: Context? { contexts.first { $0.name == currentContext } }

    /// The namespace commands use when `-n` is not given: the current context's, else `default`.
    public var namespace: String {
        get { current?.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? "default" }
        set {
            guard let index = contexts.firstIndex(where: { $0.name == currentContext }) else { return }
            contexts[index].namespace = newValue
        }
    }

    /// The server URL of the current context's cluster.
    public var server: String? {
        guard let cluster = current?.cluster else { return nil }
        return clusters.first { $0.name == cluster }?.server
    }
}

extension Kubeconfig {
    /// The document `config view` prints, fields in `clientcmdapi/v1.Config` order; `minify`
    /// keeps only what the current context uses. Certificate and key data show as `DATA+OMITTED`
    /// and tokens as `REDACTED` unless `raw` (`--raw`, `--flatten`); data the file does not hold is
    /// left out. `--context` makes another context the current one for the view.
    func document(minify: Bool, raw: Bool = false, context override: String? = nil) -> JSONValue {
        let currentContext = override ?? currentContext
        let context = contexts.first { $0.name == currentContext }
        let shownContexts = minify ? contexts.filter { $0.name == currentContext } : contexts
        let shownClusters = minify ? clusters.filter { $0.name == context?.cluster } : clusters
        let shownUsers = minify ? users.filter { $0 == context?.user } : users
        func data(_ value: String?) -> JSONValue? {
            guard let value, !value.isEmpty else { return nil }
            return .string(raw ? value : Self.omitted)
        }
        var config: OrderedDictionary<String, JSONValue> = [
            "kind": "Config", "apiVersion": "v1", "preferences": .object([:]),
            "clusters": list(shownClusters.map { cluster in
                var fields: OrderedDictionary<String, JSONValue> = ["server": .string(cluster.server)]
                if cluster.insecureSkipTLSVerify { fields["insecure-skip-tls-verify"] = true }
                fields["certificate-authority-data"] = data(certificateAuthorityData[cluster.name])
                return ["name": .string(cluster.name), "cluster": .object(fields)]
            }),
            "users": list(shownUsers.map { user in
                var fields: OrderedDictionary<String, JSONValue> = [:]
                fields["client-certificate-data"] = data(clientCredentials[user]?.certificate)
                fields["client-key-data"] = data(clientCredentials[user]?.key)
                if let token = tokens[user], !token.isEmpty { fields["token"] = .string(raw ? token : Self.redacted) }
                return ["name": .string(user), "user": .object(fields)]
            }),
            "contexts": list(shownContexts.map { context in
                var fields: OrderedDictionary<String, JSONValue> = [
                    "cluster": .string(context.cluster), "user": .string(context.user),
                ]
                if let namespace = context.namespace, !namespace.isEmpty { fields["namespace"] = .string(namespace) }
                return ["name": .string(context.name), "context": .object(fields)]
            }),
        ]
        config["current-context"] = .string(currentContext)
        return .object(config)
    }

    /// Go's nil slice: an empty list is written as `null`.
    private func list(_ items: [JSONValue]) -> JSONValue { items.isEmpty ? .null : .array(items) }

    /// What `config view` prints instead of certificate and key data (`--raw` would show it).
    static let omitted = "DATA+OMITTED"
    /// What it prints instead of a token.
    static let redacted = "REDACTED"
}
