/// The layout of kubelet 1.32's `KubeletConfiguration` (kubelet.config.k8s.io/v1beta1), as its
/// `/configz` endpoint marshals it. A `metav1.Duration` is written here as the string it marshals
/// to; being a struct, it is never left out. Fields that are always empty in this lab
/// (`tracing`, `reservedMemory`, `shutdownGracePeriodByPodPriority`, `userNamespaces`) are not listed.
extension GoSchema {
    static let kubeletConfigStructs: [String: String] = [
        "v1beta1.KubeletConfiguration": """
        EnableServer enableServer *bool omitempty
        StaticPodPath staticPodPath string omitempty
        PodLogsDir podLogsDir string omitempty
        SyncFrequency syncFrequency string
        FileCheckFrequency fileCheckFrequency string
        HTTPCheckFrequency httpCheckFrequency string
        StaticPodURL staticPodURL string omitempty
        StaticPodURLHeader staticPodURLHeader map[string][]string omitempty
        Address address string omitempty
        Port port int32 omitempty
        ReadOnlyPort readOnlyPort int32 omitempty
        TLSCertFile tlsCertFile string omitempty
        TLSPrivateKeyFile tlsPrivateKeyFile string omitempty
        TLSCipherSuites tlsCipherSuites []string omitempty
        TLSMinVersion tlsMinVersion string omitempty
        RotateCertificates rotateCertificates bool omitempty
        ServerTLSBootstrap serverTLSBootstrap bool omitempty
        Authentication authentication v1beta1.KubeletAuthentication
        Authorization authorization v1beta1.KubeletAuthorization
        RegistryPullQPS registryPullQPS *int32 omitempty
        RegistryBurst registryBurst int32 omitempty
        EventRecordQPS eventRecordQPS *int32 omitempty
        EventBurst eventBurst int32 omitempty
        EnableDebuggingHandlers enableDebuggingHandlers *bool omitempty
        EnableContentionProfiling enableContentionProfiling bool omitempty
        HealthzPort healthzPort *int32 omitempty
        HealthzBindAddress healthzBindAddress string omitempty
        OOMScoreAdj oomScoreAdj *int32 omitempty
        ClusterDomain clusterDomain string omitempty
        ClusterDNS clusterDNS []string omitempty
        StreamingConnectionIdleTimeout streamingConnectionIdleTimeout string
        NodeStatusUpdateFrequency nodeStatusUpdateFrequency string
        NodeStatusReportFrequency nodeStatusReportFrequency string
        NodeLeaseDurationSeconds nodeLeaseDurationSeconds int32 omitempty
        ImageMinimumGCAge imageMinimumGCAge string
        ImageMaximumGCAge imageMaximumGCAge string
        ImageGCHighThresholdPercent imageGCHighThresholdPercent *int32 omitempty
        ImageGCLowThresholdPercent imageGCLowThresholdPercent *int32 omitempty
        VolumeStatsAggPeriod volumeStatsAggPeriod string
        KubeletCgroups kubeletCgroups string omitempty
        SystemCgroups systemCgroups string omitempty
        CgroupRoot cgroupRoot string omitempty
        CgroupsPerQOS cgroupsPerQOS *bool omitempty
        CgroupDriver cgroupDriver string omitempty
        CPUManagerPolicy cpuManagerPolicy string omitempty
        SingleProcessOOMKill singleProcessOOMKill *bool omitempty
        CPUManagerPolicyOptions cpuManagerPolicyOptions map[string]string omitempty
        CPUManagerReconcilePeriod cpuManagerReconcilePeriod string
        MemoryManagerPolicy memoryManagerPolicy string omitempty
        TopologyManagerPolicy topologyManagerPolicy string omitempty
        TopologyManagerScope topologyManagerScope string omitempty
        TopologyManagerPolicyOptions topologyManagerPolicyOptions map[string]string omitempty
        QOSReserved qosReserved map[string]string omitempty
        RuntimeRequestTimeout runtimeRequestTimeout string
        HairpinMode hairpinMode string omitempty
        MaxPods maxPods int32 omitempty
        PodCIDR podCIDR string omitempty
        PodPidsLimit podPidsLimit *int64 omitempty
        ResolverConfig resolvConf *string omitempty
        RunOnce runOnce bool omitempty
        CPUCFSQuota cpuCFSQuota *bool omitempty
        CPUCFSQuotaPeriod cpuCFSQuotaPeriod *string omitempty
        NodeStatusMaxImages nodeStatusMaxImages *int32 omitempty
        MaxOpenFiles maxOpenFiles int64 omitempty
        ContentType contentType string omitempty
        KubeAPIQPS kubeAPIQPS *int32 omitempty
        KubeAPIBurst kubeAPIBurst int32 omitempty
        SerializeImagePulls serializeImagePulls *bool omitempty
        MaxParallelImagePulls maxParallelImagePulls *int32 omitempty
        EvictionHard evictionHard map[string]string omitempty
        EvictionSoft evictionSoft map[string]string omitempty
        EvictionSoftGracePeriod evictionSoftGracePeriod map[string]string omitempty
        EvictionPressureTransitionPeriod evictionPressureTransitionPeriod string
        EvictionMaxPodGracePeriod evictionMaxPodGracePeriod int32 omitempty
        EvictionMinimumReclaim evictionMinimumReclaim map[string]string omitempty
        PodsPerCore podsPerCore int32 omitempty
        EnableControllerAttachDetach enableControllerAttachDetach *bool omitempty
        ProtectKernelDefaults protectKernelDefaults bool omitempty
        MakeIPTablesUtilChains makeIPTablesUtilChains *bool omitempty
        IPTablesMasqueradeBit iptablesMasqueradeBit *int32 omitempty
        IPTablesDropBit iptablesDropBit *int32 omitempty
        FeatureGates featureGates map[string]bool omitempty
        FailSwapOn failSwapOn *bool omitempty
        MemorySwap memorySwap v1beta1.MemorySwapConfiguration omitempty
        ContainerLogMaxSize containerLogMaxSize string omitempty
        ContainerLogMaxFiles containerLogMaxFiles *int32 omitempty
        ContainerLogMaxWorkers containerLogMaxWorkers *int32 omitempty
        ContainerLogMonitorInterval containerLogMonitorInterval *string omitempty
        ConfigMapAndSecretChangeDetectionStrategy configMapAndSecretChangeDetectionStrategy string omitempty
        SystemReserved systemReserved map[string]string omitempty
        KubeReserved kubeReserved map[string]string omitempty
        ReservedSystemCPUs reservedSystemCPUs string omitempty
        ShowHiddenMetricsForVersion showHiddenMetricsForVersion string omitempty
        SystemReservedCgroup systemReservedCgroup string omitempty
        KubeReservedCgroup kubeReservedCgroup string omitempty
        EnforceNodeAllocatable enforceNodeAllocatable []string omitempty
        AllowedUnsafeSysctls allowedUnsafeSysctls []string omitempty
        VolumePluginDir volumePluginDir string omitempty
        ProviderID providerID string omitempty
        KernelMemcgNotification kernelMemcgNotification bool omitempty
        Logging logging logs.LoggingConfiguration omitempty
        EnableSystemLogHandler enableSystemLogHandler *bool omitempty
        EnableSystemLogQuery enableSystemLogQuery *bool omitempty
        ShutdownGracePeriod shutdownGracePeriod string
        ShutdownGracePeriodCriticalPods shutdownGracePeriodCriticalPods string
        CrashLoopBackOff crashLoopBackOff v1beta1.CrashLoopBackOffConfig omitempty
        EnableProfilingHandler enableProfilingHandler *bool omitempty
        EnableDebugFlagsHandler enableDebugFlagsHandler *bool omitempty
        SeccompDefault seccompDefault *bool omitempty
        MemoryThrottlingFactor memoryThrottlingFactor *float64 omitempty
        RegisterWithTaints registerWithTaints []v1.Taint omitempty
        RegisterNode registerNode *bool omitempty
        LocalStorageCapacityIsolation localStorageCapacityIsolation *bool omitempty
        ContainerRuntimeEndpoint containerRuntimeEndpoint string
        ImageServiceEndpoint imageServiceEndpoint string omitempty
        FailCgroupV1 failCgroupV1 *bool omitempty
        """,
        "v1beta1.KubeletAuthentication": """
        X509 x509 v1beta1.KubeletX509Authentication
        Webhook webhook v1beta1.KubeletWebhookAuthentication
        Anonymous anonymous v1beta1.KubeletAnonymousAuthentication
        """,
        "v1beta1.KubeletX509Authentication": """
        ClientCAFile clientCAFile string omitempty
        """,
        "v1beta1.KubeletWebhookAuthentication": """
        Enabled enabled *bool omitempty
        CacheTTL cacheTTL string
        """,
        "v1beta1.KubeletAnonymousAuthentication": """
        Enabled enabled *bool omitempty
        """,
        "v1beta1.KubeletAuthorization": """
        Mode mode string omitempty
        Webhook webhook v1beta1.KubeletWebhookAuthorization
        """,
        "v1beta1.KubeletWebhookAuthorization": """
        CacheAuthorizedTTL cacheAuthorizedTTL string
        CacheUnauthorizedTTL cacheUnauthorizedTTL string
        """,
        "v1beta1.MemorySwapConfiguration": """
        SwapBehavior swapBehavior string omitempty
        """,
        "v1beta1.CrashLoopBackOffConfig": """
        MaxContainerRestartPeriod maxContainerRestartPeriod *string omitempty
        """,
        // component-base's logs API; `flushFrequency` marshals as a duration string once defaulted.
        "logs.LoggingConfiguration": """
        Format format string omitempty
        FlushFrequency flushFrequency string
        Verbosity verbosity uint32
        VModule vmodule []string omitempty
        Options options logs.FormatOptions omitempty
        """,
        "logs.FormatOptions": """
        Text text logs.OutputOptions omitempty
        JSON json logs.OutputOptions omitempty
        """,
        "logs.OutputOptions": """
        SplitStream splitStream bool omitempty
        InfoBufferSize infoBufferSize resource.Quantity
        """,
    ]
}
