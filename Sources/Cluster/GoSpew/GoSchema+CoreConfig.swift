/// Go struct layouts (k8s 1.32) of the core objects `kubectl create` writes besides pods and
/// services: Namespace, ConfigMap, Secret, ServiceAccount and ResourceQuota. Each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let coreConfigStructs: [String: String] = [
        "v1.ResourceQuota": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.ResourceQuotaSpec omitempty
        Status status v1.ResourceQuotaStatus omitempty
        """,
        "v1.ResourceQuotaSpec": """
        Hard hard v1.ResourceList omitempty
        Scopes scopes []v1.ResourceQuotaScope omitempty
        ScopeSelector scopeSelector *v1.ScopeSelector omitempty
        """,
        "v1.ScopeSelector": """
        MatchExpressions matchExpressions []v1.ScopedResourceSelectorRequirement omitempty
        """,
        "v1.ScopedResourceSelectorRequirement": """
        ScopeName scopeName v1.ResourceQuotaScope
        Operator operator v1.ScopeSelectorOperator
        Values values []string omitempty
        """,
        "v1.ResourceQuotaStatus": """
        Hard hard v1.ResourceList omitempty
        Used used v1.ResourceList omitempty
        """,
        "v1.Namespace": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.NamespaceSpec omitempty
        Status status v1.NamespaceStatus omitempty
        """,
        "v1.NamespaceSpec": """
        Finalizers finalizers []v1.FinalizerName omitempty
        """,
        "v1.NamespaceStatus": """
        Phase phase v1.NamespacePhase omitempty
        Conditions conditions []v1.NamespaceCondition omitempty
        """,
        "v1.NamespaceCondition": """
        Type type v1.NamespaceConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.ConfigMap": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Immutable immutable *bool omitempty
        Data data map[string]string omitempty
        BinaryData binaryData map[string][]byte omitempty
        """,
        "v1.Secret": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Immutable immutable *bool omitempty
        Data data map[string][]byte omitempty
        StringData stringData map[string]string omitempty
        Type type v1.SecretType omitempty
        """,
        "v1.ServiceAccount": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Secrets secrets []v1.ObjectReference omitempty
        ImagePullSecrets imagePullSecrets []v1.LocalObjectReference omitempty
        AutomountServiceAccountToken automountServiceAccountToken *bool omitempty
        """,
    ]
}
