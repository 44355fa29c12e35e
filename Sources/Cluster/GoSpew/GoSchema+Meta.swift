/// Go struct layouts (k8s 1.32) of the metav1 types objects and lists hold: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order
/// (`,inline` for an embedded struct whose fields sit in the parent's JSON object).
extension GoSchema {
    static let metaStructs: [String: String] = [
        "v1.ObjectMeta": """
        Name name string omitempty
        GenerateName generateName string omitempty
        Namespace namespace string omitempty
        SelfLink selfLink string omitempty
        UID uid types.UID omitempty
        ResourceVersion resourceVersion string omitempty
        Generation generation int64 omitempty
        CreationTimestamp creationTimestamp v1.Time omitempty
        DeletionTimestamp deletionTimestamp *v1.Time omitempty
        DeletionGracePeriodSeconds deletionGracePeriodSeconds *int64 omitempty
        Labels labels map[string]string omitempty
        Annotations annotations map[string]string omitempty
        OwnerReferences ownerReferences []v1.OwnerReference omitempty
        Finalizers finalizers []string omitempty
        ManagedFields managedFields []v1.ManagedFieldsEntry omitempty
        """,
        "v1.OwnerReference": """
        APIVersion apiVersion string
        Kind kind string
        Name name string
        UID uid types.UID
        Controller controller *bool omitempty
        BlockOwnerDeletion blockOwnerDeletion *bool omitempty
        """,
        "v1.ManagedFieldsEntry": """
        Manager manager string omitempty
        Operation operation v1.ManagedFieldsOperationType omitempty
        APIVersion apiVersion string omitempty
        Time time *v1.Time omitempty
        FieldsType fieldsType string omitempty
        FieldsV1 fieldsV1 *v1.FieldsV1 omitempty
        Subresource subresource string omitempty
        """,
        "v1.TypeMeta": """
        Kind kind string omitempty
        APIVersion apiVersion string omitempty
        """,
        "v1.ListMeta": """
        SelfLink selfLink string omitempty
        ResourceVersion resourceVersion string omitempty
        Continue continue string omitempty
        RemainingItemCount remainingItemCount *int64 omitempty
        """,
        "v1.FieldsV1": """
        Raw - []byte
        """,
        "v1.LabelSelector": """
        MatchLabels matchLabels map[string]string omitempty
        MatchExpressions matchExpressions []v1.LabelSelectorRequirement omitempty
        """,
        "v1.Condition": """
        Type type string
        Status status v1.ConditionStatus
        ObservedGeneration observedGeneration int64 omitempty
        LastTransitionTime lastTransitionTime v1.Time
        Reason reason string
        Message message string
        """,
        "v1.LabelSelectorRequirement": """
        Key key string
        Operator operator v1.LabelSelectorOperator
        Values values []string omitempty
        """,
    ]
}
