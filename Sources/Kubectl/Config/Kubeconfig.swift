import Cluster
import KubeAPI

/// The host's kubeconfig (`~/.kube/config`): kubeadm's `admin.conf` for the lab's cluster, which
/// `kubectl config` reads and changes (writing the file again after a change). A reference type:
/// one kubeconfig per kubectl, shared by every command it runs, so `config use-context` and
/// `set-context` last for the session.
public final class Kubeconfig {
    /// A value of a cluster's, user's or context's field.
    public enum Value: Sendable, Equatable {
        case string(String)
        case bool(Bool)
        /// `[]byte`: written base64-encoded.
        case bytes([UInt8])
        case strings([String])
        /// A field kept as the file had it (`exec`, `auth-provider`, `extensions`).
        case document(JSONValue)
    }

    /// A `clusters`, `users` or `contexts` entry: its name and its fields by their names in the
    /// file (`KubeconfigSchema`).
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var fields: [String: Value] = [:]
        /// The file the entry was read from; empty for one not written yet.
        public var origin = ""

        public init(name: String, fields: [String: Value] = [:]) {
            self.name = name
            self.fields = fields
        }

        /// A string field, empty when unset; setting "" removes it.
        public subscript(string field: String) -> String {
            get { if case .string(let text)? = fields[field] { text } else { "" } }
            set { fields[field] = newValue.isEmpty ? nil : .string(newValue) }
        }

        /// Whether a `[]byte` field holds data.
        public func hasData(_ field: String) -> Bool {
            if case .bytes(let bytes)? = fields[field] { !bytes.isEmpty } else { false }
        }
    }

    public var clusters: [Entry]
    public var users: [Entry]
    public var contexts: [Entry]
    public var currentContext: String
    /// `preferences.colors`.
    public var colors = false
    /// Where the file is, as `config delete-*` name it; empty when it is not written anywhere.
    public var path = ""
    /// The host's files the kubeconfig is read from and written to; nil keeps it in memory.
    public var storage: KubeconfigFiles?
    /// The files it was last read from.
    var chain: Chain?

    public init(clusters: [Entry], users: [Entry], contexts: [Entry], currentContext: String) {
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
        let credentials = settings.adminCredentials
        return Kubeconfig(
            clusters: [
                Entry(name: settings.clusterName, fields: [
                    "server": .string(settings.server),
                    "certificate-authority-data": .bytes(Base64.decode(credentials.certificateAuthorityData)),
                ])
            ],
            users: [
                Entry(name: user, fields: [
                    "client-certificate-data": .bytes(Base64.decode(credentials.clientCertificateData)),
                    "client-key-data": .bytes(Base64.decode(credentials.clientKeyData)),
                ])
            ],
            contexts: [Entry(name: context, fields: ["cluster": .string(settings.clusterName), "user": .string(user)])],
            currentContext: context)
    }

    /// The current context, nil when `current-context` names none that exists.
    public var current: Entry? { context(named: currentContext) }

    public func context(named name: String) -> Entry? { contexts.first { $0.name == name } }
    public func cluster(named name: String) -> Entry? { clusters.first { $0.name == name } }
    public func user(named name: String) -> Entry? { users.first { $0.name == name } }

    /// The namespace commands use when `-n` is not given: the current context's, else `default`.
    public var namespace: String {
        get { current.map { $0[string: "namespace"] }.flatMap { $0.isEmpty ? nil : $0 } ?? "default" }
        set {
            guard let index = contexts.firstIndex(where: { $0.name == currentContext }) else { return }
            contexts[index][string: "namespace"] = newValue
        }
    }

    /// The server URL of the current context's cluster.
    public var server: String? {
        guard let name = current?[string: "cluster"] else { return nil }
        return cluster(named: name)?[string: "server"]
    }

    func entries(_ section: KubeconfigSection) -> [Entry] {
        switch section {
        case .clusters: clusters
        case .users: users
        case .contexts: contexts
        }
    }

    func setEntries(_ entries: [Entry], in section: KubeconfigSection) {
        switch section {
        case .clusters: clusters = entries
        case .users: users = entries
        case .contexts: contexts = entries
        }
    }

    /// Adds `entry` to the section, or replaces the entry of the same name.
    func put(_ entry: Entry, in section: KubeconfigSection) {
        var list = entries(section)
        if let index = list.firstIndex(where: { $0.name == entry.name }) {
            list[index] = entry
        } else {
            list.append(entry)
        }
        setEntries(list, in: section)
    }
}
