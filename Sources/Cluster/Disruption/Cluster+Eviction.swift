import KubeAPI

/// The pods' `eviction` subresource (`POST .../pods/NAME/eviction`): a deletion that the
/// PodDisruptionBudget covering the pod must allow first, as `kubectl drain` asks for one.
extension Cluster {
    /// Evicts a pod: deletes it when no budget covers it or its budget allows one more
    /// disruption (counting it against the budget), refuses with 429 when the budget does not.
    public func evict(
        namespace: String?, name: String, gracePeriodSeconds: Int? = nil, dryRun: Bool = false
    ) throws(APIError) {
        let pod = try get(.pods, namespace: namespace, name: name)
        if !Self.evictionIgnoresBudgets(pod) {
            let budgets = list(.podDisruptionBudgets, namespace: pod.namespace).filter { budget in
                let selector = budget[path: "spec.selector"]
                return !LabelSelector(json: selector).isEmpty && DisruptionBudget.selects(budget, pod)
            }
            if budgets.count > 1 {
                // The storage answers with a Failure Status of its own, which carries no reason.
                throw APIError(reason: "", message: Self.severalBudgets, code: 500)
            }
            if let budget = budgets.first, !unhealthyPodMayGo(pod, budget: budget) {
                let charged = try chargedBudget(budget, for: pod)
                if !dryRun { save(.podDisruptionBudgets, charged) }
            }
        }
        if dryRun { return }
        deleteObject(.pods, pod, gracePeriodSeconds: gracePeriodSeconds, propagation: .background)
        reconcile()
    }

    /// Pods that are done, not yet running or already going are deleted without asking a budget.
    static func evictionIgnoresBudgets(_ pod: KubeObject) -> Bool {
        ["Succeeded", "Failed", "Pending"].contains(pod[path: "status.phase"].string ?? "") || pod.deletionTimestamp != nil
    }

    /// A running pod that is not ready goes when the policy says so or the budget is met anyway.
    private func unhealthyPodMayGo(_ pod: KubeObject, budget: KubeObject) -> Bool {
        guard !pod.isReady else { return false }
        if budget[path: "spec.unhealthyPodEvictionPolicy"].string == "AlwaysAllow" { return true }
        let desired = budget[path: "status.desiredHealthy"].int ?? 0
        return (budget[path: "status.currentHealthy"].int ?? 0) >= desired && desired > 0
    }

    /// `checkAndDecrement`: the budget with one disruption fewer and the pod among its disrupted pods.
    private func chargedBudget(_ budget: KubeObject, for pod: KubeObject) throws(APIError) -> KubeObject {
        let observed = budget[path: "status.observedGeneration"].int ?? 0
        if observed < (budget.metadata["generation"].int ?? 1) {
            throw Self.tooManyRequests
        }
        let allowed = budget[path: "status.disruptionsAllowed"].int ?? 0
        if allowed < 0 {
            throw APIError(reason: "Forbidden", message: "pdb disruptions allowed is negative", code: 403)
        }
        if allowed == 0 { throw Self.tooManyRequests }
        var charged = budget
        charged[path: "status.disruptionsAllowed"] = .int(allowed - 1)
        var disrupted = budget[path: "status.disruptedPods"]
        if disrupted.isNull { disrupted = .emptyObject }
        disrupted[pod.name] = .string(now.rfc3339)
        charged[path: "status.disruptedPods"] = disrupted
        if allowed == 1 {
            charged[path: "status.conditions"] = DisruptionCondition.set(
                in: budget[path: "status.conditions"], status: "False", reason: "InsufficientPods", message: "",
                generation: budget[path: "status.observedGeneration"], now: now)
        }
        return charged
    }

    static let tooManyRequests = APIError(
        reason: "TooManyRequests", message: "Cannot evict pod as it would violate the pod's disruption budget.", code: 429)
    static let severalBudgets = "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."
}
