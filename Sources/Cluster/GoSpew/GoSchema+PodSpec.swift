/// Go struct layouts (k8s 1.32) of the pod template and pod spec, scheduling and pod-level settings: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order
/// (`,inline` for an embedded struct whose fields sit in the parent's JSON object).
extension GoSchema {
    static let podSpecStructs: [String: String] = [
        "v1.PodTemplateSpec": """
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.PodSpec omitempty
        """,
        "v1.PodSpec": """
        Volumes volumes []v1.Volume omitempty
        InitContainers initContainers []v1.Container omitempty
        Containers containers []v1.Container
        EphemeralContainers ephemeralContainers []v1.EphemeralContainer omitempty
        RestartPolicy restartPolicy v1.RestartPolicy omitempty
        TerminationGracePeriodSeconds terminationGracePeriodSeconds *int64 omitempty
        ActiveDeadlineSeconds activeDeadlineSeconds *int64 omitempty
        DNSPolicy dnsPolicy v1.DNSPolicy omitempty
        NodeSelector nodeSelector map[string]string omitempty
        ServiceAccountName serviceAccountName string omitempty
        DeprecatedServiceAccount serviceAccount string omitempty
        AutomountServiceAccountToken automountServiceAccountToken *bool omitempty
        NodeName nodeName string omitempty
        HostNetwork hostNetwork bool omitempty
        HostPID hostPID bool omitempty
        HostIPC hostIPC bool omitempty
        ShareProcessNamespace shareProcessNamespace *bool omitempty
        SecurityContext securityContext *v1.PodSecurityContext omitempty
        ImagePullSecrets imagePullSecrets []v1.LocalObjectReference omitempty
        Hostname hostname string omitempty
        Subdomain subdomain string omitempty
        Affinity affinity *v1.Affinity omitempty
        SchedulerName schedulerName string omitempty
        Tolerations tolerations []v1.Toleration omitempty
        HostAliases hostAliases []v1.HostAlias omitempty
        PriorityClassName priorityClassName string omitempty
        Priority priority *int32 omitempty
        DNSConfig dnsConfig *v1.PodDNSConfig omitempty
        ReadinessGates readinessGates []v1.PodReadinessGate omitempty
        RuntimeClassName runtimeClassName *string omitempty
        EnableServiceLinks enableServiceLinks *bool omitempty
        PreemptionPolicy preemptionPolicy *v1.PreemptionPolicy omitempty
        Overhead overhead v1.ResourceList omitempty
        TopologySpreadConstraints topologySpreadConstraints []v1.TopologySpreadConstraint omitempty
        SetHostnameAsFQDN setHostnameAsFQDN *bool omitempty
        OS os *v1.PodOS omitempty
        HostUsers hostUsers *bool omitempty
        SchedulingGates schedulingGates []v1.PodSchedulingGate omitempty
        ResourceClaims resourceClaims []v1.PodResourceClaim omitempty
        Resources resources *v1.ResourceRequirements omitempty
        """,
        "v1.PodSecurityContext": """
        SELinuxOptions seLinuxOptions *v1.SELinuxOptions omitempty
        WindowsOptions windowsOptions *v1.WindowsSecurityContextOptions omitempty
        RunAsUser runAsUser *int64 omitempty
        RunAsGroup runAsGroup *int64 omitempty
        RunAsNonRoot runAsNonRoot *bool omitempty
        SupplementalGroups supplementalGroups []int64 omitempty
        SupplementalGroupsPolicy supplementalGroupsPolicy *v1.SupplementalGroupsPolicy omitempty
        FSGroup fsGroup *int64 omitempty
        Sysctls sysctls []v1.Sysctl omitempty
        FSGroupChangePolicy fsGroupChangePolicy *v1.PodFSGroupChangePolicy omitempty
        SeccompProfile seccompProfile *v1.SeccompProfile omitempty
        AppArmorProfile appArmorProfile *v1.AppArmorProfile omitempty
        SELinuxChangePolicy seLinuxChangePolicy *v1.PodSELinuxChangePolicy omitempty
        """,
        "v1.Sysctl": """
        Name name string
        Value value string
        """,
        "v1.Affinity": """
        NodeAffinity nodeAffinity *v1.NodeAffinity omitempty
        PodAffinity podAffinity *v1.PodAffinity omitempty
        PodAntiAffinity podAntiAffinity *v1.PodAntiAffinity omitempty
        """,
        "v1.NodeAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution *v1.NodeSelector omitempty
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.PreferredSchedulingTerm omitempty
        """,
        "v1.NodeSelector": """
        NodeSelectorTerms nodeSelectorTerms []v1.NodeSelectorTerm
        """,
        "v1.NodeSelectorTerm": """
        MatchExpressions matchExpressions []v1.NodeSelectorRequirement omitempty
        MatchFields matchFields []v1.NodeSelectorRequirement omitempty
        """,
        "v1.NodeSelectorRequirement": """
        Key key string
        Operator operator v1.NodeSelectorOperator
        Values values []string omitempty
        """,
        "v1.PreferredSchedulingTerm": """
        Weight weight int32
        Preference preference v1.NodeSelectorTerm
        """,
        "v1.PodAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution []v1.PodAffinityTerm omitempty
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.WeightedPodAffinityTerm omitempty
        """,
        "v1.PodAffinityTerm": """
        LabelSelector labelSelector *v1.LabelSelector omitempty
        Namespaces namespaces []string omitempty
        TopologyKey topologyKey string
        NamespaceSelector namespaceSelector *v1.LabelSelector omitempty
        MatchLabelKeys matchLabelKeys []string omitempty
        MismatchLabelKeys mismatchLabelKeys []string omitempty
        """,
        "v1.WeightedPodAffinityTerm": """
        Weight weight int32
        PodAffinityTerm podAffinityTerm v1.PodAffinityTerm
        """,
        "v1.PodAntiAffinity": """
        RequiredDuringSchedulingIgnoredDuringExecution requiredDuringSchedulingIgnoredDuringExecution []v1.PodAffinityTerm omitempty
        PreferredDuringSchedulingIgnoredDuringExecution preferredDuringSchedulingIgnoredDuringExecution []v1.WeightedPodAffinityTerm omitempty
        """,
        "v1.Toleration": """
        Key key string omitempty
        Operator operator v1.TolerationOperator omitempty
        Value value string omitempty
        Effect effect v1.TaintEffect omitempty
        TolerationSeconds tolerationSeconds *int64 omitempty
        """,
        "v1.HostAlias": """
        IP ip string
        Hostnames hostnames []string omitempty
        """,
        "v1.PodDNSConfig": """
        Nameservers nameservers []string omitempty
        Searches searches []string omitempty
        Options options []v1.PodDNSConfigOption omitempty
        """,
        "v1.PodDNSConfigOption": """
        Name name string omitempty
        Value value *string omitempty
        """,
        "v1.PodReadinessGate": """
        ConditionType conditionType v1.PodConditionType
        """,
        "v1.TopologySpreadConstraint": """
        MaxSkew maxSkew int32
        TopologyKey topologyKey string
        WhenUnsatisfiable whenUnsatisfiable v1.UnsatisfiableConstraintAction
        LabelSelector labelSelector *v1.LabelSelector omitempty
        MinDomains minDomains *int32 omitempty
        NodeAffinityPolicy nodeAffinityPolicy *v1.NodeInclusionPolicy omitempty
        NodeTaintsPolicy nodeTaintsPolicy *v1.NodeInclusionPolicy omitempty
        MatchLabelKeys matchLabelKeys []string omitempty
        """,
        "v1.PodOS": """
        Name name v1.OSName
        """,
        "v1.PodSchedulingGate": """
        Name name string
        """,
        "v1.PodResourceClaim": """
        Name name string
        ResourceClaimName resourceClaimName *string omitempty
        ResourceClaimTemplateName resourceClaimTemplateName *string omitempty
        """,
    ]
}
