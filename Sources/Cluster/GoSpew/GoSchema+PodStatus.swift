/// Go struct layouts (k8s 1.32) of `v1.Pod` and its status: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let podStructs: [String: String] = [
        "v1.PodList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Pod
        """,
        "v1.Pod": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.PodSpec omitempty
        Status status v1.PodStatus omitempty
        """,
        "v1.PodStatus": """
        Phase phase v1.PodPhase omitempty
        Conditions conditions []v1.PodCondition omitempty
        Message message string omitempty
        Reason reason string omitempty
        NominatedNodeName nominatedNodeName string omitempty
        HostIP hostIP string omitempty
        HostIPs hostIPs []v1.HostIP omitempty
        PodIP podIP string omitempty
        PodIPs podIPs []v1.PodIP omitempty
        StartTime startTime *v1.Time omitempty
        InitContainerStatuses initContainerStatuses []v1.ContainerStatus omitempty
        ContainerStatuses containerStatuses []v1.ContainerStatus omitempty
        QOSClass qosClass v1.PodQOSClass omitempty
        EphemeralContainerStatuses ephemeralContainerStatuses []v1.ContainerStatus omitempty
        Resize resize v1.PodResizeStatus omitempty
        ResourceClaimStatuses resourceClaimStatuses []v1.PodResourceClaimStatus omitempty
        """,
        "v1.PodCondition": """
        Type type v1.PodConditionType
        Status status v1.ConditionStatus
        LastProbeTime lastProbeTime v1.Time omitempty
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.HostIP": """
        IP ip string
        """,
        "v1.PodIP": """
        IP ip string
        """,
        "v1.ContainerStatus": """
        Name name string
        State state v1.ContainerState omitempty
        LastTerminationState lastState v1.ContainerState omitempty
        Ready ready bool
        RestartCount restartCount int32
        Image image string
        ImageID imageID string
        ContainerID containerID string omitempty
        Started started *bool omitempty
        AllocatedResources allocatedResources v1.ResourceList omitempty
        Resources resources *v1.ResourceRequirements omitempty
        VolumeMounts volumeMounts []v1.VolumeMountStatus omitempty
        User user *v1.ContainerUser omitempty
        AllocatedResourcesStatus allocatedResourcesStatus []v1.ResourceStatus omitempty
        """,
        "v1.ContainerState": """
        Waiting waiting *v1.ContainerStateWaiting omitempty
        Running running *v1.ContainerStateRunning omitempty
        Terminated terminated *v1.ContainerStateTerminated omitempty
        """,
        "v1.ContainerStateWaiting": """
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.ContainerStateRunning": """
        StartedAt startedAt v1.Time omitempty
        """,
        "v1.ContainerStateTerminated": """
        ExitCode exitCode int32
        Signal signal int32 omitempty
        Reason reason string omitempty
        Message message string omitempty
        StartedAt startedAt v1.Time omitempty
        FinishedAt finishedAt v1.Time omitempty
        ContainerID containerID string omitempty
        """,
        "v1.VolumeMountStatus": """
        Name name string
        MountPath mountPath string
        ReadOnly readOnly bool omitempty
        RecursiveReadOnly recursiveReadOnly *v1.RecursiveReadOnlyMode omitempty
        """,
        "v1.ContainerUser": """
        Linux linux *v1.LinuxContainerUser omitempty
        """,
        "v1.LinuxContainerUser": """
        UID uid int64
        GID gid int64
        SupplementalGroups supplementalGroups []int64 omitempty
        """,
        "v1.ResourceStatus": """
        Name name v1.ResourceName
        Resources resources []v1.ResourceHealth omitempty
        """,
        "v1.ResourceHealth": """
        ResourceID resourceID v1.ResourceID
        Health health v1.ResourceHealthStatus omitempty
        """,
        "v1.PodResourceClaimStatus": """
        Name name string
        ResourceClaimName resourceClaimName *string omitempty
        """,
    ]
}
