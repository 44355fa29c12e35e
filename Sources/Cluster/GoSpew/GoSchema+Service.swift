/// Go struct layouts (k8s 1.32) of `v1.Service` and its load balancer status: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let serviceStructs: [String: String] = [
        "v1.ServiceList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Service
        """,
        "v1.Service": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.ServiceSpec omitempty
        Status status v1.ServiceStatus omitempty
        """,
        "v1.ServiceSpec": """
        Ports ports []v1.ServicePort omitempty
        Selector selector map[string]string omitempty
        ClusterIP clusterIP string omitempty
        ClusterIPs clusterIPs []string omitempty
        Type type v1.ServiceType omitempty
        ExternalIPs externalIPs []string omitempty
        SessionAffinity sessionAffinity v1.ServiceAffinity omitempty
        LoadBalancerIP loadBalancerIP string omitempty
        LoadBalancerSourceRanges loadBalancerSourceRanges []string omitempty
        ExternalName externalName string omitempty
        ExternalTrafficPolicy externalTrafficPolicy v1.ServiceExternalTrafficPolicy omitempty
        HealthCheckNodePort healthCheckNodePort int32 omitempty
        PublishNotReadyAddresses publishNotReadyAddresses bool omitempty
        SessionAffinityConfig sessionAffinityConfig *v1.SessionAffinityConfig omitempty
        IPFamilies ipFamilies []v1.IPFamily omitempty
        IPFamilyPolicy ipFamilyPolicy *v1.IPFamilyPolicy omitempty
        AllocateLoadBalancerNodePorts allocateLoadBalancerNodePorts *bool omitempty
        LoadBalancerClass loadBalancerClass *string omitempty
        InternalTrafficPolicy internalTrafficPolicy *v1.ServiceInternalTrafficPolicy omitempty
        TrafficDistribution trafficDistribution *string omitempty
        """,
        "v1.ServicePort": """
        Name name string omitempty
        Protocol protocol v1.Protocol omitempty
        AppProtocol appProtocol *string omitempty
        Port port int32
        TargetPort targetPort intstr.IntOrString omitempty
        NodePort nodePort int32 omitempty
        """,
        "v1.SessionAffinityConfig": """
        ClientIP clientIP *v1.ClientIPConfig omitempty
        """,
        "v1.ClientIPConfig": """
        TimeoutSeconds timeoutSeconds *int32 omitempty
        """,
        "v1.ServiceStatus": """
        LoadBalancer loadBalancer v1.LoadBalancerStatus omitempty
        Conditions conditions []v1.Condition omitempty
        """,
        "v1.LoadBalancerStatus": """
        Ingress ingress []v1.LoadBalancerIngress omitempty
        """,
        "v1.LoadBalancerIngress": """
        IP ip string omitempty
        Hostname hostname string omitempty
        IPMode ipMode *v1.LoadBalancerIPMode omitempty
        Ports ports []v1.PortStatus omitempty
        """,
        "v1.PortStatus": """
        Port port int32
        Protocol protocol v1.Protocol
        Error error *string omitempty
        """,
    ]
}
