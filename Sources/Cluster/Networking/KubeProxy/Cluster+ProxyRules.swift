import KubeAPI

/// What kube-proxy has programmed on each node, for the node's `nft`, `iptables-save` and
/// `ipvsadm` to show.
extension Cluster {
    /// The input to `node`'s rules, or nil when no kube-proxy runs there.
    public func proxyNode(_ node: String) -> ProxyNode? {
        guard let configuration = kubeProxyConfiguration(on: node),
            let object = store.get(.nodes, namespace: nil, name: node)
        else { return nil }
        return ProxyNode(
            name: node, ip: object.internalIP, configuration: configuration, serviceCIDR: settings.serviceCIDR,
            ports: proxyServicePorts())
    }
}
