/// Go struct layouts (k8s 1.32) of `networking.k8s.io/v1` Ingress: each field as
/// `GoName jsonName GoType`, `omitempty` when its JSON tag says so, in declaration order
/// (`,inline` for an embedded struct).
extension GoSchema {
    static let networkingStructs: [String: String] = [
        "v1.IngressList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Ingress
        """,
        "v1.Ingress": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta omitempty
        Spec spec v1.IngressSpec omitempty
        Status status v1.IngressStatus omitempty
        """,
        "v1.IngressSpec": """
        IngressClassName ingressClassName *string omitempty
        DefaultBackend defaultBackend *v1.IngressBackend omitempty
        TLS tls []v1.IngressTLS omitempty
        Rules rules []v1.IngressRule omitempty
        """,
        "v1.IngressTLS": """
        Hosts hosts []string omitempty
        SecretName secretName string omitempty
        """,
        "v1.IngressStatus": """
        LoadBalancer loadBalancer v1.IngressLoadBalancerStatus omitempty
        """,
        "v1.IngressLoadBalancerStatus": """
        Ingress ingress []v1.IngressLoadBalancerIngress omitempty
        """,
        "v1.IngressLoadBalancerIngress": """
        IP ip string omitempty
        Hostname hostname string omitempty
        Ports ports []v1.IngressPortStatus omitempty
        """,
        "v1.IngressPortStatus": """
        Port port int32
        Protocol protocol v1.Protocol
        Error error *string omitempty
        """,
        "v1.IngressRule": """
        Host host string omitempty
        IngressRuleValue ,inline v1.IngressRuleValue
        """,
        "v1.IngressRuleValue": """
        HTTP http *v1.HTTPIngressRuleValue omitempty
        """,
        "v1.HTTPIngressRuleValue": """
        Paths paths []v1.HTTPIngressPath
        """,
        "v1.HTTPIngressPath": """
        Path path string omitempty
        PathType pathType *v1.PathType
        Backend backend v1.IngressBackend
        """,
        "v1.IngressBackend": """
        Service service *v1.IngressServiceBackend omitempty
        Resource resource *v1.TypedLocalObjectReference omitempty
        """,
        "v1.IngressServiceBackend": """
        Name name string
        Port port v1.ServiceBackendPort omitempty
        """,
        "v1.ServiceBackendPort": """
        Name name string omitempty
        Number number int32 omitempty
        """,
    ]
}
