/// Go struct layouts (k8s 1.32) of metav1 types a pod template holds: each field as
/// `GoName jsonName GoType` in declaration order (`,inline` for an embedded struct whose
/// fields sit in the parent's JSON object).
extension GoSchema {
    static let metaStructs: [String: String] = [
        "v1.ObjectMeta": """
        Name name string
        GenerateName generateName string
        Namespace namespace string
        SelfLink selfLink string
        UID uid types.UID
        ResourceVersion resourceVersion string
        Generation generation int64
        CreationTimestamp creationTimestamp v1.Time
        DeletionTimestamp deletionTimestamp *v1.Time
        DeletionGracePeriodSeconds deletionGracePeriodSeconds *int64
        Labels labels map[string]string
        Annotations annotations map[string]string
        OwnerReferences ownerReferences []v1.OwnerReference
        Finalizers finalizers []string
        ManagedFields managedFields []v1.ManagedFieldsEntry
        """,
        "v1.OwnerReference": """
        APIVersion apiVersion string
        Kind kind string
        Name name string
        UID uid types.UID
        Controller controller *bool
        BlockOwnerDeletion blockOwnerDeletion *bool
        """,
        "v1.ManagedFieldsEntry": """
        Manager manager string
        Operation operation v1.ManagedFieldsOperationType
        APIVersion apiVersion string
        Time time *v1.Time
        FieldsType fieldsType string
        FieldsV1 fieldsV1 *v1.FieldsV1
        Subresource subresource string
        """,
        "v1.FieldsV1": """
        Raw - []byte
        """,
        "v1.LabelSelector": """
        MatchLabels matchLabels map[string]string
        MatchExpressions matchExpressions []v1.LabelSelectorRequirement
        """,
        "v1.LabelSelectorRequirement": """
        Key key string
        Operator operator v1.LabelSelectorOperator
        Values values []string
        """,
    ]
}
