import KubeAPI

/// A request as API Priority and Fairness sees it when it picks a flow schema.
public struct FlowRequest: Sendable {
    public var verb: String
    /// A resource request's group, resource (`pods`, `pods/log`) and namespace; nil for a path.
    public var resource: (group: String, name: String, namespace: String)?
    /// A non-resource request's path.
    public var path: String

    public static func resource(verb: String, group: String, resource: String, namespace: String) -> FlowRequest {
        FlowRequest(verb: verb, resource: (group, resource, namespace), path: "")
    }

    public static func path(_ path: String, verb: String = "get") -> FlowRequest {
        FlowRequest(verb: verb, resource: nil, path: path)
    }
}

extension Cluster {
    /// The FlowSchema that classifies `request` and the priority level it names, as the apiserver
    /// reports them in `X-Kubernetes-Pf-*` headers: the first schema, by matching precedence and
    /// then name, with a rule whose subjects include the user and whose rules cover the request.
    public func flowClassification(of request: FlowRequest, as user: UserInfo?) -> (flowSchema: KubeObject, priorityLevel: KubeObject)? {
        let caller = user ?? .kubeadmAdmin
        let schemas = list(.flowSchemas).sorted { a, b in
            let (pa, pb) = (a[path: "spec.matchingPrecedence"].int ?? 1000, b[path: "spec.matchingPrecedence"].int ?? 1000)
            return pa != pb ? pa < pb : a.name < b.name
        }
        for schema in schemas where schema[path: "spec.rules"].array.contains(where: { Self.rule($0, covers: request, of: caller) }) {
            let level = schema[path: "spec.priorityLevelConfiguration.name"].string ?? ""
            guard let priorityLevel = try? get(.priorityLevelConfigurations, namespace: nil, name: level) else { return nil }
            return (schema, priorityLevel)
        }
        return nil
    }

    private static func rule(_ rule: JSONValue, covers request: FlowRequest, of user: UserInfo) -> Bool {
        guard rule["subjects"].array.contains(where: { subject($0, includes: user) }) else { return false }
        func listed(_ value: String, _ list: JSONValue) -> Bool { list.array.contains { $0.string == "*" || $0.string == value } }
        if let resource = request.resource {
            return rule["resourceRules"].array.contains { policy in
                let inScope = resource.namespace.isEmpty
                    ? policy["clusterScope"].bool == true : listed(resource.namespace, policy["namespaces"])
                return listed(request.verb, policy["verbs"]) && listed(resource.group, policy["apiGroups"])
                    && listed(resource.name, policy["resources"]) && inScope
            }
        }
        return rule["nonResourceRules"].array.contains { policy in
            listed(request.verb, policy["verbs"]) && policy["nonResourceURLs"].array.contains { url in
                guard let url = url.string else { return false }
                return url == "*" || url == request.path || (url.hasSuffix("*") && request.path.hasPrefix(url.dropLast()))
            }
        }
    }

    private static func subject(_ subject: JSONValue, includes user: UserInfo) -> Bool {
        switch subject["kind"].string {
        case "User":
            let name = subject[path: "user.name"].string
            return name == "*" || name == user.name
        case "Group":
            let name = subject[path: "group.name"].string ?? ""
            return name == "*" || user.groups.contains(name)
        case "ServiceAccount":
            let namespace = subject[path: "serviceAccount.namespace"].string ?? ""
            let name = subject[path: "serviceAccount.name"].string ?? ""
            let prefix = "system:serviceaccount:\(namespace):"
            return user.name.hasPrefix(prefix) && (name == "*" || user.name == prefix + name)
        default:
            return false
        }
    }
}
