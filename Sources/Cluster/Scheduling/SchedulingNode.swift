import KubeAPI

/// A node as the scheduler's plugins read it, parsed once until a node is written rather than
/// once for every pod tried on it. A class, so that passing one around copies no fields.
final class SchedulingNode: Sendable {
    /// Its position in the pass's node list (-1 outside a pass).
    let index: Int
    let object: KubeObject
    let name: String
    let labels: [String: String]
    let unschedulable: Bool
    /// Its taints, with the `node.kubernetes.io/not-ready` taint a node that is not Ready carries.
    let taints: [JSONValue]
    /// The taints the scheduler only prefers to avoid, which scoring weighs.
    let preferNoScheduleTaints: [JSONValue]
    let room: NodeRoom

    init(_ node: KubeObject, index: Int = -1) {
        self.index = index
        object = node
        name = node.name
        labels = node.labels
        unschedulable = node[path: "spec.unschedulable"].bool == true
        taints = node.schedulingTaints
        preferNoScheduleTaints = node[path: "spec.taints"].array.filter { $0["effect"].string == "PreferNoSchedule" }
        room = NodeRoom(
            maxPods: node.allocatable(.pods),
            allocatable: ResourceAmount(milliCPU: node.allocatableCPU, memory: node.allocatableMemory),
            takesAnyPod: !unschedulable && taints.isEmpty, hasPreferNoScheduleTaints: !preferNoScheduleTaints.isEmpty)
    }
}

/// A pod's scheduling constraints, read once per pod rather than once per node it is tried on.
struct SchedulingPod {
    private(set) var object: KubeObject
    let tolerations: [JSONValue]
    let nodeSelector: [String: String]
    /// The required node affinity's terms; nil when the pod has none (every node matches).
    let requiredNodeTerms: [JSONValue]?
    let preferredNodeTerms: [JSONValue]
    /// Summed container requests, as declared and with the scoring defaults for empty ones.
    let requests: ResourceAmount
    let requestsNonZero: ResourceAmount
    let affinityTerms: [JSONValue]
    let antiAffinityTerms: [JSONValue]
    /// Its claims, as the VolumeBinding plugin read them for this pass.
    var volumes = PodVolumes.none
    /// Whether a node selector or required node affinity limits the nodes it may run on.
    var hasRequiredNodeRules: Bool { !nodeSelector.isEmpty || requiredNodeTerms != nil }
    /// Whether it carries required pod affinity or anti-affinity terms.
    var hasPodAffinityRules: Bool { !affinityTerms.isEmpty || !antiAffinityTerms.isEmpty }
    /// Whether only a node's room can keep it off the node (untainted nodes, no other pods' rules).
    var needsOnlyRoom: Bool { !hasRequiredNodeRules && !volumes.constrainsNodes && !hasPodAffinityRules }

    init(_ pod: KubeObject) {
        object = pod
        let spec = pod.value["spec"]
        tolerations = spec["tolerations"].array
        nodeSelector = spec["nodeSelector"].stringMap
        let nodeAffinity = spec["affinity"]["nodeAffinity"]
        let required = nodeAffinity["requiredDuringSchedulingIgnoredDuringExecution"]
        requiredNodeTerms = required.isNull ? nil : required["nodeSelectorTerms"].array
        preferredNodeTerms = nodeAffinity["preferredDuringSchedulingIgnoredDuringExecution"].array
        requests = pod.requests(nonZero: false)
        requestsNonZero = pod.requests(nonZero: true)
        affinityTerms = spec["affinity"]["podAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"].array
        antiAffinityTerms = spec["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"].array
    }

    /// Whether `pod` has the spec this was read from, so reading it again would give the same.
    func holds(theSpecOf pod: KubeObject) -> Bool {
        // Specs a write left alone share their storage, which makes this check cheap.
        object.value["spec"] == pod.value["spec"]
    }

    /// Holds `pod`, a later version with the same spec, as read already; its volumes are left for the pass.
    mutating func hold(_ pod: KubeObject) {
        object = pod
        volumes = .none
    }

    /// The same pod bound to `node`.
    func bound(to node: String) -> SchedulingPod {
        var copy = self
        copy.object[path: "spec.nodeName"] = .string(node)
        return copy
    }

    /// A pod made from a template's spec, as the DaemonSet controller weighs one.
    init(spec: JSONValue) {
        self.init(KubeObject(["apiVersion": "v1", "kind": "Pod", "metadata": .emptyObject, "spec": spec]))
    }
}
