/// Go struct layouts (k8s 1.32) of a core `v1.EndpointSubset` and what it holds, which the
/// Endpoints controller hashes to order the subsets it writes.
extension GoSchema {
    static let endpointsStructs: [String: String] = [
        "v1.EndpointSubset": """
        Addresses addresses []v1.EndpointAddress omitempty
        NotReadyAddresses notReadyAddresses []v1.EndpointAddress omitempty
        Ports ports []v1.EndpointPort omitempty
        """,
        "v1.EndpointAddress": """
        IP ip string
        Hostname hostname string omitempty
        NodeName nodeName *string omitempty
        TargetRef targetRef *v1.ObjectReference omitempty
        """,
        "v1.EndpointPort": """
        Name name string omitempty
        Port port int32
        Protocol protocol v1.Protocol omitempty
        AppProtocol appProtocol *string omitempty
        """,
    ]
}
