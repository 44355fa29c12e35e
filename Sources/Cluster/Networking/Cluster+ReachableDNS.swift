import KubeAPI

/// Name resolution from a pod as NetworkPolicy lets it happen: a name server the pod may not
/// send DNS to (UDP 53, egress at the pod and ingress at the CoreDNS pod kube-proxy picks) never
/// answers, so a policy without a DNS egress rule makes every lookup time out.
extension Cluster {
    /// Resolves `name` from inside `pod`, through only the name servers its policies let it reach.
    public func resolveThroughPolicy(_ name: String, from pod: KubeObject, library: ResolvConf.Library = .glibc) -> Resolution {
        var conf = ResolvConf(resolvConf(of: pod))
        if IPv4(name) != nil { return .addresses(name: name, [name]) }
        let servers = conf.nameservers.isEmpty ? ["127.0.0.1"] : conf.nameservers
        conf.nameservers = servers.filter { dnsAllowed(from: pod, to: $0) }
        guard !conf.nameservers.isEmpty else { return .timedOut }
        return resolve(name, with: conf, library: library)
    }

    /// Whether a DNS query from `pod` to `server` over `proto` passes every policy on its way.
    func dnsAllowed(from pod: KubeObject, to server: String, proto: String = "UDP") -> Bool {
        let origin = NetworkOrigin.pod(pod)
        let source = sourcePeer(of: origin)
        var targets: [String] = [server]
        if let service = list(.services).first(where: { $0[path: "spec.clusterIP"].string == server }) {
            targets = readyEndpoints(of: service).filter { $0.ports.contains { $0.number == 53 && $0.protocol == proto } }.map(\.ip)
        }
        return targets.contains { target in
            if let destination = runningPod(at: target) {
                return policyAllows(source: source, origin: origin, to: destination, port: 53, proto: proto)
            }
            // An outside resolver: only the sending pod's egress rules apply.
            guard case .pod(let sender) = origin.withinCluster(self) else { return true }
            let evaluator = NetworkPolicyEvaluator(policies: list(.networkPolicies), namespaces: list(.namespaces))
            return evaluator.allows(.egress, local: sender, remote: .init(ip: target, pod: nil), port: 53, proto: proto)
        }
    }
}
