import KubeAPI

/// A kubelet that starts and finds no Node of its name registers one (`registerWithAPIServer`).
/// It does so only as it starts: a node deleted while its kubelet runs stays gone until the
/// kubelet starts again (`systemctl restart kubelet`, the container or the host restarting).
/// The new node is a new object (a new UID); the node IPAM controller gives it a pod CIDR, the
/// TTL controller its annotation, and the node lifecycle controller records `RegisteredNode`.
extension Cluster {
    /// Creates the node from what its kubelet registers; nil when it exists or nothing is known of it.
    func registerNode(_ name: String) -> KubeObject? {
        guard lookup(.nodes, nil, name) == nil, let registration = nodeContainers[name]?.registration else { return nil }
        var initial = registration
        initial.value["status"] = NodeStatusWriter.status(registration, bootedAt: now, now: now)
        guard var node = createOwned(initial, as: .nodes) else { return nil }
        let source = EventSource(component: "kubelet", host: name)
        recordEvent(node, reason: "Starting", message: "Starting kubelet.", source: source)
        recordEvent(node, reason: "NodeAllocatableEnforced", message: "Updated Node Allocatable limit across pods", source: source)
        // The status setters ran on the new node: every pressure condition was new, Ready too (no event).
        for (_, state) in Self.pressureEvents {
            recordEvent(node, reason: state, message: "Node \(name) status is now: \(state)", source: source)
        }
        if let cidr = ipam.nodeCIDRs?.allocate(taken: list(.nodes).compactMap { $0[path: "spec.podCIDR"].string }) {
            node[path: "spec.podCIDR"] = .string(cidr)
            node[path: "spec.podCIDRs"] = [.string(cidr)]
            save(.nodes, node)
            ipam.addNode(name, podCIDR: cidr)
            node = lookup(.nodes, nil, name) ?? node
        }
        var annotations = node.annotations
        annotations[Self.nodeTTLAnnotation] = "0"
        node[path: "metadata.annotations"] = .stringMap(annotations)
        save(.nodes, node)
        let registered = lookup(.nodes, nil, name) ?? node
        createNodeLease(for: registered)
        recordEvent(
            registered, reason: "RegisteredNode", message: "Node \(name) event: Registered Node \(name) in Controller",
            source: EventSource(component: "node-controller"))
        recreateMirrorPods(on: registered)
        return registered
    }

    /// The kubelet's lease controller makes the node's lease anew (the old one went with the old
    /// node, its owner); renewals are worked out on reading (`Cluster+LeaseRenewal.swift`).
    private func createNodeLease(for node: KubeObject) {
        guard lookup(.leases, Self.nodeLeaseNamespace, node.name) == nil else { return }
        let lease = KubeObject([
            "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
            "metadata": [
                "name": .string(node.name), "namespace": .string(Self.nodeLeaseNamespace),
                "ownerReferences": [["apiVersion": "v1", "kind": "Node", "name": .string(node.name), "uid": .string(node.uid)]],
            ],
            "spec": ["holderIdentity": .string(node.name), "leaseDurationSeconds": 40],
        ])
        _ = createOwned(lease, as: .leases)
    }

    /// The TTL controller's annotation: how long kubelets may cache objects (0 s in a small cluster).
    static let nodeTTLAnnotation = "node.alpha.kubernetes.io/ttl"
}
