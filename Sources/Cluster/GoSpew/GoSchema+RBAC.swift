/// Go struct layouts (k8s 1.32) of `rbac/v1`: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let rbacStructs: [String: String] = [
        "v1.Role": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Rules rules []v1.PolicyRule
        """,
        "v1.ClusterRole": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Rules rules []v1.PolicyRule
        AggregationRule aggregationRule *v1.AggregationRule omitempty
        """,
        "v1.PolicyRule": """
        Verbs verbs []string
        APIGroups apiGroups []string omitempty
        Resources resources []string omitempty
        ResourceNames resourceNames []string omitempty
        NonResourceURLs nonResourceURLs []string omitempty
        """,
        "v1.AggregationRule": """
        ClusterRoleSelectors clusterRoleSelectors []v1.LabelSelector omitempty
        """,
        "v1.RoleBinding": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Subjects subjects []v1.Subject omitempty
        RoleRef roleRef v1.RoleRef
        """,
        "v1.ClusterRoleBinding": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Subjects subjects []v1.Subject omitempty
        RoleRef roleRef v1.RoleRef
        """,
        "v1.Subject": """
        Kind kind string
        APIGroup apiGroup string omitempty
        Name name string
        Namespace namespace string omitempty
        """,
        "v1.RoleRef": """
        APIGroup apiGroup string
        Kind kind string
        Name name string
        """,
    ]
}
