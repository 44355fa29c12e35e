import KubeAPI

/// Name rules of the simple kinds (`ValidateObjectMeta` with each kind's name function), and the
/// Secret type the apiserver defaults.
enum ObjectNameRules {
    /// Refuses a name the kind's rule does not allow; kinds checked elsewhere pass.
    static func validate(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        let problems: [String]
        switch type {
        case .configMaps, .secrets, .serviceAccounts, .resourceQuotas, .limitRanges, .networkPolicies, .ingresses: problems = NameValidation.subdomain(object.name)
        case .services: problems = dns1035Label(object.name)
        case .roles, .roleBindings, .clusterRoles, .clusterRoleBindings: problems = pathSegment(object.name)
        default: return
        }
        guard !problems.isEmpty else { return }
        let causes = problems.map { FieldError.invalid("metadata.name", GoSyntax.quoted(object.name), $0) }
        throw .invalid(kind: type.kind, group: type.group, name: object.name, causes: causes)
    }

    /// `IsDNS1035Label`: a label that starts with a letter.
    static func dns1035Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > NameValidation.labelMaxLength { problems.append(NameValidation.maxLength(NameValidation.labelMaxLength)) }
        if !NameValidation.isLabel(name) || !(name.first.map { ("a"..."z").contains($0) } ?? false) {
            problems.append(dns1035Message)
        }
        return problems
    }

    /// `ValidatePathSegmentName`, the rule for RBAC names.
    static func pathSegment(_ name: String) -> [String] {
        if name == "." || name == ".." { return ["may not be '\(name)'"] }
        for bad in ["/", "%"] where name.contains(bad) { return ["may not contain '\(bad)'"] }
        return []
    }

    /// What the apiserver fills into a new Secret.
    static func defaultSecret(_ secret: KubeObject) -> KubeObject {
        var secret = secret
        if (secret.value["type"].string ?? "").isEmpty { secret.value["type"] = "Opaque" }
        return secret
    }

    static let dns1035Message =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
}
