import KubeAPI

/// NetworkPolicy as Calico (Canal's policy half) enforces it: a pod selected by a policy of a
/// direction is isolated in that direction, and then only what some rule of a selecting policy
/// allows passes. Pure over the policies and namespaces it is given.
struct NetworkPolicyEvaluator {
    var policies: [KubeObject]
    var namespaces: [KubeObject]

    enum Direction: String {
        case ingress = "Ingress"
        case egress = "Egress"
    }

    /// One side of a flow: its address and, when it is a pod, the pod.
    struct Peer {
        var ip: String
        var pod: KubeObject?
    }

    /// Whether `local` (a pod) may send to (egress) or receive from (ingress) `remote` on
    /// `port`/`proto`; `port` nil is a flow without ports (ICMP). Named ports take their numbers
    /// from the destination pod's container ports.
    func allows(_ direction: Direction, local: KubeObject, remote: Peer, port: Int?, proto: String) -> Bool {
        let selecting = policies.filter { policy in
            policy.namespace == local.namespace && types(of: policy).contains(direction)
                && LabelSelector(json: policy[path: "spec.podSelector"]).matches(local)
        }
        if selecting.isEmpty { return true }
        let destination = direction == .ingress ? local : remote.pod
        let rulesKey = direction == .ingress ? "spec.ingress" : "spec.egress"
        let peersKey = direction == .ingress ? "from" : "to"
        return selecting.contains { policy in
            policy[path: rulesKey].array.contains { rule in
                portsMatch(rule["ports"], port: port, proto: proto, destination: destination)
                    && peersMatch(rule[peersKey], remote: remote, policyNamespace: policy.namespace ?? "default")
            }
        }
    }

    /// The policy's `policyTypes`, or what the apiserver would default them to.
    private func types(of policy: KubeObject) -> Set<Direction> {
        let given = policy[path: "spec.policyTypes"].array.compactMap { $0.string.flatMap(Direction.init) }
        if !given.isEmpty { return Set(given) }
        return policy[path: "spec.egress"].array.isEmpty ? [.ingress] : [.ingress, .egress]
    }

    /// An absent or empty list of ports matches every port and protocol; a listed port matches its
    /// protocol and number (a name through the destination's container ports, a range with endPort).
    private func portsMatch(_ ports: JSONValue, port: Int?, proto: String, destination: KubeObject?) -> Bool {
        let list = ports.array
        if list.isEmpty { return true }
        guard let port else { return false }
        return list.contains { entry in
            guard (entry["protocol"].string ?? "TCP") == proto else { return false }
            let value = entry["port"]
            if value.isNull { return true }
            if let number = value.int {
                let end = entry["endPort"].int ?? number
                return (number...max(number, end)).contains(port)
            }
            guard let name = value.string, let destination else { return false }
            return Self.namedPort(name, proto: proto, in: destination) == port
        }
    }

    /// An absent or empty peer list matches every peer; otherwise one peer must match.
    private func peersMatch(_ peers: JSONValue, remote: Peer, policyNamespace: String) -> Bool {
        let list = peers.array
        if list.isEmpty { return true }
        return list.contains { peer in
            if !peer["ipBlock"].isNull { return Self.ipBlock(peer["ipBlock"], contains: remote.ip) }
            guard let pod = remote.pod else { return false }
            let podSelector = peer["podSelector"]
            let namespaceSelector = peer["namespaceSelector"]
            if namespaceSelector.isNull {
                guard pod.namespace == policyNamespace else { return false }
            } else {
                let namespace = namespaces.first { $0.name == pod.namespace }
                guard let namespace, LabelSelector(json: namespaceSelector).matches(namespace) else { return false }
            }
            return podSelector.isNull || LabelSelector(json: podSelector).matches(pod)
        }
    }

    /// Whether `ip` is in the block's CIDR and in none of its exceptions.
    static func ipBlock(_ block: JSONValue, contains ip: String) -> Bool {
        guard let address = IPv4(ip), let cidr = block["cidr"].string.flatMap(CIDR.init), cidr.contains(address) else {
            return false
        }
        return !block["except"].array.compactMap { $0.string.flatMap(CIDR.init) }.contains { $0.contains(address) }
    }

    /// The number of a container port called `name` in `pod`.
    static func namedPort(_ name: String, proto: String, in pod: KubeObject) -> Int? {
        for container in pod[path: "spec.containers"].array {
            for port in container["ports"].array
            where port["name"].string == name && (port["protocol"].string ?? "TCP") == proto {
                return port["containerPort"].int
            }
        }
        return nil
    }
}
