import KubeAPI

/// What the disruption controller works out for one PodDisruptionBudget from its pods
/// (`pkg/controller/disruption`): how many pods it counts, how many must stay healthy and how
/// many are healthy now.
struct DisruptionBudget {
    var expectedPods: Int
    var desiredHealthy: Int
    var currentHealthy: Int

    /// `disruptionsAllowed`: the healthy pods above the desired count, never below zero.
    var disruptionsAllowed: Int {
        let allowed = currentHealthy - desiredHealthy
        return expectedPods <= 0 || allowed <= 0 ? 0 : allowed
    }

    /// Why the controller could not work a budget out; its text goes into the condition's message.
    struct SyncError: Error, Equatable {
        var message: String
    }

    /// The pods a budget's selector covers: none without a selector, every pod of the
    /// namespace with an empty one.
    static func selects(_ budget: KubeObject, _ pod: KubeObject) -> Bool {
        let selector = budget[path: "spec.selector"]
        if selector.isNull { return false }
        return LabelSelector(json: selector).matches(pod)
    }

    /// `getExpectedPodCount`: with maxUnavailable or a percentage minAvailable the pods'
    /// controllers' scale is the count, and pods with no controller are named as unmanaged; with
    /// a number minAvailable the pods themselves are. `scale` gives each pod's controller's
    /// identity and replicas, or throws why it cannot.
    static func expected(
        for budget: KubeObject, pods: [KubeObject], scale: (KubeObject) throws(SyncError) -> (uid: String, replicas: Int)?
    ) throws(SyncError) -> (expected: Int, desired: Int, unmanaged: [String]) {
        let maxUnavailable = budget[path: "spec.maxUnavailable"]
        let minAvailable = budget[path: "spec.minAvailable"]
        if !maxUnavailable.isNull {
            let (expected, unmanaged) = try expectedScale(pods, scale: scale)
            let unavailable = try scaled(maxUnavailable, total: expected, field: "maxUnavailable")
            return (expected, max(0, expected - unavailable), unmanaged)
        }
        if let number = minAvailable.int { return (pods.count, number, []) }
        if minAvailable.string != nil {
            let (expected, unmanaged) = try expectedScale(pods, scale: scale)
            return (expected, try scaled(minAvailable, total: expected, field: "minAvailable"), unmanaged)
        }
        return (0, 0, [])
    }

    /// `getExpectedScale`: the replicas of every controller of the pods, each controller once,
    /// and the names of the pods without a controller, which are not counted.
    private static func expectedScale(
        _ pods: [KubeObject], scale: (KubeObject) throws(SyncError) -> (uid: String, replicas: Int)?
    ) throws(SyncError) -> (Int, [String]) {
        var replicas: [String: Int] = [:]
        var unmanaged: [String] = []
        for pod in pods {
            guard pod.controllerReference != nil else {
                unmanaged.append(pod.name)
                continue
            }
            guard let found = try scale(pod) else { throw SyncError(message: "found no controllers for pod \"\(pod.name)\"") }
            replicas[found.uid] = found.replicas
        }
        return (replicas.values.reduce(0, +), unmanaged)
    }

    /// `intstr.GetScaledValueFromIntOrPercent` rounding up, as the controller asks for both fields.
    private static func scaled(_ value: JSONValue, total: Int, field: String) throws(SyncError) -> Int {
        if let number = value.int { return number }
        let text = value.string ?? ""
        guard text.hasSuffix("%"), let percent = Int(text.dropLast()) else {
            throw SyncError(message: "invalid value for IntOrString: invalid type: string is not a percentage")
        }
        return (percent * total + 99) / 100
    }
}
