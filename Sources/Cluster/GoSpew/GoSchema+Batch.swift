/// Go struct layouts (k8s 1.32) of `batch/v1` Job and CronJob: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let batchStructs: [String: String] = [
        "v1.JobList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Job
        """,
        "v1.Job": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.JobSpec omitempty
        Status status v1.JobStatus omitempty
        """,
        "v1.JobSpec": """
        Parallelism parallelism *int32 omitempty
        Completions completions *int32 omitempty
        ActiveDeadlineSeconds activeDeadlineSeconds *int64 omitempty
        PodFailurePolicy podFailurePolicy *v1.PodFailurePolicy omitempty
        SuccessPolicy successPolicy *v1.SuccessPolicy omitempty
        BackoffLimit backoffLimit *int32 omitempty
        BackoffLimitPerIndex backoffLimitPerIndex *int32 omitempty
        MaxFailedIndexes maxFailedIndexes *int32 omitempty
        Selector selector *v1.LabelSelector omitempty
        ManualSelector manualSelector *bool omitempty
        Template template v1.PodTemplateSpec
        TTLSecondsAfterFinished ttlSecondsAfterFinished *int32 omitempty
        CompletionMode completionMode *v1.CompletionMode omitempty
        Suspend suspend *bool omitempty
        PodReplacementPolicy podReplacementPolicy *v1.PodReplacementPolicy omitempty
        ManagedBy managedBy *string omitempty
        """,
        "v1.PodFailurePolicy": """
        Rules rules []v1.PodFailurePolicyRule
        """,
        "v1.PodFailurePolicyRule": """
        Action action v1.PodFailurePolicyAction
        OnExitCodes onExitCodes *v1.PodFailurePolicyOnExitCodesRequirement omitempty
        OnPodConditions onPodConditions []v1.PodFailurePolicyOnPodConditionsPattern omitempty
        """,
        "v1.PodFailurePolicyOnExitCodesRequirement": """
        ContainerName containerName *string omitempty
        Operator operator v1.PodFailurePolicyOnExitCodesOperator
        Values values []int32
        """,
        "v1.PodFailurePolicyOnPodConditionsPattern": """
        Type type v1.PodConditionType
        Status status v1.ConditionStatus
        """,
        "v1.SuccessPolicy": """
        Rules rules []v1.SuccessPolicyRule
        """,
        "v1.SuccessPolicyRule": """
        SucceededIndexes succeededIndexes *string omitempty
        SucceededCount succeededCount *int32 omitempty
        """,
        "v1.JobStatus": """
        Conditions conditions []v1.JobCondition omitempty
        StartTime startTime *v1.Time omitempty
        CompletionTime completionTime *v1.Time omitempty
        Active active int32 omitempty
        Succeeded succeeded int32 omitempty
        Failed failed int32 omitempty
        Terminating terminating *int32 omitempty
        CompletedIndexes completedIndexes string omitempty
        FailedIndexes failedIndexes *string omitempty
        UncountedTerminatedPods uncountedTerminatedPods *v1.UncountedTerminatedPods omitempty
        Ready ready *int32 omitempty
        """,
        "v1.UncountedTerminatedPods": """
        Succeeded succeeded []types.UID omitempty
        Failed failed []types.UID omitempty
        """,
        "v1.JobCondition": """
        Type type v1.JobConditionType
        Status status v1.ConditionStatus
        LastProbeTime lastProbeTime v1.Time omitempty
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.CronJobList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.CronJob
        """,
        "v1.CronJob": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.CronJobSpec omitempty
        Status status v1.CronJobStatus omitempty
        """,
        "v1.CronJobSpec": """
        Schedule schedule string
        TimeZone timeZone *string omitempty
        StartingDeadlineSeconds startingDeadlineSeconds *int64 omitempty
        ConcurrencyPolicy concurrencyPolicy v1.ConcurrencyPolicy omitempty
        Suspend suspend *bool omitempty
        JobTemplate jobTemplate v1.JobTemplateSpec
        SuccessfulJobsHistoryLimit successfulJobsHistoryLimit *int32 omitempty
        FailedJobsHistoryLimit failedJobsHistoryLimit *int32 omitempty
        """,
        "v1.JobTemplateSpec": """
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.JobSpec omitempty
        """,
        "v1.CronJobStatus": """
        Active active []v1.ObjectReference omitempty
        LastScheduleTime lastScheduleTime *v1.Time omitempty
        LastSuccessfulTime lastSuccessfulTime *v1.Time omitempty
        """,
    ]
}
