import KubeAPI

/// Which DNS server, if any, answers at an address on port 53.
extension Cluster {
    /// The reply of the DNS server at `address` to one question, or nil when nothing answers there
    /// (the client's query times out).
    public func dnsReply(from address: String, _ name: String, _ type: DNSType) -> DNSReply? {
        switch dnsServer(at: address) {
        case .coreDNS: coreDNSReply(name, type)
        case .upstream: settings.upstreamDNS.reply(DNSName.normalized(name), type)
        case nil: nil
        }
    }

    enum DNSServer {
        case coreDNS
        case upstream
    }

    /// A Service's ClusterIP reaches CoreDNS when the Service has port 53 for `proto` (UDP unless
    /// said) and a ready endpoint runs it (kube-proxy sends the query there); a running CoreDNS pod
    /// answers on its own IP; the outside resolvers answer on theirs.
    func dnsServer(at address: String, proto: String = "UDP") -> DNSServer? {
        if let service = list(.services).first(where: { $0[path: "spec.clusterIP"].string == address }) {
            let servesDNS = service[path: "spec.ports"].array.contains {
                $0["port"].int == 53 && ($0["protocol"].string ?? "TCP") == proto
            }
            guard servesDNS else { return nil }
            return readyEndpoints(of: service).contains { runsCoreDNS(podIP: $0.ip) } ? .coreDNS : nil
        }
        if runsCoreDNS(podIP: address) { return .coreDNS }
        return settings.upstreamDNS.resolvers.contains(address) ? .upstream : nil
    }

    /// Whether a running pod at `podIP` has a container whose image's program is CoreDNS.
    private func runsCoreDNS(podIP: String) -> Bool {
        list(.pods).contains { pod in
            pod[path: "status.podIP"].string == podIP && pod[path: "status.phase"].string == "Running"
                && pod[path: "spec.containers"].array.contains { container in
                    guard case .found(let image) = runtime.images.lookup(container["image"].string ?? "") else { return false }
                    return image.program == "coredns"
                }
        }
    }
}
