/// Go struct layouts (k8s 1.32) of the pod template and pod spec, scheduling and pod-level settings: each field as
/// `GoName jsonName GoType` in declaration order (`,inline` for an embedded struct whose
/// fields sit in the parent's JSON object).
extension GoSchema {
    static let podSpecStructs: [String: String] = [
        "v1.PodTemplateSpec": """
        ObjectMeta metadata v1.ObjectMeta
        Spec spec v1.PodSpec
        """,
        "v1.PodSpec": """
        Volumes volumes []v1.Volume
        InitContainers initContainers []v1.Container
        Containers containers []v1.Container
        EphemeralContainers ephemeralContainers []v1.EphemeralContainer
        RestartPolicy restartPolicy v1.RestartPolicy
        TerminationGracePeriodSeconds terminationGracePeriodSeconds *int64
        ActiveDeadlineSeconds activeDeadlineSeconds *int64
        DNSPolicy dnsPolicy v1.DNSPolicy
        NodeSelector nodeSelector map[string]string
        ServiceAccountName serviceAccountName string
        DeprecatedServiceAccount serviceAccount string
        AutomountServiceAccountToken automountServiceAccountToken *bool
        NodeName nodeName string
        HostNetwork hostNetwork bool
        HostPID hostPID bool
        HostIPC hostIPC bool
        ShareProcessNamespace shareProcessNamespace *bool
        SecurityContext securityContext *v1.PodSecurityContext
        ImagePullSecrets imagePullSecrets []v1.LocalObjectReference
        Hostname hostname string
        Subdomain subdomain string
        Affinity affinity *v1.Affinity
        SchedulerName schedulerName string
        Tolerations tolerations []v1.Toleration
        HostAliases hostAliases []v1.HostAlias
        PriorityClassName priorityClassName string
        Priority priority *int32
        DNSConfig dnsConfig *v1.PodDNSConfig
        ReadinessGates readinessGates []v1.PodReadinessGate
        RuntimeClassName runtimeClassName *string
        EnableServiceLinks enableServiceLinks *bool
        PreemptionPolicy preemptionPolicy *v1.PreemptionPolicy
        Overhead overhead v1.ResourceList
        TopologySpreadConstraints topologySpreadConstraints []v1.TopologySpreadConstraint
        SetHostnameAsFQDN setHostnameAsFQDN *bool
        OS os *v1.PodOS
        HostUsers hostUsers *bool
        SchedulingGates schedulingGates []v1.PodSchedulingGate
        ResourceClaims resourceClaims []v1.PodResourceClaim
        Resources resources *v1.ResourceRequirements
        """,
        "v1.PodSecurityContext": """
        SELinuxOptions seLinuxOptions *v1.SELinuxOptions
        WindowsOptions windowsOptions *v1.WindowsSecurityContextOptions
        RunAsUser runAsUser *int64
        RunAsGroup runAsGroup *int64
        RunAsNonRoot runAsNonRoot *bool
        SupplementalGroups supplementalGroups []int64
        SupplementalGroupsPolicy supplementalGroupsPolicy *v1.SupplementalGroupsPolicy
        FSGroup fsGroup *int64
        Sysctls sysctls []v1.Sysctl
        FSGroupChangePolicy fsGroupChangePolicy *v1.PodFSGroupChangePolicy
        SeccompProfile seccompProfile *v1.SeccompProfile
        AppArmorProfile appArmorProfile *v1.AppArmorProfile
        SELinuxChangePolicy seLinuxChangePolicy *v1.PodSELinuxChangePolicy
        """,
        "v1.Sysctl": """
        Name name string
        Value value string
        """,
        "v1.Affinity": """
        NodeAffinity nodeAffinity *v1.NodeAffinity
        PodAffinity podAffinity *v1.PodAffinity
        PodAntiAffinity podAntiAffinity *v1.PodAntiAffinity
        """,
        "v1.NodeAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution *v1.NodeSelector
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.PreferredSchedulingTerm
        """,
        "v1.NodeSelector": """
        NodeSelectorTerms nodeSelectorTerms []v1.NodeSelectorTerm
        """,
        "v1.NodeSelectorTerm": """
        MatchExpressions matchExpressions []v1.NodeSelectorRequirement
        MatchFields matchFields []v1.NodeSelectorRequirement
        """,
        "v1.NodeSelectorRequirement": """
        Key key string
        Operator operator v1.NodeSelectorOperator
        Values values []string
        """,
        "v1.PreferredSchedulingTerm": """
        Weight weight int32
        Preference preference v1.NodeSelectorTerm
        """,
        "v1.PodAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution []v1.PodAffinityTerm
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.WeightedPodAffinityTerm
        """,
        "v1.PodAffinityTerm": """
        LabelSelector labelSelector *v1.LabelSelector
        Namespaces namespaces []string
        TopologyKey topologyKey string
        NamespaceSelector namespaceSelector *v1.LabelSelector
        MatchLabelKeys matchLabelKeys []string
        MismatchLabelKeys mismatchLabelKeys []string
        """,
        "v1.WeightedPodAffinityTerm": """
        Weight weight int32
        PodAffinityTerm podAffinityTerm v1.PodAffinityTerm
        """,
        "v1.PodAntiAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution []v1.PodAffinityTerm
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.WeightedPodAffinityTerm
        """,
        "v1.Toleration": """
        Key key string
        Operator operator v1.TolerationOperator
        Value value string
        Effect effect v1.TaintEffect
        TolerationSeconds tolerationSeconds *int64
        """,
        "v1.HostAlias": """
        IP ip string
        Hostnames hostnames []string
        """,
        "v1.PodDNSConfig": """
        Nameservers nameservers []string
        Searches searches []string
        Options options []v1.PodDNSConfigOption
        """,
        "v1.PodDNSConfigOption": """
        Name name string
        Value value *string
        """,
        "v1.PodReadinessGate": """
        ConditionType conditionType v1.PodConditionType
        """,
        "v1.TopologySpreadConstraint": """
        MaxSkew maxSkew int32
        TopologyKey topologyKey string
        WhenUnsatisfiable whenUnsatisfiable v1.UnsatisfiableConstraintAction
        LabelSelector labelSelector *v1.LabelSelector
        MinDomains minDomains *int32
        NodeAffinityPolicy nodeAffinityPolicy *v1.NodeInclusionPolicy
        NodeTaintsPolicy nodeTaintsPolicy *v1.NodeInclusionPolicy
        MatchLabelKeys matchLabelKeys []string
        """,
        "v1.PodOS": """
        Name name v1.OSName
        """,
        "v1.PodSchedulingGate": """
        Name name string
        """,
        "v1.PodResourceClaim": """
        Name name string
        ResourceClaimName resourceClaimName *string
        ResourceClaimTemplateName resourceClaimTemplateName *string
        """,
    ]
}
