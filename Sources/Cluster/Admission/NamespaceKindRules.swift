import KubeAPI

/// Defaulting and validation of the namespace-rule kinds: LimitRange, NetworkPolicy, Ingress.
extension Cluster {
    func validateNamespaceKinds(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        switch type {
        case .limitRanges: try LimitRangeDefaults.validate(LimitRangeDefaults.apply(to: object))
        case .networkPolicies: try NetworkPolicyDefaults.validate(NetworkPolicyDefaults.apply(to: object))
        case .ingresses: try IngressValidation.validate(object)
        default: return
        }
    }

    func defaultNamespaceKinds(_ object: KubeObject, as type: ResourceType) -> KubeObject {
        switch type {
        case .limitRanges: LimitRangeDefaults.apply(to: object)
        case .networkPolicies: NetworkPolicyDefaults.apply(to: object)
        case .ingresses: IngressValidation.applyDefaults(to: object)
        default: object
        }
    }
}
