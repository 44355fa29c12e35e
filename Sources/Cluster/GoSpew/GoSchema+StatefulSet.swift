/// Go struct layouts (k8s 1.32) of apps/v1 `StatefulSet` and the core `PersistentVolumeClaim` its
/// claim templates are: each field as `GoName jsonName GoType`, `omitempty` when its JSON tag says
/// so, in declaration order.
extension GoSchema {
    static let statefulSetStructs: [String: String] = [
        "v1.StatefulSetList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.StatefulSet
        """,
        "v1.StatefulSet": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.StatefulSetSpec omitempty
        Status status v1.StatefulSetStatus omitempty
        """,
        "v1.StatefulSetSpec": """
        Replicas replicas *int32 omitempty
        Selector selector *v1.LabelSelector
        Template template v1.PodTemplateSpec
        VolumeClaimTemplates volumeClaimTemplates []v1.PersistentVolumeClaim omitempty
        ServiceName serviceName string
        PodManagementPolicy podManagementPolicy v1.PodManagementPolicyType omitempty
        UpdateStrategy updateStrategy v1.StatefulSetUpdateStrategy omitempty
        RevisionHistoryLimit revisionHistoryLimit *int32 omitempty
        MinReadySeconds minReadySeconds int32 omitempty
        PersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy *v1.StatefulSetPersistentVolumeClaimRetentionPolicy omitempty
        Ordinals ordinals *v1.StatefulSetOrdinals omitempty
        """,
        "v1.StatefulSetUpdateStrategy": """
        Type type v1.StatefulSetUpdateStrategyType omitempty
        RollingUpdate rollingUpdate *v1.RollingUpdateStatefulSetStrategy omitempty
        """,
        "v1.RollingUpdateStatefulSetStrategy": """
        Partition partition *int32 omitempty
        MaxUnavailable maxUnavailable *intstr.IntOrString omitempty
        """,
        "v1.StatefulSetPersistentVolumeClaimRetentionPolicy": """
        WhenDeleted whenDeleted v1.PersistentVolumeClaimRetentionPolicyType omitempty
        WhenScaled whenScaled v1.PersistentVolumeClaimRetentionPolicyType omitempty
        """,
        "v1.StatefulSetOrdinals": """
        Start start int32
        """,
        "v1.StatefulSetStatus": """
        ObservedGeneration observedGeneration int64 omitempty
        Replicas replicas int32
        ReadyReplicas readyReplicas int32 omitempty
        CurrentReplicas currentReplicas int32 omitempty
        UpdatedReplicas updatedReplicas int32 omitempty
        CurrentRevision currentRevision string omitempty
        UpdateRevision updateRevision string omitempty
        CollisionCount collisionCount *int32 omitempty
        Conditions conditions []v1.StatefulSetCondition omitempty
        AvailableReplicas availableReplicas int32
        """,
        "v1.StatefulSetCondition": """
        Type type v1.StatefulSetConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.PersistentVolumeClaim": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.PersistentVolumeClaimSpec omitempty
        Status status v1.PersistentVolumeClaimStatus omitempty
        """,
        "v1.PersistentVolumeClaimStatus": """
        Phase phase v1.PersistentVolumeClaimPhase omitempty
        AccessModes accessModes []v1.PersistentVolumeAccessMode omitempty
        Capacity capacity v1.ResourceList omitempty
        Conditions conditions []v1.PersistentVolumeClaimCondition omitempty
        AllocatedResources allocatedResources v1.ResourceList omitempty
        AllocatedResourceStatuses allocatedResourceStatuses map[v1.ResourceName]v1.ClaimResourceStatus omitempty
        CurrentVolumeAttributesClassName currentVolumeAttributesClassName *string omitempty
        ModifyVolumeStatus modifyVolumeStatus *v1.ModifyVolumeStatus omitempty
        """,
        "v1.PersistentVolumeClaimCondition": """
        Type type v1.PersistentVolumeClaimConditionType
        Status status v1.ConditionStatus
        LastProbeTime lastProbeTime v1.Time omitempty
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.ModifyVolumeStatus": """
        TargetVolumeAttributesClassName targetVolumeAttributesClassName string omitempty
        Status status v1.PersistentVolumeClaimModifyVolumeStatus
        """,
    ]
}
