import Cluster
import KubeAPI
import Kubectl

/// A node container's network as Canal sets it up: podman's `eth0` on the lab network,
/// flannel's VXLAN device `flannel.1` holding the network address of the node's pod CIDR,
/// and one Calico veth (`cali` + 11 hex digits of SHA-1 of `NAMESPACE.POD`) per local pod
/// with a /32 route to the pod's IP. Other nodes' pod CIDRs go through `flannel.1`.
struct NodeNetwork {
    struct Interface {
        var index: Int
        var name: String
        /// `@ifN` after the name: the peer's index in the other namespace.
        var peer: String = ""
        var flags: String
        var mtu: Int
        var state: String
        var queueLength: Int?
        var linkType: String
        var mac: String
        var broadcast: String
        /// `link-netnsid 0` or `link-netns cni-…`; empty for none.
        var linkNamespace: String = ""
        /// IPv4 address with prefix length and its broadcast, if any.
        var ipv4: (address: String, broadcast: String?)?
        var ipv6: (address: String, scope: String)?
    }

    let cluster: Cluster
    let node: String
    let filesystem: VirtualFileSystem

    /// The node's address on the lab network, and the network's prefix and gateway from
    /// kcn's net.info (mounted at /opt/zfs/net.info).
    var nodeIP: String {
        let object = try? cluster.get(.nodes, namespace: nil, name: node)
        return object?[path: "status.addresses"].array.first { $0["type"].string == "InternalIP" }?["address"].string ?? ""
    }

    private var netInfo: [String: String] {
        var values: [String: String] = [:]
        for line in (filesystem.read("/opt/zfs/net.info") ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        return values
    }

    var prefixLength: Int { netInfo["subnet"].flatMap { $0.split(separator: "/").last.flatMap { Int($0) } } ?? 24 }
    var gateway: String? { netInfo["gateway"] }
    var subnet: String? { netInfo["subnet"] }

    /// The node's pod CIDR and those of the other nodes, by address.
    var podCIDR: String? { (try? cluster.get(.nodes, namespace: nil, name: node))?[path: "spec.podCIDR"].string }

    var remotePodCIDRs: [String] {
        cluster.list(.nodes).filter { $0.name != node }.compactMap { $0[path: "spec.podCIDR"].string }
            .sorted { (IPv4Text.value(IPv4Text.network($0)) ?? 0) < (IPv4Text.value(IPv4Text.network($1)) ?? 0) }
    }

    /// The local pods with an IP of their own, in sandbox order, with their veth name.
    var podRoutes: [(pod: KubeObject, ip: String, veth: String)] {
        cluster.list(.pods).filter { pod in
            pod[path: "spec.nodeName"].string == node && pod[path: "spec.hostNetwork"].bool != true
                && pod[path: "status.podIP"].string != nil
        }.sorted { ($0.creationTimestamp?.milliseconds ?? 0, $0.name) < ($1.creationTimestamp?.milliseconds ?? 0, $1.name) }
            .map { pod in
                (pod, pod[path: "status.podIP"].string ?? "", "cali" + String(SHA1.hex("\(pod.namespace ?? "").\(pod.name)").prefix(11)))
            }
    }

    var interfaces: [Interface] {
        let up = "<BROADCAST,MULTICAST,UP,LOWER_UP>"
        var list = [
            Interface(
                index: 1, name: "lo", flags: "<LOOPBACK,UP,LOWER_UP>", mtu: 65536, state: "UNKNOWN", queueLength: 1000,
                linkType: "loopback", mac: "00:00:00:00:00:00", broadcast: "00:00:00:00:00:00",
                ipv4: ("127.0.0.1/8", nil), ipv6: ("::1/128", "host")),
        ]
        let ethMAC = mac(seed: "eth0")
        let broadcast = IPv4Text.broadcast(nodeIP, prefixLength)
        list.append(
            Interface(
                index: 2, name: "eth0", peer: "@if\(containerIndex * 2 + 5)", flags: up, mtu: 1500, state: "UP",
                queueLength: 1000, linkType: "ether", mac: ethMAC, broadcast: "ff:ff:ff:ff:ff:ff",
                linkNamespace: "link-netnsid 0", ipv4: ("\(nodeIP)/\(prefixLength)", broadcast),
                ipv6: (linkLocal(ethMAC), "link")))
        if let cidr = podCIDR {
            let flannelMAC = mac(seed: "flannel.1")
            list.append(
                Interface(
                    index: 3, name: "flannel.1", flags: up, mtu: 1450, state: "UNKNOWN", linkType: "ether", mac: flannelMAC,
                    broadcast: "ff:ff:ff:ff:ff:ff", ipv4: (IPv4Text.network(cidr) + "/32", nil), ipv6: (linkLocal(flannelMAC), "link")))
        }
        for (offset, route) in podRoutes.enumerated() {
            list.append(
                Interface(
                    index: 4 + offset, name: route.veth, peer: "@if2", flags: up, mtu: 1450, state: "UP", queueLength: 1000,
                    linkType: "ether", mac: "ee:ee:ee:ee:ee:ee", broadcast: "ff:ff:ff:ff:ff:ff",
                    linkNamespace: "link-netns cni-" + uuid(route.pod.uid), ipv6: ("fe80::ecee:eeff:feee:eeee/64", "link")))
        }
        return list
    }

    /// The main routing table as the kernel dumps it: by destination address.
    var routes: [String] {
        var entries: [(UInt32, String)] = []
        if let gateway { entries.append((0, "default via \(gateway) dev eth0 proto static metric 100")) }
        for cidr in remotePodCIDRs {
            let net = IPv4Text.network(cidr)
            entries.append((IPv4Text.value(net) ?? 0, "\(cidr) via \(net) dev flannel.1 onlink"))
        }
        for route in podRoutes {
            entries.append((IPv4Text.value(route.ip) ?? 0, "\(route.ip) dev \(route.veth) scope link"))
        }
        if let subnet {
            entries.append(
                (IPv4Text.value(IPv4Text.network(subnet)) ?? 0, "\(subnet) dev eth0 proto kernel scope link src \(nodeIP)"))
        }
        return entries.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private var containerIndex: Int { cluster.list(.nodes).map(\.name).sorted().firstIndex(of: node) ?? 0 }

    /// A locally administered unicast MAC address, stable for the node and device.
    private func mac(seed: String) -> String {
        let digits = Array(Cluster.runtimeID(of: "mac \(node) \(seed)"))
        var bytes = (0..<6).map { Int(String(digits[2 * $0...2 * $0 + 1]), radix: 16) ?? 0 }
        bytes[0] = bytes[0] & 0xfc | 0x02
        return bytes.map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
            .joined(separator: ":")
    }

    /// The EUI-64 link-local IPv6 address the kernel gives an Ethernet device.
    private func linkLocal(_ mac: String) -> String {
        var bytes = mac.split(separator: ":").map { Int($0, radix: 16) ?? 0 }
        bytes[0] ^= 0x02
        let words = [bytes[0] << 8 | bytes[1], bytes[2] << 8 | 0xff, 0xfe << 8 | bytes[3], bytes[4] << 8 | bytes[5]]
        return "fe80::" + words.map { String($0, radix: 16) }.joined(separator: ":") + "/64"
    }

    /// The CNI network namespace's name: a UUID made from the pod's sandbox digest.
    private func uuid(_ seed: String) -> String {
        let digits = Array(Cluster.runtimeID(of: "netns " + seed))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }.joined(separator: "-")
    }
}

