import KubeAPI

/// The InterPodAffinity filter's required rules: the pod's own affinity and anti-affinity, and
/// the anti-affinity of pods already placed, each over the domain its `topologyKey` names.
enum PodAffinity {
    typealias Placement = (pod: SchedulingPod, node: SchedulingNode)

    /// `node(s) didn't match pod affinity rules` and the rest, or nil when the node passes.
    /// `placed` is asked for only when the pod has affinity rules of its own; `antiAffinityHolders`
    /// are the placed pods with required anti-affinity terms.
    static func failure(
        _ pod: SchedulingPod, on node: SchedulingNode, placed: () -> [Placement], antiAffinityHolders: [Placement]
    ) -> SchedulerFilter? {
        let affinity = pod.affinityTerms
        let anti = pod.antiAffinityTerms
        if affinity.isEmpty && anti.isEmpty && antiAffinityHolders.isEmpty { return nil }
        let placed = affinity.isEmpty && anti.isEmpty ? [] : placed()
        for term in affinity where !satisfiesAffinity(term, pod: pod.object, node: node, placed: placed) {
            return SchedulerFilter(reasons: [affinityRulesNotMatch], resolvable: false)
        }
        for term in anti where placed.contains(where: { inDomain(term, node, $0.node) && selects(term, owner: pod.object, $0.pod.object) }) {
            return SchedulerFilter(reasons: [antiAffinityRulesNotMatch], resolvable: true)
        }
        for other in antiAffinityHolders {
            let terms = other.pod.antiAffinityTerms
            if terms.contains(where: { inDomain($0, node, other.node) && selects($0, owner: other.pod.object, pod.object) }) {
                return SchedulerFilter(reasons: [existingAntiAffinityRulesNotMatch], resolvable: true)
            }
        }
        return nil
    }

    /// A term is met when a placed pod it selects shares the node's domain, or, when no pod
    /// anywhere matches, when the pod matches its own term (so the first of a group can start).
    private static func satisfiesAffinity(_ term: JSONValue, pod: KubeObject, node: SchedulingNode, placed: [Placement]) -> Bool {
        if placed.contains(where: { inDomain(term, node, $0.node) && selects(term, owner: pod, $0.pod.object) }) { return true }
        return !placed.contains { selects(term, owner: pod, $0.pod.object) } && selects(term, owner: pod, pod)
            && node.labels[term["topologyKey"].string ?? ""] != nil
    }

    /// Whether two nodes share the term's topology domain (the same value of its key).
    private static func inDomain(_ term: JSONValue, _ a: SchedulingNode, _ b: SchedulingNode) -> Bool {
        guard let key = term["topologyKey"].string, let value = a.labels[key] else { return false }
        return b.labels[key] == value
    }

    /// Whether `term` of `owner` selects `candidate`: its namespaces (the owner's by default) and labels.
    private static func selects(_ term: JSONValue, owner: KubeObject, _ candidate: KubeObject) -> Bool {
        if term["namespaceSelector"].isNull {
            let listed = term["namespaces"].array.compactMap(\.string)
            let allowed = listed.isEmpty ? [owner.namespace ?? "default"] : listed
            guard allowed.contains(candidate.namespace ?? "default") else { return false }
        }
        guard !term["labelSelector"].isNull else { return false }
        return LabelSelector(json: term["labelSelector"]).matches(candidate.labels)
    }

    static let affinityRulesNotMatch = "node(s) didn't match pod affinity rules"
    static let antiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules"
    static let existingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules"
}
