import KubeAPI

/// What the store and the scheduler keep from writes, so loops need not list every pod, must
/// always equal what a count over every pod gives.
extension Cluster {
    /// Controllers whose kept pod counts differ from their pods', and a scheduler cache that,
    /// brought up to date, differs from one built from every pod.
    func keptCountViolations(pods: [KubeObject]) -> [String] {
        var problems: [String] = []
        var recounted: [String: PodTally] = [:]
        for pod in pods {
            guard let controller = pod.controllerUID else { continue }
            recounted[controller, default: PodTally()].add(PodTally.Facts(pod))
        }
        for (controller, tally) in recounted where store.podTally(controlledBy: controller) != tally {
            problems.append("the store's count of the pods controlled by \(controller) differs from its pods")
        }
        if var cache = schedulerCache, let changes = peekChanges(for: .scheduler) {
            for change in changes where change.type == .pods {
                cache.update(change.key, to: store.get(.pods, namespace: change.key.namespace, name: change.key.name))
            }
            if !cache.holdsTheSame(as: SchedulerCache(pods: pods)) {
                problems.append("the scheduler's cache differs from the pods it was kept from")
            }
        }
        return problems
    }
}
