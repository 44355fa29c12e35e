import KubeAPI

/// Can this reach that? Pod IPs directly (flannel routes every pod CIDR), Service ClusterIPs
/// and NodePorts through kube-proxy's DNAT to one ready endpoint, and NetworkPolicy as Calico
/// enforces it: egress at the sending pod, ingress at the receiving one, against the endpoint
/// actually reached. A flow a policy drops gets no answer at all.
extension Cluster {
    /// The outcome of a TCP connect from `origin` to `address:port`.
    public func connectTCP(from origin: NetworkOrigin, to address: String, port: Int) -> TCPOutcome {
        let source = sourcePeer(of: origin)
        let entryNode = nodes().first { $0.internalIP == address }
        if let service = list(.services).first(where: { $0[path: "spec.clusterIP"].string == address }) {
            // The host has no kube-proxy rules: a ClusterIP is just an address nothing routes.
            if origin.isHost { return .dropped }
            return connectToService(service, port: port, viaNodePort: false, source: source, origin: origin, nodeLocalOnly: nil)
        }
        if let node = entryNode {
            for service in list(.services) where Self.hasNodePort(service, port) {
                let local = service[path: "spec.externalTrafficPolicy"].string == "Local" ? node.name : nil
                // Traffic from outside is masqueraded to the address of the node it entered.
                let peer = origin.isHost ? NetworkPolicyEvaluator.Peer(ip: Self.tunnelAddress(of: node), pod: nil) : source
                return connectToService(service, port: port, viaNodePort: true, source: peer, origin: origin, nodeLocalOnly: local)
            }
            return hostNetworkServer(on: node.name, port: port) ?? .refused
        }
        if origin.isHost { return .dropped }
        return connectToPod(address: address, port: port, source: source, origin: origin)
    }

    /// Whether an ICMP echo to `address` from `origin` gets a reply: pods and nodes answer;
    /// a ClusterIP is only a DNAT rule for its ports, so nothing answers there.
    public func pingAnswers(from origin: NetworkOrigin, to address: String) -> Bool {
        if nodes().contains(where: { $0.internalIP == address }) { return true }
        if origin.isHost { return false }
        guard let pod = runningPod(at: address) else { return false }
        return policyAllows(source: sourcePeer(of: origin), origin: origin, to: pod, port: nil, proto: "ICMP")
    }

    // MARK: - Services

    /// A connection to one of a Service's ports (`port`, or its `nodePort` when `viaNodePort`),
    /// sent on to a ready endpoint; `nodeLocalOnly` keeps to endpoints on that node
    /// (externalTrafficPolicy Local).
    private func connectToService(
        _ service: KubeObject, port: Int, viaNodePort: Bool, source: NetworkPolicyEvaluator.Peer, origin: NetworkOrigin,
        nodeLocalOnly: String?
    ) -> TCPOutcome {
        let ports = service[path: "spec.ports"].array.filter { ($0["protocol"].string ?? "TCP") == "TCP" }
        let match = ports.first { (viaNodePort ? $0["nodePort"] : $0["port"]).int == port }
        guard let match else { return settings.proxyMode == "nftables" ? .refused : .dropped }
        let name = match["name"].string ?? ""
        var candidates: [(ip: String, port: Int)] = []
        for endpoint in readyEndpoints(of: service) {
            guard let slicePort = endpoint.ports.first(where: { $0.name == name && $0.protocol == "TCP" }) else { continue }
            if let node = nodeLocalOnly, runningPod(at: endpoint.ip)?.nodeName != node { continue }
            candidates.append((endpoint.ip, slicePort.number))
        }
        guard !candidates.isEmpty else { return nodeLocalOnly == nil ? .refused : .dropped }
        let chosen = candidates[endpointIndex(count: candidates.count, source: source.ip, service: service, port: port)]
        return connectToPod(address: chosen.ip, port: chosen.port, source: source, origin: origin)
    }

