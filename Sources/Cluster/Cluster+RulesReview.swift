import KubeAPI

/// Who a request comes from, as the authenticator reports it.
public struct UserInfo: Sendable, Equatable {
    public var name: String
    /// A service account's UID; empty for other users.
    public var uid = ""
    public var groups: [String]
    /// What the authenticator adds (`authentication.kubernetes.io/credential-id`, the pod a
    /// token is bound to).
    public var extra: [String: [String]] = [:]

    public init(name: String, uid: String = "", groups: [String], extra: [String: [String]] = [:]) {
        self.name = name
        self.uid = uid
        self.groups = groups
        self.extra = extra
    }

    /// Credentials the apiserver turned away: every request is refused as `Unauthorized` (401).
    public static let rejected = UserInfo(name: "", groups: [])

    /// The user of kubeadm's `admin.conf`: its client certificate names `kubernetes-admin` in the
    /// organisation `kubeadm:cluster-admins`; every authenticated user is in `system:authenticated`.
    public static let kubeadmAdmin = UserInfo(
        name: "kubernetes-admin", groups: ["kubeadm:cluster-admins", "system:authenticated"])
}

/// The status of a SelfSubjectRulesReview: the rules the RBAC authorizer grants a user in a
/// namespace (`RulesFor`), each as stored in the role, and any role a binding names but that
/// cannot be read.
public struct SubjectRules: Sendable, Equatable {
    public struct ResourceRule: Sendable, Equatable {
        public var verbs: [String], apiGroups: [String], resources: [String], resourceNames: [String]

        public init(verbs: [String], apiGroups: [String], resources: [String], resourceNames: [String]) {
            (self.verbs, self.apiGroups, self.resources, self.resourceNames) = (verbs, apiGroups, resources, resourceNames)
        }
    }
    public struct NonResourceRule: Sendable, Equatable {
        public var verbs: [String], urls: [String]

        public init(verbs: [String], urls: [String]) { (self.verbs, self.urls) = (verbs, urls) }
    }

    public var resourceRules: [ResourceRule] = []
    public var nonResourceRules: [NonResourceRule] = []
    public var incomplete = false
    public var evaluationError = ""

    public init() {}
}

extension Cluster {
    /// `VisitRulesFor`: the rules of every ClusterRoleBinding that applies to `user`, in list
    /// order, then of every RoleBinding in `namespace` that does. A missing role adds an error.
    public func rulesReview(for user: UserInfo, namespace: String) -> SubjectRules {
        var review = SubjectRules()
        var errors: [String] = []
        var bindings = list(.clusterRoleBindings).map { ($0, "") }
        if !namespace.isEmpty { bindings += list(.roleBindings, namespace: namespace).map { ($0, namespace) } }
        for (binding, bindingNamespace) in bindings where applies(binding, to: user, namespace: bindingNamespace) {
            let ref = binding.value["roleRef"]
            let name = ref["name"].string ?? ""
            let isClusterRole = ref["kind"].string == "ClusterRole"
            let role = isClusterRole ? lookup(.clusterRoles, nil, name) : lookup(.roles, bindingNamespace, name)
            guard let role else {
                errors.append("\(isClusterRole ? "clusterrole" : "role").rbac.authorization.k8s.io \"\(name)\" not found")
                continue
            }
            for rule in role.value["rules"].array {
                let verbs = rule["verbs"].array.compactMap(\.string)
                let resources = rule["resources"].array.compactMap(\.string)
                let urls = rule["nonResourceURLs"].array.compactMap(\.string)
                if !resources.isEmpty {
                    review.resourceRules.append(.init(
                        verbs: verbs, apiGroups: rule["apiGroups"].array.compactMap(\.string), resources: resources,
                        resourceNames: rule["resourceNames"].array.compactMap(\.string)))
                }
                if !urls.isEmpty { review.nonResourceRules.append(.init(verbs: verbs, urls: urls)) }
            }
        }
        // utilerrors.NewAggregate: one error as itself, several in brackets.
        if errors.count == 1 { review.evaluationError = errors[0] }
        if errors.count > 1 { review.evaluationError = "[\(errors.joined(separator: ", "))]" }
        return review
    }

    /// `appliesTo`: a subject names the user, one of its groups, or the service account it is.
    private func applies(_ binding: KubeObject, to user: UserInfo, namespace: String) -> Bool {
        binding.value["subjects"].array.contains { subject in
            let name = subject["name"].string ?? ""
            switch subject["kind"].string {
            case "User": return name == user.name
            case "Group": return user.groups.contains(name)
            case "ServiceAccount":
                let accountNamespace = subject["namespace"].string.flatMap { $0.isEmpty ? nil : $0 } ?? namespace
                return user.name == "system:serviceaccount:\(accountNamespace):\(name)"
            default: return false
            }
        }
    }
}
