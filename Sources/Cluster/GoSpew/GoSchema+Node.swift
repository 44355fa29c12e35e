/// Go struct layouts (k8s 1.32) of `v1.Node` and its status: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let nodeStructs: [String: String] = [
        "v1.NodeList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Node
        """,
        "v1.Node": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.NodeSpec omitempty
        Status status v1.NodeStatus omitempty
        """,
        "v1.NodeSpec": """
        PodCIDR podCIDR string omitempty
        PodCIDRs podCIDRs []string omitempty
        ProviderID providerID string omitempty
        Unschedulable unschedulable bool omitempty
        Taints taints []v1.Taint omitempty
        ConfigSource configSource *v1.NodeConfigSource omitempty
        DoNotUseExternalID externalID string omitempty
        """,
        "v1.Taint": """
        Key key string
        Value value string omitempty
        Effect effect v1.TaintEffect
        TimeAdded timeAdded *v1.Time omitempty
        """,
        "v1.NodeConfigSource": """
        ConfigMap configMap *v1.ConfigMapNodeConfigSource omitempty
        """,
        "v1.ConfigMapNodeConfigSource": """
        Namespace namespace string
        Name name string
        UID uid types.UID omitempty
        ResourceVersion resourceVersion string omitempty
        KubeletConfigKey kubeletConfigKey string
        """,
        "v1.NodeStatus": """
        Capacity capacity v1.ResourceList omitempty
        Allocatable allocatable v1.ResourceList omitempty
        Phase phase v1.NodePhase omitempty
        Conditions conditions []v1.NodeCondition omitempty
        Addresses addresses []v1.NodeAddress omitempty
        DaemonEndpoints daemonEndpoints v1.NodeDaemonEndpoints omitempty
        NodeInfo nodeInfo v1.NodeSystemInfo omitempty
        Images images []v1.ContainerImage omitempty
        VolumesInUse volumesInUse []v1.UniqueVolumeName omitempty
        VolumesAttached volumesAttached []v1.AttachedVolume omitempty
        Config config *v1.NodeConfigStatus omitempty
        RuntimeHandlers runtimeHandlers []v1.NodeRuntimeHandler omitempty
        Features features *v1.NodeFeatures omitempty
        """,
        "v1.NodeCondition": """
        Type type v1.NodeConditionType
        Status status v1.ConditionStatus
        LastHeartbeatTime lastHeartbeatTime v1.Time omitempty
        LastTransitionTime lastTransitionTime v1.Time omitempty
        Reason reason string omitempty
        Message message string omitempty
        """,
        "v1.NodeAddress": """
        Type type v1.NodeAddressType
        Address address string
        """,
        "v1.NodeDaemonEndpoints": """
        KubeletEndpoint kubeletEndpoint v1.DaemonEndpoint omitempty
        """,
        "v1.DaemonEndpoint": """
        Port Port int32
        """,
        "v1.NodeSystemInfo": """
        MachineID machineID string
        SystemUUID systemUUID string
        BootID bootID string
        KernelVersion kernelVersion string
        OSImage osImage string
        ContainerRuntimeVersion containerRuntimeVersion string
        KubeletVersion kubeletVersion string
        KubeProxyVersion kubeProxyVersion string
        OperatingSystem operatingSystem string
        Architecture architecture string
        """,
        "v1.ContainerImage": """
        Names names []string
        SizeBytes sizeBytes int64 omitempty
        """,
        "v1.AttachedVolume": """
        Name name v1.UniqueVolumeName
        DevicePath devicePath string
        """,
        "v1.NodeConfigStatus": """
        Assigned assigned *v1.NodeConfigSource omitempty
        Active active *v1.NodeConfigSource omitempty
        LastKnownGood lastKnownGood *v1.NodeConfigSource omitempty
        Error error string omitempty
        """,
        "v1.NodeRuntimeHandler": """
        Name name string
        Features features *v1.NodeRuntimeHandlerFeatures omitempty
        """,
        "v1.NodeRuntimeHandlerFeatures": """
        RecursiveReadOnlyMounts recursiveReadOnlyMounts *bool omitempty
        UserNamespaces userNamespaces *bool omitempty
        """,
        "v1.NodeFeatures": """
        SupplementalGroupsPolicy supplementalGroupsPolicy *bool omitempty
        """,
    ]
}
