/// The IPVS virtual servers kube-proxy 1.32 keeps in ipvs mode: one per ClusterIP port and
/// one per NodePort on the node's address, each with its endpoints as real servers.
public struct IPVSTable: Sendable {
    public struct VirtualServer: Sendable {
        public var proto: String
        public var ip: String
        public var port: Int
        public var realServers: [ProxyEndpoint]
    }

    public var scheduler: String
    public var servers: [VirtualServer]
    /// The kernel's hash of virtual servers.
    var index: [ProxyAddress: Int] = [:]

    /// Virtual and real servers together: the entries the kernel hashes.
    public var entryCount: Int { servers.reduce(0) { $0 + 1 + $1.realServers.count } }

    public init(node: ProxyNode) {
        scheduler = node.configuration.ipvsScheduler
        var servers: [VirtualServer] = []
        for port in node.ports {
            let policy = node.policy(of: port)
            let proto = port.proto.uppercased()
            servers.append(VirtualServer(proto: proto, ip: port.clusterIP, port: port.port,
                realServers: port.internalPolicyLocal ? policy.local : policy.cluster))
            if port.nodePort != 0 {
                servers.append(VirtualServer(proto: proto, ip: node.ip, port: port.nodePort,
                    realServers: port.externalPolicyLocal ? policy.local : policy.cluster))
            }
        }
        self.servers = servers
        for (position, server) in servers.enumerated() {
            index[ProxyAddress(ip: server.ip, proto: server.proto.lowercased(), port: server.port)] = position
        }
    }

    /// The virtual servers as ipvsadm lists them: sorted by protocol, address and port, and
    /// each one's real servers by address and port.
    var sortedServers: [VirtualServer] {
        func key(_ ip: String, _ port: Int) -> UInt64 { UInt64(IPv4Key(ip)) << 16 | UInt64(port) }
        return servers.map { (key: key($0.ip, $0.port), server: $0) }
            .sorted { $0.server.proto != $1.server.proto ? $0.server.proto < $1.server.proto : $0.key < $1.key }
            .map { entry in
                var server = entry.server
                server.realServers = server.realServers.map { ($0, key($0.ip, $0.port)) }.sorted { $0.1 < $1.1 }.map(\.0)
                return server
            }
    }

    /// A new connection to `ip:port`: one hash lookup of the virtual server, then the scheduler.
    public func lookup(ip: String, proto: String, port: Int) -> ProxyLookup {
        guard let position = index[ProxyAddress(ip: ip, proto: proto, port: port)] else {
            return ProxyLookup(endpoints: [], rulesVisited: 1, matched: false)
        }
        return ProxyLookup(endpoints: servers[position].realServers, rulesVisited: 1, matched: true)
    }

    /// The table as `ipvsadm -Ln` prints it.
    public var text: String {
        var out = "IP Virtual Server version 1.2.1 (size=4096)\n"
        out += "Prot LocalAddress:Port Scheduler Flags\n"
        out += "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
        for server in sortedServers {
            out += "\(server.proto)  \(server.ip):\(server.port) \(scheduler)\n"
            for real in server.realServers {
                out += "  -> " + pad(real.address, 28) + " " + pad("Masq", 7) + " " + pad("1", 6) + " " + pad("0", 10) + " " + pad("0", 10) + "\n"
            }
        }
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// An IPv4 address as a number, for ordering.
private func IPv4Key(_ text: String) -> UInt32 {
    var value: UInt32 = 0
    var octet: UInt32 = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: ".") {
            value = value << 8 | octet
            octet = 0
        } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
        }
    }
    return value << 8 | octet
}
