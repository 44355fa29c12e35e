/// Go struct layouts (k8s 1.32) of the workload controllers: core `v1.ReplicationController` and apps/v1 `DaemonSet`, `Deployment` and `ReplicaSet`: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let workloadStructs: [String: String] = [
        "v1.ReplicationControllerList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.ReplicationController
        """,
        "v1.ReplicationController": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.ReplicationControllerSpec omitempty
        Status status v1.ReplicationControllerStatus omitempty
        """,
        "v1.ReplicationControllerSpec": """
        Replicas replicas *int32 omitempty
        MinReadySeconds minReadySeconds int32 omitempty
        Selector selector map[string]string omitempty
        Template template *v1.PodTemplateSpec omitempty
        """,
        "v1.ReplicationControllerStatus": """
        Replicas replicas int32
        FullyLabeledReplicas fullyLabeledReplicas int32 omitempty
        ReadyReplicas readyReplicas int32 omitempty
        AvailableReplicas availableReplicas int32 omitempty
        ObservedGeneration observedGeneration int64 omitempty
        Conditions conditions []v1.ReplicationControllerCondition omitempty
        """,
        "v1.ReplicationControllerCondition": """
        Type type v1.ReplicationControllerConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.DaemonSetList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.DaemonSet
        """,
        "v1.DaemonSet": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.DaemonSetSpec omitempty
        Status status v1.DaemonSetStatus omitempty
        """,
        "v1.DaemonSetSpec": """
        Selector selector *v1.LabelSelector
        Template template v1.PodTemplateSpec
        UpdateStrategy updateStrategy v1.DaemonSetUpdateStrategy omitempty
        MinReadySeconds minReadySeconds int32 omitempty
        RevisionHistoryLimit revisionHistoryLimit *int32 omitempty
        """,
        "v1.DaemonSetUpdateStrategy": """
        Type type v1.DaemonSetUpdateStrategyType omitempty
        RollingUpdate rollingUpdate *v1.RollingUpdateDaemonSet omitempty
        """,
        "v1.RollingUpdateDaemonSet": """
        MaxUnavailable maxUnavailable *intstr.IntOrString omitempty
        MaxSurge maxSurge *intstr.IntOrString omitempty
        """,
        "v1.DaemonSetStatus": """
        CurrentNumberScheduled currentNumberScheduled int32
        NumberMisscheduled numberMisscheduled int32
        DesiredNumberScheduled desiredNumberScheduled int32
        NumberReady numberReady int32
        ObservedGeneration observedGeneration int64 omitempty
        UpdatedNumberScheduled updatedNumberScheduled int32 omitempty
        NumberAvailable numberAvailable int32 omitempty
        NumberUnavailable numberUnavailable int32 omitempty
        CollisionCount collisionCount *int32 omitempty
        Conditions conditions []v1.DaemonSetCondition omitempty
        """,
        "v1.DaemonSetCondition": """
        Type type v1.DaemonSetConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.DeploymentList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Deployment
        """,
        "v1.Deployment": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.DeploymentSpec omitempty
        Status status v1.DeploymentStatus omitempty
        """,
        "v1.DeploymentSpec": """
        Replicas replicas *int32 omitempty
        Selector selector *v1.LabelSelector
        Template template v1.PodTemplateSpec
        Strategy strategy v1.DeploymentStrategy omitempty
        MinReadySeconds minReadySeconds int32 omitempty
        RevisionHistoryLimit revisionHistoryLimit *int32 omitempty
        Paused paused bool omitempty
        ProgressDeadlineSeconds progressDeadlineSeconds *int32 omitempty
        """,
        "v1.DeploymentStrategy": """
        Type type v1.DeploymentStrategyType omitempty
        RollingUpdate rollingUpdate *v1.RollingUpdateDeployment omitempty
        """,
        "v1.RollingUpdateDeployment": """
        MaxUnavailable maxUnavailable *intstr.IntOrString omitempty
        MaxSurge maxSurge *intstr.IntOrString omitempty
        """,
        "v1.DeploymentStatus": """
        ObservedGeneration observedGeneration int64 omitempty
        Replicas replicas int32 omitempty
        UpdatedReplicas updatedReplicas int32 omitempty
        ReadyReplicas readyReplicas int32 omitempty
        AvailableReplicas availableReplicas int32 omitempty
        UnavailableReplicas unavailableReplicas int32 omitempty
        Conditions conditions []v1.DeploymentCondition omitempty
        CollisionCount collisionCount *int32 omitempty
        """,
        "v1.DeploymentCondition": """
        Type type v1.DeploymentConditionType
        Status status v1.ConditionStatus
        LastUpdateTime lastUpdateTime v1.Time omitempty
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.ReplicaSetList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.ReplicaSet
        """,
        "v1.ReplicaSet": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.ReplicaSetSpec omitempty
        Status status v1.ReplicaSetStatus omitempty
        """,
        "v1.ReplicaSetSpec": """
        Replicas replicas *int32 omitempty
        MinReadySeconds minReadySeconds int32 omitempty
        Selector selector *v1.LabelSelector
        Template template v1.PodTemplateSpec omitempty
        """,
        "v1.ReplicaSetStatus": """
        Replicas replicas int32
        FullyLabeledReplicas fullyLabeledReplicas int32 omitempty
        ReadyReplicas readyReplicas int32 omitempty
        AvailableReplicas availableReplicas int32 omitempty
        ObservedGeneration observedGeneration int64 omitempty
        Conditions conditions []v1.ReplicaSetCondition omitempty
        """,
        "v1.ReplicaSetCondition": """
        Type type v1.ReplicaSetConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
    ]
}
