import KubeAPI

/// Where a DaemonSet's pods belong (`NodeShouldRunDaemonPod`): the template's node affinity and
/// selector, and its taints checked with the tolerations the DaemonSet controller adds.
enum DaemonSetPlacement {
    /// `shouldRun`: a pod should be created on the node; `shouldContinueRunning`: a pod there may stay
    /// (only an untolerated `NoExecute` taint or a failed affinity sends it away).
    static func check(_ podSpec: JSONValue, on node: KubeObject) -> (shouldRun: Bool, shouldContinueRunning: Bool) {
        if let name = podSpec["nodeName"].string, !name.isEmpty, name != node.name { return (false, false) }
        guard NodeAffinity.requiredMatches(SchedulingPod(spec: podSpec), SchedulingNode(node)) else { return (false, false) }
        let tolerations = tolerations(for: podSpec)
        let taints = node[path: "spec.taints"].array
        if Tolerations.firstUntolerated(taints, tolerations, effects: ["NoExecute"]) != nil { return (false, false) }
        if Tolerations.firstUntolerated(taints, tolerations, effects: ["NoSchedule"]) != nil { return (false, true) }
        return (true, true)
    }

    /// `AddOrUpdateDaemonPodTolerations`: the template's tolerations, then those every daemon pod gets.
    static func tolerations(for podSpec: JSONValue) -> [JSONValue] {
        var result = podSpec["tolerations"].array
        var added: [(String, String)] = [
            ("node.kubernetes.io/not-ready", "NoExecute"), ("node.kubernetes.io/unreachable", "NoExecute"),
            ("node.kubernetes.io/disk-pressure", "NoSchedule"), ("node.kubernetes.io/memory-pressure", "NoSchedule"),
            ("node.kubernetes.io/pid-pressure", "NoSchedule"), ("node.kubernetes.io/unschedulable", "NoSchedule"),
        ]
        if podSpec["hostNetwork"].bool == true { added.append(("node.kubernetes.io/network-unavailable", "NoSchedule")) }
        for (key, effect) in added {
            let toleration: JSONValue = ["effect": .string(effect), "key": .string(key), "operator": "Exists"]
            if !result.contains(where: { $0.isEquivalent(to: toleration) }) { result.append(toleration) }
        }
        return result
    }

    /// `ReplaceDaemonSetPodNodeNameNodeAffinity`: every required term pinned to the node by
    /// `metadata.name` (a single such term when there were none).
    static func pinnedAffinity(_ affinity: JSONValue, to node: String) -> JSONValue {
        let field: JSONValue = ["key": "metadata.name", "operator": "In", "values": [.string(node)]]
        var result = affinity.isNull ? JSONValue.emptyObject : affinity
        let path = "nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms"
        var terms = result[path: path].array.map { term -> JSONValue in
            var t = term
            t["matchFields"] = [field]
            return t
        }
        if terms.isEmpty { terms = [["matchFields": [field]]] }
        if result["nodeAffinity"].isNull { result["nodeAffinity"] = .emptyObject }
        result[path: "nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"] = ["nodeSelectorTerms": .array(terms)]
        return result
    }

    /// The node a daemon pod is for: its `nodeName`, else the node its affinity pins it to.
    static func targetNode(of pod: KubeObject) -> String? {
        if let name = pod.nodeName { return name }
        let terms = pod[path: "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms"]
        for term in terms.array {
            for field in term["matchFields"].array where field["key"].string == "metadata.name" {
                if let value = field["values"].array.first?.string { return value }
            }
        }
        return nil
    }
}
