/// The fields of the kubeconfig's clusters, users and contexts, in the order client-go's v1
/// types declare them (the order `config view -o json` prints them in).
enum KubeconfigSection: CaseIterable {
    case clusters, users, contexts

    struct Field {
        enum Kind { case string, bool, bytes, strings, stringsMap, document }
        /// The name in the file.
        let name: String
        /// The name `config set` knows it by: the internal type's, which differs for impersonation.
        let settable: String
        let kind: Kind
        let omitEmpty: Bool

        init(_ name: String, _ kind: Kind, settable: String? = nil, omitEmpty: Bool = true) {
            self.name = name
            self.settable = settable ?? name
            self.kind = kind
            self.omitEmpty = omitEmpty
        }
    }

    /// The key of an entry's fields in the file: `cluster`, `user`, `context`.
    var entryKey: String {
        switch self {
        case .clusters: "cluster"
        case .users: "user"
        case .contexts: "context"
        }
    }

    /// The section's name in the file, and in `config set` paths.
    var name: String {
        switch self {
        case .clusters: "clusters"
        case .users: "users"
        case .contexts: "contexts"
        }
    }

    /// The Go type of an entry's fields, as encoding/json names it in errors.
    var goType: String {
        switch self {
        case .clusters: "Cluster"
        case .users: "AuthInfo"
        case .contexts: "Context"
        }
    }

    var fields: [Field] {
        switch self {
        case .clusters: Self.clusterFields
        case .users: Self.userFields
        case .contexts: Self.contextFields
        }
    }

    func field(settable name: String) -> Field? { fields.first { $0.settable == name } }

    private static let clusterFields = [
        Field("server", .string, omitEmpty: false), Field("tls-server-name", .string),
        Field("insecure-skip-tls-verify", .bool), Field("certificate-authority", .string),
        Field("certificate-authority-data", .bytes), Field("proxy-url", .string),
        Field("disable-compression", .bool), Field("extensions", .document),
    ]

    private static let userFields = [
        Field("client-certificate", .string), Field("client-certificate-data", .bytes),
        Field("client-key", .string), Field("client-key-data", .bytes), Field("token", .string),
        Field("tokenFile", .string), Field("as", .string, settable: "act-as"),
        Field("as-uid", .string, settable: "act-as-uid"), Field("as-groups", .strings, settable: "act-as-groups"),
        Field("as-user-extra", .stringsMap, settable: "act-as-user-extra"), Field("username", .string),
        Field("password", .string), Field("auth-provider", .document), Field("exec", .document),
        Field("extensions", .document),
    ]

    private static let contextFields = [
        Field("cluster", .string, omitEmpty: false), Field("user", .string, omitEmpty: false),
        Field("namespace", .string), Field("extensions", .document),
    ]
}
