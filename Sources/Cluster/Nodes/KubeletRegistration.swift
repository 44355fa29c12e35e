import KubeAPI

/// What a node's kubelet puts in the Node it registers (`initialNode`): its name, the labels it
/// sets itself (hostname, OS and architecture, with their beta twins) and those of its
/// `--node-labels` flag, the taints of `--register-with-taints`, the attach/detach annotation,
/// and what it reports of the machine (addresses, capacity, node info). Labels and annotations
/// kubeadm or controllers add later (the control-plane role, the CRI socket, the TTL) are not its.
enum KubeletRegistration {
    /// The Node the kubelet on `node`'s machine registers, from the node as the world describes
    /// it and the kubelet's flags in the node's files.
    static func node(from node: KubeObject, nodeFiles: [HostFile]) -> KubeObject {
        let flags = Self.flags(for: node.name, in: nodeFiles)
        let info = node[path: "status.nodeInfo"]
        var labels: [String: String] = [
            "kubernetes.io/hostname": node.name.lowercased(),
            "kubernetes.io/os": info["operatingSystem"].string ?? "linux",
            "kubernetes.io/arch": info["architecture"].string ?? "amd64",
        ]
        labels["beta.kubernetes.io/os"] = labels["kubernetes.io/os"]
        labels["beta.kubernetes.io/arch"] = labels["kubernetes.io/arch"]
        for pair in list(flags["node-labels"]) {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            labels[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        var registered: JSONValue = [
            "apiVersion": "v1", "kind": "Node",
            "metadata": [
                "name": .string(node.name), "labels": .stringMap(labels),
                "annotations": ["volumes.kubernetes.io/controller-managed-attach-detach": "true"],
            ],
            "spec": .emptyObject,
        ]
        let taints = list(flags["register-with-taints"]).compactMap(taint)
        if !taints.isEmpty { registered[path: "spec.taints"] = .array(taints) }
        var status = JSONValue.emptyObject
        for field in ["addresses", "capacity", "allocatable", "nodeInfo"] { status[field] = node[path: "status.\(field)"] }
        registered["status"] = status
        return KubeObject(registered)
    }

    /// The kubelet's command-line flags on `node` from kubeadm's `kubeadm-flags.env` and the
    /// `KUBELET_EXTRA_ARGS` of `/etc/default/kubelet`, by name without dashes.
    static func flags(for node: String, in files: [HostFile]) -> [String: String] {
        var flags: [String: String] = [:]
        for file in files where flagFiles.contains(file.path) && !file.isDirectory && (file.nodes.isEmpty || file.nodes.contains(node)) {
            for line in file.content.split(separator: "\n") {
                guard let equals = line.firstIndex(of: "=") else { continue }
                let value = line[line.index(after: equals)...].trimmingCharacters(in: "\"'")
                for word in value.split(separator: " ") where word.hasPrefix("--") {
                    let parts = word.dropFirst(2).split(separator: "=", maxSplits: 1).map(String.init)
                    flags[parts[0]] = parts.count > 1 ? parts[1] : "true"
                }
            }
        }
        return flags
    }

    private static let flagFiles = ["/var/lib/kubelet/kubeadm-flags.env", "/etc/default/kubelet"]

    private static func list(_ flag: String?) -> [String] {
        (flag ?? "").split(separator: ",").map(String.init).filter { !$0.isEmpty }
    }

    /// A taint as `key[=value]:Effect`.
    private static func taint(_ text: String) -> JSONValue? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let keyValue = parts[0].split(separator: "=", maxSplits: 1).map(String.init)
        var taint: JSONValue = ["key": .string(keyValue[0]), "effect": .string(parts[1])]
        if keyValue.count > 1 { taint["value"] = .string(keyValue[1]) }
        return taint
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
