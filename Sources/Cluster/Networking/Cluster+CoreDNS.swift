import KubeAPI

/// What CoreDNS answers, as the kubeadm Corefile sets it up: the kubernetes plugin for the
/// cluster domain and the reverse zones (`pods insecure`), `forward` to the node's resolver for
/// everything else.
extension Cluster {
    /// CoreDNS's reply to one question.
    public func coreDNSReply(_ name: String, _ type: DNSType) -> DNSReply {
        let name = DNSName.normalized(name)
        let zone = settings.domain.lowercased()
        if name == zone || name.hasSuffix("." + zone) {
            let labels = name == zone ? [] : name.dropLast(zone.count + 1).split(separator: ".").map(String.init)
            var reply = zoneReply(name, labels: labels, type: type, depth: 0)
            reply.ttl = kubernetesTTL
            if reply.answers.isEmpty { reply.authority = [zoneSOA()] }
            reply.additional = targetAddresses(of: reply.answers)
            return reply
        }
        if type == .ptr, var reply = reverseReply(name) {
            reply.ttl = kubernetesTTL
            return reply
        }
        var forwarded = settings.upstreamDNS.reply(name, type)
        // The cache plugin caps what it passes on at its 30 seconds.
        forwarded.ttl = min(forwarded.ttl, 30)
        return forwarded
    }

