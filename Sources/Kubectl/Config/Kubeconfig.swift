import Cluster
import KubeAPI
import OrderedCollections

/// The host's kubeconfig (`~/.kube/config`): kubeadm's `admin.conf` for the lab's cluster, which
/// `kubectl config` reads and changes. A reference type: one kubeconfig per kubectl, shared by
/// every command it runs, so `config use-context` and `set-context` last for the session.
public final class Kubeconfig {
    /// A `clusters` entry.
    public struct ClusterEntry: Sendable {
        public var name: String
        public var server: String
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
        return Kubeconfig(
            clusters: [ClusterEntry(name: settings.clusterName, server: settings.server)], users: [user],
            contexts: [Context(name: context, cluster: settings.clusterName, user: user)], currentContext: context)
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
    /// The document `config view` prints, fields in `clientcmdapi/v1.Config` order and
    /// certificate data shown as `DATA+OMITTED`; `minify` keeps only what the current context uses.
    func document(minify: Bool) -> JSONValue {
        let context = current
        let shownContexts = minify ? contexts.filter { $0.name == currentContext } : contexts
        let shownClusters = minify ? clusters.filter { $0.name == context?.cluster } : clusters
        let shownUsers = minify ? users.filter { $0 == context?.user } : users
        var config: OrderedDictionary<String, JSONValue> = [
            "kind": "Config", "apiVersion": "v1", "preferences": .object([:]),
            "clusters": list(shownClusters.map { cluster in
                ["name": .string(cluster.name),
                 "cluster": ["server": .string(cluster.server), "certificate-authority-data": .string(Self.omitted)]]
            }),
            "users": list(shownUsers.map { user in
                ["name": .string(user),
                 "user": ["client-certificate-data": .string(Self.omitted), "client-key-data": .string(Self.omitted)]]
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
}
