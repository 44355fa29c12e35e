/// Go struct layouts (k8s 1.32) of `autoscaling/v1`'s metric types, which live only in the
/// round-trip annotations of a v1 HorizontalPodAutoscaler: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let autoscalingMetricStructs: [String: String] = [
        "v1.MetricSpec": """
        Type type v1.MetricSourceType
        Object object *v1.ObjectMetricSource omitempty
        Pods pods *v1.PodsMetricSource omitempty
        Resource resource *v1.ResourceMetricSource omitempty
        ContainerResource containerResource *v1.ContainerResourceMetricSource omitempty
        External external *v1.ExternalMetricSource omitempty
        """,
        "v1.ObjectMetricSource": """
        Target target v1.CrossVersionObjectReference
        MetricName metricName string
        TargetValue targetValue resource.Quantity
        Selector selector *v1.LabelSelector omitempty
        AverageValue averageValue *resource.Quantity omitempty
        """,
        "v1.PodsMetricSource": """
        MetricName metricName string
        TargetAverageValue targetAverageValue resource.Quantity
        Selector selector *v1.LabelSelector omitempty
        """,
        "v1.ResourceMetricSource": """
        Name name v1.ResourceName
        TargetAverageUtilization targetAverageUtilization *int32 omitempty
        TargetAverageValue targetAverageValue *resource.Quantity omitempty
        """,
        "v1.ContainerResourceMetricSource": """
        Name name v1.ResourceName
        TargetAverageUtilization targetAverageUtilization *int32 omitempty
        TargetAverageValue targetAverageValue *resource.Quantity omitempty
        Container container string
        """,
        "v1.ExternalMetricSource": """
        MetricName metricName string
        MetricSelector metricSelector *v1.LabelSelector omitempty
        TargetValue targetValue *resource.Quantity omitempty
        TargetAverageValue targetAverageValue *resource.Quantity omitempty
        """,
        "v1.MetricStatus": """
        Type type v1.MetricSourceType
        Object object *v1.ObjectMetricStatus omitempty
        Pods pods *v1.PodsMetricStatus omitempty
        Resource resource *v1.ResourceMetricStatus omitempty
        ContainerResource containerResource *v1.ContainerResourceMetricStatus omitempty
        External external *v1.ExternalMetricStatus omitempty
        """,
        "v1.ObjectMetricStatus": """
        Target target v1.CrossVersionObjectReference
        MetricName metricName string
        CurrentValue currentValue resource.Quantity
        Selector selector *v1.LabelSelector omitempty
        AverageValue averageValue *resource.Quantity omitempty
        """,
        "v1.PodsMetricStatus": """
        MetricName metricName string
        CurrentAverageValue currentAverageValue resource.Quantity
        Selector selector *v1.LabelSelector omitempty
        """,
        "v1.ResourceMetricStatus": """
        Name name v1.ResourceName
        CurrentAverageUtilization currentAverageUtilization *int32 omitempty
        CurrentAverageValue currentAverageValue resource.Quantity
        """,
        "v1.ContainerResourceMetricStatus": """
        Name name v1.ResourceName
        CurrentAverageUtilization currentAverageUtilization *int32 omitempty
        CurrentAverageValue currentAverageValue resource.Quantity
        Container container string
        """,
        "v1.ExternalMetricStatus": """
        MetricName metricName string
        MetricSelector metricSelector *v1.LabelSelector omitempty
        CurrentValue currentValue resource.Quantity
        CurrentAverageValue currentAverageValue *resource.Quantity omitempty
        """,
        "v1.HorizontalPodAutoscalerCondition": """
        Type type v1.HorizontalPodAutoscalerConditionType
        Status status v1.ConditionStatus
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
    ]
}
