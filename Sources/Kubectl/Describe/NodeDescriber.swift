import KubeAPI
import OrderedCollections

/// `describeNode`: a node's state, capacity, and the pods on it with what they request.
///
/// Roles, taints, the node's Lease, conditions, addresses and system info come first.
enum NodeDescriber {
    static func describe(_ node: KubeObject, _ context: DescribeContext) -> String {
        let spec = node.value["spec"]
        let status = node.value["status"]
        var w = DescribeWriter()
        w.field(0, "Name", node.name)
        let roles = Set(
            node.labels.compactMap { key, value -> String? in
                if key.hasPrefix(rolePrefix) {
                    return key.dropFirst(rolePrefix.count).isEmpty ? nil : String(key.dropFirst(rolePrefix.count))
                }
                return key == "kubernetes.io/role" && !value.isEmpty ? value : nil
            }
        ).sorted()
        w.field(0, "Roles", roles.isEmpty ? "<none>" : roles.joined(separator: ","))
        w.labels("Labels", node.labels)
        w.annotations("Annotations", node.annotations)
        w.field(0, "CreationTimestamp", DescribeTime.rfc1123Z(node.metadata["creationTimestamp"]))
        w.taints("Taints", spec["taints"].array)
        w.field(0, "Unschedulable", spec["unschedulable"].bool == true ? "true" : "false")
        lease(of: node, context, into: &w)
        conditions(status["conditions"].array, into: &w)
        w.write(0, "Addresses:\n")
        for address in status["addresses"].array { w.field(1, address["type"].text, address["address"].text) }
        for (title, key) in [("Capacity", "capacity"), ("Allocatable", "allocatable")] where !status[key].object.isEmpty
        {
            w.write(0, "\(title):\n")
            for (name, amount) in status[key].object.sorted(by: { $0.key < $1.key }) {
                w.field(1, name, amount.quantity?.description ?? amount.text)
            }
        }
        let info = status["nodeInfo"]
        w.write(0, "System Info:\n")
        for (title, key) in systemInfo { w.field(1, title, info[key].text) }
        if let cidr = spec["podCIDR"].string, !cidr.isEmpty { w.field(0, "PodCIDR", cidr) }
        let cidrs = spec["podCIDRs"].array.map(\.text)
        if !cidrs.isEmpty { w.field(0, "PodCIDRs", cidrs.joined(separator: ",")) }
        if let provider = spec["providerID"].string, !provider.isEmpty { w.field(0, "ProviderID", provider) }
        let pods = context.list(.pods, namespace: nil).filter { pod in
            let phase = pod.value["status"]["phase"].text
            return pod.value["spec"]["nodeName"].text == node.name && phase != "Succeeded" && phase != "Failed"
        }
        NodeResources(node: node, pods: pods, context: context).write(into: &w)
        // Kubelets report node events with the node's name as UID, controllers with its UID.
        w.events(context.events(for: node, extraUIDs: [node.name]), context: context)
        return w.finish()
    }

    private static let rolePrefix = "node-role.kubernetes.io/"

    private static let systemInfo = [
        ("Machine ID", "machineID"), ("System UUID", "systemUUID"), ("Boot ID", "bootID"),
        ("Kernel Version", "kernelVersion"), ("OS Image", "osImage"), ("Operating System", "operatingSystem"),
        ("Architecture", "architecture"), ("Container Runtime Version", "containerRuntimeVersion"),
        ("Kubelet Version", "kubeletVersion"), ("Kube-Proxy Version", "kubeProxyVersion"),
    ]

    /// `describeNodeLease`: who holds the node's heartbeat Lease and when it was last renewed.
    private static func lease(of node: KubeObject, _ context: DescribeContext, into w: inout DescribeWriter) {
        let lease: KubeObject
        do {
            lease = try context.source.get(.leases, namespace: "kube-node-lease", name: node.name)
        } catch {
            return w.field(0, "Lease", "Failed to get lease: \(error.message)")
        }
        let spec = lease.value["spec"]
        w.write(0, "Lease:\n")
        w.field(1, "HolderIdentity", spec["holderIdentity"].string ?? "<unset>")
        for (title, key) in [("AcquireTime", "acquireTime"), ("RenewTime", "renewTime")] {
            w.field(1, title, spec[key].string == nil ? "<unset>" : DescribeTime.rfc1123Z(spec[key]))
        }
    }

    private static func conditions(_ conditions: [JSONValue], into w: inout DescribeWriter) {
        guard !conditions.isEmpty else { return }
        w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
        w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
        for c in conditions {
            let heartbeat = DescribeTime.rfc1123Z(c["lastHeartbeatTime"])
            let transition = DescribeTime.rfc1123Z(c["lastTransitionTime"])
            w.write(
                1,
                "\(c["type"].text) \t\(c["status"].text) \t\(heartbeat) \t\(transition) \t\(c["reason"].text) \t\(c["message"].text)\n"
            )
        }
    }
}