    /// kube-proxy's random pick among the ready endpoints, from a hash of the flow and the time;
    /// connections within one millisecond of the virtual clock are told apart by their order.
    private func endpointIndex(count: Int, source: String, service: KubeObject, port: Int) -> Int {
        let milliseconds = now.milliseconds
        let earlier = serviceConnections.milliseconds == milliseconds ? serviceConnections.count : 0
        serviceConnections = (milliseconds, earlier + 1)
        var key = "\(source)|\(service.namespace ?? "")/\(service.name)|\(port)|\(milliseconds)"
        if earlier > 0 { key += "|\(earlier)" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count))
    }

    private static func hasNodePort(_ service: KubeObject, _ port: Int) -> Bool {
        service[path: "spec.ports"].array.contains { $0["nodePort"].int == port }
    }

    // MARK: - Pods

    private func connectToPod(
        address: String, port: Int, source: NetworkPolicyEvaluator.Peer, origin: NetworkOrigin
    ) -> TCPOutcome {
        guard let pod = runningPod(at: address) else {
            // A host-network endpoint (the apiserver behind `kubernetes`) is its node's address.
            if let node = nodes().first(where: { $0.internalIP == address }) {
                return hostNetworkServer(on: node.name, port: port) ?? .refused
            }
            return podCIDRContains(address) ? .unreachable(milliseconds: NetworkTimings.arpFailureMilliseconds) : .dropped
        }
        guard policyAllows(source: source, origin: origin, to: pod, port: port, proto: "TCP") else { return .dropped }
        return listener(in: pod, port: port).map(TCPOutcome.connected) ?? .refused
    }

    /// The container process of `pod` listening on `port`.
    public func listener(in pod: KubeObject, port: Int) -> ReachedServer? {
        for container in pod[path: "spec.containers"].array {
            let name = container["name"].string ?? ""
            let status = pod[path: "status.containerStatuses"].array.first { $0["name"].string == name }
            guard let started = status?[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:)) else {
                continue
            }
            let process = process(of: container, in: pod)
            guard let server = process.server, server.tcpPorts.contains(port) else { continue }
            return ReachedServer(
                pod: pod, container: name, image: container["image"].string ?? "", port: port, server: server,
                elapsedMilliseconds: now.milliseconds(since: started))
        }
        return nil
    }

    /// A process of a host-network pod on `node` listening on `port`.
    private func hostNetworkServer(on node: String, port: Int) -> TCPOutcome? {
        for pod in list(.pods) where pod.nodeName == node && pod[path: "spec.hostNetwork"].bool == true {
            if let reached = listener(in: pod, port: port) { return .connected(reached) }
        }
        return nil
    }

    /// The running pod (not on the host network) whose IP is `address`.
    public func runningPod(at address: String) -> KubeObject? {
        list(.pods).first { pod in
            pod[path: "status.podIP"].string == address && pod[path: "status.phase"].string == "Running"
                && pod[path: "spec.hostNetwork"].bool != true
        }
    }

    private func podCIDRContains(_ address: String) -> Bool {
        guard let ip = IPv4(address), let cidr = CIDR(settings.podCIDR) else { return false }
        return cidr.contains(ip)
    }

    // MARK: - Policy

    /// Egress at the sending pod, then ingress at the receiving one. Traffic between a pod and
    /// the node it runs on is always allowed, as the NetworkPolicy API requires.
    func policyAllows(
        source: NetworkPolicyEvaluator.Peer, origin: NetworkOrigin, to pod: KubeObject, port: Int?, proto: String
    ) -> Bool {
        let evaluator = NetworkPolicyEvaluator(
            policies: list(.networkPolicies), namespaces: list(.namespaces))
        if case .pod(let sender) = origin.withinCluster(self) {
            let remote = NetworkPolicyEvaluator.Peer(ip: pod[path: "status.podIP"].string ?? "", pod: pod)
            guard evaluator.allows(.egress, local: sender, remote: remote, port: port, proto: proto) else { return false }
        }
        if case .node(let node) = origin.withinCluster(self), node == pod.nodeName { return true }
        // Masqueraded traffic that entered on the pod's own node comes from that node too.
        if source.pod == nil, let node = nodes().first(where: { $0.name == pod.nodeName }),
            source.ip == node.internalIP || source.ip == Self.tunnelAddress(of: node)
        {
            return true
        }
        return evaluator.allows(.ingress, local: pod, remote: source, port: port, proto: proto)
    }

    /// The address a flow from `origin` carries as its source.
    func sourcePeer(of origin: NetworkOrigin) -> NetworkPolicyEvaluator.Peer {
        switch origin.withinCluster(self) {
        case .pod(let pod): return .init(ip: pod[path: "status.podIP"].string ?? "", pod: pod)
        case .node(let name): return .init(ip: nodes().first { $0.name == name }?.internalIP ?? "", pod: nil)
        case .host: return .init(ip: "", pod: nil)
        }
    }

    /// flannel's VXLAN device address on a node: the first address of its pod CIDR.
    static func tunnelAddress(of node: KubeObject) -> String {
        CIDR(node[path: "spec.podCIDR"].string ?? "").map { $0.base.description } ?? node.internalIP
    }

    func nodes() -> [KubeObject] { list(.nodes) }
}

extension NetworkOrigin {
    var isHost: Bool {
        if case .host = self { return true }
        return false
    }

    /// A host-network pod sends from its node's network namespace.
    func withinCluster(_ cluster: Cluster) -> NetworkOrigin {
        if case .pod(let pod) = self, pod[path: "spec.hostNetwork"].bool == true { return .node(pod.nodeName ?? "") }
        return self
    }
}
