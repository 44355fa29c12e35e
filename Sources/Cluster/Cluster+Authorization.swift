import KubeAPI

/// What a request asks to do, as the apiserver's request-info filter reads it from the URL: the
/// attributes the authorizer decides on and the Forbidden message names.
public struct AccessRequest: Sendable, Equatable {
    public var verb: String
    public var group: String
    public var resource: String
    public var subresource: String
    /// Empty for a cluster-scoped request, or a list across every namespace.
    public var namespace: String
    /// Empty for a list or a create.
    public var name: String

    public init(verb: String, group: String = "", resource: String, subresource: String = "", namespace: String = "", name: String = "") {
        (self.verb, self.group, self.resource, self.subresource) = (verb, group, resource, subresource)
        (self.namespace, self.name) = (namespace, name)
    }

    /// A request on objects of `type`, in `namespace` when the type is namespaced.
    public init(verb: String, _ type: ResourceType, subresource: String = "", namespace: String?, name: String = "") {
        self.init(
            verb: verb, group: type.group, resource: type.plural, subresource: subresource,
            namespace: type.namespaced ? namespace ?? "" : "", name: name)
    }
}

/// The RBAC authorizer (kubeadm runs `Node,RBAC`; the Node authorizer has no opinion on anyone
/// but kubelets), behind every request and `SelfSubjectAccessReview` (`kubectl auth can-i`).
extension Cluster {
    /// Whether the kubeconfig's user may do `verb` on `resource`. The lab's own user is kubeadm's
    /// `kubernetes-admin`, in the `kubeadm:cluster-admins` group bound to `cluster-admin`, so
    /// without impersonation (`user` nil) every request is allowed.
    public func isAllowed(_ request: AccessRequest, as user: UserInfo?) -> Bool {
        guard let user else { return true }
        let review = rulesReview(for: user, namespace: request.namespace)
        let resource = request.subresource.isEmpty ? request.resource : "\(request.resource)/\(request.subresource)"
        return review.resourceRules.contains { rule in
            (rule.verbs.contains("*") || rule.verbs.contains(request.verb))
                && (rule.apiGroups.contains("*") || rule.apiGroups.contains(request.group))
                && rule.resources.contains { $0 == "*" || $0 == resource || (!request.subresource.isEmpty && $0 == "*/\(request.subresource)") }
                && (rule.resourceNames.isEmpty || (!request.name.isEmpty && rule.resourceNames.contains(request.name)))
        }
    }

    /// Whether `user` may get (or otherwise use) a non-resource URL such as `/healthz`.
    public func isAllowed(verb: String, path: String, as user: UserInfo?) -> Bool {
        guard let user else { return true }
        return rulesReview(for: user, namespace: "").nonResourceRules.contains { rule in
            (rule.verbs.contains("*") || rule.verbs.contains(verb))
                && rule.urls.contains { $0 == "*" || $0 == path || ($0.hasSuffix("*") && path.hasPrefix(String($0.dropLast()))) }
        }
    }

    /// Refuses `request` as the apiserver's authorization filter does when RBAC does not allow it.
    public func authorize(_ request: AccessRequest, as user: UserInfo?) throws(APIError) {
        if user == .rejected { throw .unauthorized }
        guard let user, !isAllowed(request, as: user) else { return }
        let resource = request.subresource.isEmpty ? request.resource : "\(request.resource)/\(request.subresource)"
        var why = "User \(GoSyntax.quoted(user.name)) cannot \(request.verb) resource \(GoSyntax.quoted(resource)) in API group \(GoSyntax.quoted(request.group))"
        why += request.namespace.isEmpty ? " at the cluster scope" : " in the namespace \(GoSyntax.quoted(request.namespace))"
        // A role a binding names but that is missing is the RBAC authorizer's reason.
        let failure = rulesReview(for: user, namespace: request.namespace).evaluationError
        if !failure.isEmpty { why += ": RBAC: \(failure)" }
        let qualified = request.group.isEmpty ? request.resource : "\(request.resource).\(request.group)"
        let message = request.name.isEmpty
            ? "\(qualified) is forbidden: \(why)" : "\(qualified) \(GoSyntax.quoted(request.name)) is forbidden: \(why)"
        throw APIError(reason: "Forbidden", message: message, code: 403)
    }
}

extension UserInfo {
    /// The user the apiserver's impersonation filter makes of `Impersonate-User` and
    /// `Impersonate-Group`: a service account without groups gets its fixed ones, and everyone
    /// but `system:anonymous` is in `system:authenticated` unless told to be unauthenticated.
    public static func impersonated(_ name: String, groups requested: [String]) -> UserInfo {
        var groups = requested
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        if requested.isEmpty, parts.count == 4, parts[0] == "system", parts[1] == "serviceaccount" {
            groups = ["system:serviceaccounts", "system:serviceaccounts:\(parts[2])"]
        }
        if name == "system:anonymous" {
            if !groups.contains("system:unauthenticated") { groups.append("system:unauthenticated") }
        } else if !groups.contains("system:authenticated"), !groups.contains("system:unauthenticated") {
            groups.append("system:authenticated")
        }
        return UserInfo(name: name, groups: groups)
    }
}
