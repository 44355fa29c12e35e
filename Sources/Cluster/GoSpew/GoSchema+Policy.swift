/// Go struct layouts (k8s 1.32) of `policy/v1` PodDisruptionBudget, `scheduling.k8s.io/v1`
/// PriorityClass and `autoscaling/v1` HorizontalPodAutoscaler and Scale: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let policyStructs: [String: String] = [
        "v1.PodDisruptionBudgetList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.PodDisruptionBudget
        """,
        "v1.PodDisruptionBudget": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.PodDisruptionBudgetSpec omitempty
        Status status v1.PodDisruptionBudgetStatus omitempty
        """,
        "v1.PodDisruptionBudgetSpec": """
        MinAvailable minAvailable *intstr.IntOrString omitempty
        Selector selector *v1.LabelSelector omitempty
        MaxUnavailable maxUnavailable *intstr.IntOrString omitempty
        UnhealthyPodEvictionPolicy unhealthyPodEvictionPolicy *v1.UnhealthyPodEvictionPolicyType omitempty
        """,
        "v1.PodDisruptionBudgetStatus": """
        ObservedGeneration observedGeneration int64 omitempty
        DisruptedPods disruptedPods map[string]v1.Time omitempty
        DisruptionsAllowed disruptionsAllowed int32
        CurrentHealthy currentHealthy int32
        DesiredHealthy desiredHealthy int32
        ExpectedPods expectedPods int32
        Conditions conditions []v1.Condition omitempty
        """,
        "v1.PriorityClass": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Value value int32
        GlobalDefault globalDefault bool omitempty
        Description description string omitempty
        PreemptionPolicy preemptionPolicy *v1.PreemptionPolicy omitempty
        """,
        "v1.Scale": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.ScaleSpec omitempty
        Status status v1.ScaleStatus omitempty
        """,
        "v1.ScaleSpec": """
        Replicas replicas int32 omitempty
        """,
        "v1.ScaleStatus": """
        Replicas replicas int32
        Selector selector string omitempty
        """,
        "v1.HorizontalPodAutoscaler": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.HorizontalPodAutoscalerSpec omitempty
        Status status v1.HorizontalPodAutoscalerStatus omitempty
        """,
        "v1.HorizontalPodAutoscalerSpec": """
        ScaleTargetRef scaleTargetRef v1.CrossVersionObjectReference
        MinReplicas minReplicas *int32 omitempty
        MaxReplicas maxReplicas int32
        TargetCPUUtilizationPercentage targetCPUUtilizationPercentage *int32 omitempty
        """,
        "v1.CrossVersionObjectReference": """
        Kind kind string
        Name name string
        APIVersion apiVersion string omitempty
        """,
        "v1.HorizontalPodAutoscalerStatus": """
        ObservedGeneration observedGeneration *int64 omitempty
        LastScaleTime lastScaleTime *v1.Time omitempty
        CurrentReplicas currentReplicas int32
        DesiredReplicas desiredReplicas int32
        CurrentCPUUtilizationPercentage currentCPUUtilizationPercentage *int32 omitempty
        """,
    ]
}
