import Cluster
import KubeAPI

/// `describeNetworkPolicy`: which pods it selects and the traffic it allows in and out.
enum NetworkPolicyDescriber {
    static func describe(_ policy: KubeObject, _ context: DescribeContext) -> String {
        let spec = policy.value["spec"]
        var w = DescribeWriter()
        w.header(policy, then: ("Created on", DescribeTime.goString(policy.metadata["creationTimestamp"])))
        w.write(0, "Spec:\n")
        w.write(1, "PodSelector: ")
        let selector = spec["podSelector"]
        if selector["matchLabels"].isEmptyCollection && selector["matchExpressions"].isEmptyCollection {
            w.write(2, "<none> (Allowing the specific traffic to all pods in this namespace)\n")
        } else {
            w.write(2, TableCells.labelSelector(selector) + "\n")
        }
        let types = spec["policyTypes"].array.map(\.text)
        if types.contains("Ingress") {
            w.write(1, "Allowing ingress traffic:\n")
            rules(spec["ingress"].array, peers: "from", into: &w)
        } else {
            w.write(1, "Not affecting ingress traffic\n")
        }
        if types.contains("Egress") {
            w.write(1, "Allowing egress traffic:\n")
            rules(spec["egress"].array, peers: "to", into: &w)
        } else {
            w.write(1, "Not affecting egress traffic\n")
        }
        w.write(1, "Policy Types: \(types.isEmpty ? "<none>" : types.joined(separator: ", "))\n")
        return w.finish()
    }

    /// Ingress (`from`) or egress (`to`) rules: ports, then peers, rules divided by a dashed line.
    private static func rules(_ rules: [JSONValue], peers key: String, into w: inout DescribeWriter) {
        let indent = "    "
        let ingress = key == "from"
        guard !rules.isEmpty else {
            let direction = ingress ? "ingress" : "egress"
            return w.write(0, "\(indent)<none> (Selected pods are isolated for \(direction) connectivity)\n")
        }
        for (index, rule) in rules.enumerated() {
            let ports = rule["ports"].array
            if ports.isEmpty { w.write(0, "\(indent)To Port: <any> (traffic allowed to all ports)\n") }
            for port in ports {
                let proto = port["protocol"].string ?? "TCP"
                let number = port["port"].isNull ? "<nil>" : port["port"].text
                if let end = port["endPort"].int {
                    w.write(0, "\(indent)To Port Range: \(number)-\(end)/\(proto)\n")
                } else {
                    w.write(0, "\(indent)To Port: \(number)/\(proto)\n")
                }
            }
            let title = ingress ? "From" : "To"
            let peers = rule[key].array
            if peers.isEmpty {
                let what = ingress ? "source" : "destination"
                w.write(0, "\(indent)\(title): <any> (traffic not restricted by \(what))\n")
            }
            for peer in peers {
                w.write(0, "\(indent)\(title):\n")
                let pods = peer["podSelector"]
                let namespaces = peer["namespaceSelector"]
                if !namespaces.isNull {
                    w.write(1, "\(indent)NamespaceSelector: \(TableCells.labelSelector(namespaces))\n")
                }
                if !pods.isNull { w.write(1, "\(indent)PodSelector: \(TableCells.labelSelector(pods))\n") }
                if pods.isNull && namespaces.isNull && !peer["ipBlock"].isNull {
                    w.write(1, "\(indent)IPBlock:\n")
                    w.write(2, "\(indent)CIDR: \(peer["ipBlock"]["cidr"].text)\n")
                    w.write(
                        2, "\(indent)Except: \(peer["ipBlock"]["except"].array.map(\.text).joined(separator: ", "))\n")
                }
            }
            if index != rules.count - 1 { w.write(0, "\(indent)----------\n") }
        }
    }
}
