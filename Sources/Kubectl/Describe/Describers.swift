import KubeAPI

/// The describer for each kind kubectl has one for; every other kind is described generically.
enum Describers {
    typealias Describe = @Sendable (KubeObject, DescribeContext) -> String

    static func describe(_ object: KubeObject, _ context: DescribeContext) -> String {
        let describe = byKind["\(object.kind).\(object.group)"] ?? GenericDescriber.describe
        return describe(object, context)
    }

    /// Whether `object`'s kind has a describer of its own, which reads the object again
    /// through the typed client (the generic one describes what the builder read).
    static func readsAgain(_ object: KubeObject) -> Bool { byKind["\(object.kind).\(object.group)"] != nil }

    private static let byKind: [String: Describe] = [
        "Pod.": PodDescriber.describe, "Service.": ServiceDescriber.describe, "Endpoints.": EndpointsDescriber.describe,
        "Node.": NodeDescriber.describe, "Namespace.": NamespaceDescriber.describe,
        "ConfigMap.": ConfigMapDescriber.describe, "Secret.": SecretDescriber.describe,
        "ServiceAccount.": ServiceAccountDescriber.describe, "PersistentVolumeClaim.": ClaimDescriber.describe,
        "PersistentVolume.": VolumeObjectDescriber.describe, "ReplicationController.": ReplicaSetDescriber.describe,
        "Deployment.apps": DeploymentDescriber.describe, "ReplicaSet.apps": ReplicaSetDescriber.describe,
        "DaemonSet.apps": DaemonSetDescriber.describe, "StatefulSet.apps": StatefulSetDescriber.describe,
        "Job.batch": JobDescriber.describe, "CronJob.batch": CronJobDescriber.describe,
        "StorageClass.storage.k8s.io": StorageClassDescriber.describe,
        "CSINode.storage.k8s.io": CSINodeDescriber.describe,
        "HorizontalPodAutoscaler.autoscaling": HorizontalPodAutoscalerDescriber.describe,
        "ResourceQuota.": QuotaDescribers.describeQuota, "LimitRange.": QuotaDescribers.describeLimitRange,
        "NetworkPolicy.networking.k8s.io": NetworkPolicyDescriber.describe,
        "EndpointSlice.discovery.k8s.io": EndpointSliceDescriber.describe,
        "PriorityClass.scheduling.k8s.io": PriorityClassDescriber.describe,
        "PodDisruptionBudget.policy": PodDisruptionBudgetDescriber.describe,
        "Ingress.networking.k8s.io": IngressDescriber.describe,
        "IngressClass.networking.k8s.io": IngressClassDescriber.describe,
        "CertificateSigningRequest.certificates.k8s.io": CertificateSigningRequestDescriber.describe,
        "Role.rbac.authorization.k8s.io": RoleDescriber.describe,
        "ClusterRole.rbac.authorization.k8s.io": RoleDescriber.describe,
        "RoleBinding.rbac.authorization.k8s.io": RoleBindingDescriber.describe,
        "ClusterRoleBinding.rbac.authorization.k8s.io": RoleBindingDescriber.describe,
    ]
}
