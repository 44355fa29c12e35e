import KubeAPI

/// The InterPodAffinity filter's required rules: the pod's own affinity and anti-affinity, and
/// the anti-affinity of pods already placed, each over the domain its `topologyKey` names.
enum PodAffinity {
    /// `node(s) didn't match pod affinity rules` and the rest, or nil when the node passes.
    /// `placed` is asked for only when the pod has affinity rules of its own; `antiAffinityHolders`
    /// are the placed pods with required anti-affinity terms.
    static func failure(
        _ pod: KubeObject, on node: KubeObject, placed: () -> [(pod: KubeObject, node: KubeObject)],
        antiAffinityHolders: [(pod: KubeObject, node: KubeObject)]
    ) -> SchedulerFilter? {
        let affinity = pod[path: "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution"].array
        let anti = pod[path: "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"].array
        if affinity.isEmpty && anti.isEmpty && antiAffinityHolders.isEmpty { return nil }
        let placed = affinity.isEmpty && anti.isEmpty ? [] : placed()
        for term in affinity where !satisfiesAffinity(term, pod: pod, node: node, placed: placed) {
            return SchedulerFilter(reasons: [affinityRulesNotMatch], resolvable: false)
        }
        for term in anti where placed.contains(where: { inDomain(term, node, $0.node) && selects(term, owner: pod, $0.pod) }) {
            return SchedulerFilter(reasons: [antiAffinityRulesNotMatch], resolvable: true)
        }
        for other in antiAffinityHolders {
            let terms = other.pod[path: "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"].array
            if terms.contains(where: { inDomain($0, node, other.node) && selects($0, owner: other.pod, pod) }) {
                return SchedulerFilter(reasons: [existingAntiAffinityRulesNotMatch], resolvable: true)
            }
        }
        return nil
    }

    /// Whether a pod carries required anti-affinity terms.
    static func hasRequiredAntiAffinity(_ pod: KubeObject) -> Bool {
        !pod[path: "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"].array.isEmpty
    }

    /// A term is met when a placed pod it selects shares the node's domain, or, when no pod
    /// anywhere matches, when the pod matches its own term (so the first of a group can start).
    private static func satisfiesAffinity(
        _ term: JSONValue, pod: KubeObject, node: KubeObject, placed: [(pod: KubeObject, node: KubeObject)]
    ) -> Bool {
        if placed.contains(where: { inDomain(term, node, $0.node) && selects(term, owner: pod, $0.pod) }) { return true }
        return !placed.contains { selects(term, owner: pod, $0.pod) } && selects(term, owner: pod, pod)
            && node.labels[term["topologyKey"].string ?? ""] != nil
    }

    /// Whether two nodes share the term's topology domain (the same value of its key).
    private static func inDomain(_ term: JSONValue, _ a: KubeObject, _ b: KubeObject) -> Bool {
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