    /// The `ttl` the Corefile's kubernetes block sets (5 without one), as CoreDNS reads its ConfigMap.
    private var kubernetesTTL: Int {
        let corefile = lookup(.configMaps, "kube-system", "coredns")?[path: "data.Corefile"].string ?? ""
        for line in corefile.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 2, words[0] == "ttl", let ttl = Int(words[1]) { return ttl }
        }
        return 5
    }

    /// The SOA CoreDNS makes for the cluster zone: serial from the last change it saw.
    private func zoneSOA() -> DNSRecord {
        let zone = settings.domain.lowercased()
        let ttl = kubernetesTTL
        return .soa(
            name: zone, primary: "ns.dns.\(zone)", mailbox: "hostmaster.\(zone)", serial: zoneSerial,
            refresh: 7200, retry: 1800, expire: 86400, minimum: ttl)
    }

    /// When the objects the kubernetes plugin watches last changed (the newest Service,
    /// EndpointSlice or Namespace), in Unix seconds.
    private var zoneSerial: Int {
        var newest = 0
        for kind in [ResourceType.services, .endpointSlices, .namespaces] {
            for object in list(kind) {
                if let created = object[path: "metadata.creationTimestamp"].string.flatMap(Timestamp.init(rfc3339:)) {
                    newest = max(newest, Int(created.milliseconds / 1000))
                }
            }
        }
        return newest
    }

    /// The A records CoreDNS adds for the targets of SRV answers.
    private func targetAddresses(of answers: [DNSRecord]) -> [DNSRecord] {
        var records: [DNSRecord] = []
        for case .srv(_, _, _, _, let target) in answers {
            let reply = coreDNSReply(target, .a)
            for record in reply.answers where !records.contains(record) { records.append(record) }
        }
        return records
    }

    /// The kubernetes plugin: `<svc>.<ns>.svc`, `<host>.<svc>.<ns>.svc`, `_port._proto.<svc>.<ns>.svc`
    /// and `<a-b-c-d>.<ns>.pod` under the zone; `labels` are the name's labels before the zone.
    private func zoneReply(_ name: String, labels: [String], type: DNSType, depth: Int) -> DNSReply {
        let noData = DNSReply(code: .noError, authoritative: true)
        let nxDomain = DNSReply.nxDomain(authoritative: true)
        guard let kind = labels.last else { return noData }
        guard kind == "svc" || kind == "pod" else { return nxDomain }
        let rest = Array(labels.dropLast())
        guard let namespace = rest.last else { return noData }
        guard lookup(.namespaces, nil, namespace) != nil else { return nxDomain }
        let inNamespace = Array(rest.dropLast())
        if inNamespace.isEmpty { return noData }
        if kind == "pod" {
            guard inNamespace.count == 1, let ip = DNSName.address(dashed: inNamespace[0]) else { return nxDomain }
            return DNSReply(code: .noError, authoritative: true, answers: type == .a ? [.a(name: name, address: ip)] : [])
        }
        let question = ServiceQuestion(labels: inNamespace)
        guard let question, let service = lookup(.services, namespace, question.service) else { return nxDomain }
        let suffix = "\(service.name).\(namespace).svc.\(settings.domain.lowercased())"
        if service[path: "spec.type"].string == "ExternalName" {
            guard question.endpoint == nil, question.port == nil else { return nxDomain }
            return externalNameReply(name, target: service[path: "spec.externalName"].string ?? "", type: type, depth: depth)
        }
        var targets: [(ip: String, port: Int, target: String)] = []
        if service[path: "spec.clusterIP"].string == "None" || question.endpoint != nil {
            for endpoint in readyEndpoints(of: service) where question.endpoint == nil || question.endpoint == endpoint.hostname {
                for port in endpoint.ports where question.matches(port) {
                    targets.append((endpoint.ip, port.number, "\(endpoint.hostname).\(suffix)"))
                }
            }
        } else if let ip = service[path: "spec.clusterIP"].string {
            for port in service[path: "spec.ports"].array {
                let port = ServicePort(name: port["name"].string ?? "", number: port["port"].int ?? 0, protocol: port["protocol"].string ?? "TCP")
                if question.matches(port) { targets.append((ip, port.number, suffix)) }
            }
        }
        guard !targets.isEmpty else { return nxDomain }
        var answers: [DNSRecord] = []
        switch type {
        case .a:
            var seen: Set<String> = []
            for target in targets where seen.insert(target.ip).inserted { answers.append(.a(name: name, address: target.ip)) }
        case .srv:
            // Every record has priority 0; their weights share 100.
            let weight = 100 / targets.count
            var seen: Set<String> = []
            for target in targets where seen.insert("\(target.port) \(target.target)").inserted {
                answers.append(.srv(name: name, priority: 0, weight: weight, port: target.port, target: target.target))
            }
        case .aaaa, .cname, .ptr, .soa, .ns, .mx, .txt: break
        }
        return DNSReply(code: .noError, authoritative: true, answers: answers)
    }

    /// An ExternalName Service: a CNAME, followed inside the zone or asked of the upstream.
    private func externalNameReply(_ name: String, target: String, type: DNSType, depth: Int) -> DNSReply {
        let alias = DNSRecord.cname(name: name, target: target)
        let target = DNSName.normalized(target)
        guard type == .a || type == .aaaa, depth < 8, target != name else {
            return DNSReply(code: .noError, authoritative: true, answers: [alias])
        }
        let zone = settings.domain.lowercased()
        let next: DNSReply
        if target == zone || target.hasSuffix("." + zone) {
            let labels = target == zone ? [] : target.dropLast(zone.count + 1).split(separator: ".").map(String.init)
            next = zoneReply(target, labels: labels, type: type, depth: depth + 1)
        } else {
            next = settings.upstreamDNS.reply(target, type)
        }
        return DNSReply(code: .noError, authoritative: true, answers: [alias] + next.answers)
    }

    /// PTR records for Service ClusterIPs and ready endpoints, from the reverse zones.
    private func reverseReply(_ name: String) -> DNSReply? {
        guard let ip = DNSName.address(reverse: name) else { return nil }
        let zone = settings.domain.lowercased()
        var targets: [String] = []
        for service in list(.services) {
            let suffix = "\(service.name).\(service.namespace ?? "default").svc.\(zone)"
            if service[path: "spec.clusterIP"].string == ip { targets.append(suffix) }
            for endpoint in readyEndpoints(of: service) where endpoint.ip == ip {
                targets.append("\(endpoint.hostname).\(suffix)")
            }
        }
        guard !targets.isEmpty else { return nil }
        return DNSReply(code: .noError, authoritative: true, answers: targets.map { .ptr(name: name, target: $0) })
    }

    /// The ready endpoints of a Service's EndpointSlices, as CoreDNS reads them: each address
    /// with its hostname (or its IP with dashes) and the slice's ports.
    func readyEndpoints(of service: KubeObject) -> [(ip: String, hostname: String, ports: [ServicePort])] {
        let slices = list(.endpointSlices, namespace: service.namespace).filter {
            $0.labels["kubernetes.io/service-name"] == service.name
        }
        var endpoints: [(ip: String, hostname: String, ports: [ServicePort])] = []
        for slice in slices {
            let ports = slice[path: "ports"].array.map {
                ServicePort(name: $0["name"].string ?? "", number: $0["port"].int ?? 0, protocol: $0["protocol"].string ?? "TCP")
            }
            for endpoint in slice[path: "endpoints"].array where endpoint["conditions"]["ready"].bool != false {
                for ip in endpoint["addresses"].array.compactMap(\.string) {
                    let hostname = endpoint["hostname"].string ?? String(ip.map { $0 == "." ? "-" : $0 })
                    endpoints.append((ip, hostname, ports))
                }
            }
        }
        return endpoints
    }
}

/// One port of a Service or of an EndpointSlice.
struct ServicePort {
    var name: String
    var number: Int
    var `protocol`: String
}

/// The parts of a name under `svc`: `[_port, _proto,] [endpoint,] service`.
private struct ServiceQuestion {
    var service: String
    var endpoint: String?
    var port: String?
    var proto: String?

    init?(labels: [String]) {
        switch labels.count {
        case 1: service = labels[0]
        case 2: (endpoint, service) = (labels[0], labels[1])
        case 3:
            guard labels[0].hasPrefix("_"), labels[1].hasPrefix("_") else { return nil }
            (port, proto, service) = (String(labels[0].dropFirst()), String(labels[1].dropFirst()), labels[2])
        default: return nil
        }
    }

    func matches(_ p: ServicePort) -> Bool {
        (port == nil || port == p.name.lowercased()) && (proto == nil || proto == p.protocol.lowercased())
    }
}
