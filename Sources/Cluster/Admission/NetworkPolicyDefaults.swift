import KubeAPI
import OrderedCollections

/// A new NetworkPolicy as the apiserver stores it: `podSelector: {}` when absent, `policyTypes`
/// implied by the rules (`SetDefaults_NetworkPolicy`), port protocols TCP; and the checks of
/// `ValidateNetworkPolicySpec` learners trip over.
enum NetworkPolicyDefaults {
    static func apply(to policy: KubeObject) -> KubeObject {
        var policy = policy
        var spec = policy.value["spec"]
        if spec.isNull { spec = .emptyObject }
        if spec["podSelector"].isNull { spec["podSelector"] = .emptyObject }
        for direction in ["ingress", "egress"] where !spec[direction].isNull {
            spec[direction] = .array(spec[direction].array.map { rule in
                var rule = rule
                if !rule["ports"].isNull {
                    rule["ports"] = .array(rule["ports"].array.map { port in
                        var port = port
                        if port["protocol"].isNull { port["protocol"] = "TCP" }
                        return port
                    })
                }
                return rule
            })
        }
        if spec["policyTypes"].array.isEmpty {
            spec["policyTypes"] = spec["egress"].array.isEmpty ? ["Ingress"] : ["Ingress", "Egress"]
        }
        policy.value["spec"] = spec
        return policy
    }

    static func validate(_ policy: KubeObject) throws(APIError) {
        var causes: [FieldError.Cause] = []
        let spec = policy.value["spec"]
        for (direction, peers) in [("ingress", "from"), ("egress", "to")] {
            for (r, rule) in spec[direction].array.enumerated() {
                let path = "spec.\(direction)[\(r)]"
                for (p, port) in rule["ports"].array.enumerated() {
                    let proto = port["protocol"].string ?? ""
                    if !["TCP", "UDP", "SCTP"].contains(proto) {
                        causes.append(FieldError.notSupported("\(path).ports[\(p)].protocol", proto, ["TCP", "UDP", "SCTP"]))
                    }
                }
                for (i, peer) in rule[peers].array.enumerated() where peer.object.isEmpty {
                    causes.append(FieldError.required("\(path).\(peers)[\(i)]", "must specify a peer"))
                }
            }
        }
        let types = spec["policyTypes"].array.compactMap(\.string)
        for (index, type) in types.enumerated() where type != "Ingress" && type != "Egress" {
            causes.append(FieldError.notSupported("spec.policyTypes[\(index)]", type, ["Ingress", "Egress"]))
        }
        guard !causes.isEmpty else { return }
        throw .invalid(kind: "NetworkPolicy", group: "networking.k8s.io", name: policy.name, causes: causes)
    }
}
