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
        // ipvsadm lists services sorted by protocol, address and port, real servers likewise.
        self.servers = servers.sorted { a, b in
            if a.proto != b.proto { return a.proto < b.proto }
            if a.ip != b.ip { return IPv4Key(a.ip) < IPv4Key(b.ip) }
            return a.port < b.port
        }.map { server in
            var sorted = server
            sorted.realServers = server.realServers.sorted {
                $0.ip == $1.ip ? $0.port < $1.port : IPv4Key($0.ip) < IPv4Key($1.ip)
            }
            return sorted
        }
    }

    /// The table as `ipvsadm -Ln` prints it.
    public var text: String {
        var out = "IP Virtual Server version 1.2.1 (size=4096)\n"
        out += "Prot LocalAddress:Port Scheduler Flags\n"
        out += "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
        for server in servers {
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
    text.split(separator: ".").reduce(UInt32(0)) { $0 << 8 | (UInt32($1) ?? 0) }
}
