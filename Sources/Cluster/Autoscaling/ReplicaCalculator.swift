import KubeAPI

/// The HPA controller's replica calculator for a resource utilization target
/// (`GetResourceReplicas`): how many pods would bring the average use back to the target.
///
/// Pods that are deleting or failed are left out; pending and not-yet-ready pods, and pods
/// without a sample, only count in the direction that makes scaling more cautious.
enum ReplicaCalculator {
    /// A change smaller than this share of the target does not rescale (`--horizontal-pod-autoscaler-tolerance`).
    static let tolerance = 0.1
    /// How long after a pod starts its CPU samples may still be start-up noise.
    static let cpuInitializationSeconds: Int64 = 300
    /// How long after a pod starts a not-ready pod may still become ready for the first time.
    static let initialReadinessDelaySeconds: Int64 = 30

    /// What the calculator needs to know of one pod the target's selector matches.
    struct Pod: Equatable {
        var name: String
        var deleting = false
        var phase = "Running"
        /// The Ready condition's status (`True`, `False`), nil without one.
        var ready: String?
        var readySince: Timestamp?
        var startTime: Timestamp?
        /// The sample metrics-server has for the pod, in milli-units; nil when it has none.
        var usage: Int64?
        /// The pod's request of the resource in milli-units, or the first container that has none.
        var request: Result<Int64, MissingRequest>
    }

    struct MissingRequest: Error, Equatable {
        var container: String
    }

    /// The calculator's proposal, with the utilization and average use the status reports.
    struct Proposal: Equatable {
        var replicas: Int
        var utilization: Int
        var averageValue: Int64
    }

    /// What the autoscaler aims at: a percentage of the pods' requests, or an average use in milli-units.
    enum Target: Equatable {
        case utilization(Int)
        case averageValue(Int64)
    }

    /// Proposes a replica count for `pods` at `target` (`GetResourceReplicas`, or
    /// `GetRawResourceReplicas` for an average value), or says, as the controller words it, why it cannot.
    static func replicas(
        current: Int, target: Target, resource: String, pods: [Pod], now: Timestamp, metricWindowSeconds: Int64,
        metricTime: Timestamp
    ) -> Result<Proposal, CalculationError> {
        guard pods.contains(where: { $0.usage != nil }) else {
            return .failure(
                CalculationError(
                    "unable to get metrics for resource \(resource): no metrics returned from resource metrics API"))
        }
        guard !pods.isEmpty else {
            return .failure(CalculationError("no pods returned by selector while calculating replica count"))
        }
        var metrics: [String: Int64] = [:]
        var unready: [String] = []
        var missing: [String] = []
        for pod in pods {
            switch group(pod, resource: resource, now: now, windowSeconds: metricWindowSeconds, metricTime: metricTime)
            {
            case .ignored: continue
            case .unready: unready.append(pod.name)
            case .missing: missing.append(pod.name)
            case .ready: metrics[pod.name] = pod.usage
            }
        }
        guard !metrics.isEmpty else {
            return .failure(CalculationError("did not receive metrics for targeted pods (pods might be unready)"))
        }
        var requests: [String: Int64] = [:]
        for pod in pods {
            guard case .utilization = target else { break }
            switch pod.request {
            case .success(let amount): requests[pod.name] = amount
            case .failure(let missing):
                return .failure(
                    CalculationError(
                        "missing request for \(resource) in container \(missing.container) of Pod \(pod.name)"))
            }
        }
        let ratio = { (metrics: [String: Int64]) -> (ratio: Double, utilization: Int, average: Int64)? in
            switch target {
            case .utilization(let percent): return utilizationRatio(metrics, requests, target: percent)
            case .averageValue(let value):
                let average = metrics.values.reduce(0, +) / Int64(max(1, metrics.count))
                return (Double(average) / Double(value), 0, average)
            }
        }
        guard let first = ratio(metrics) else {
            return .failure(CalculationError("no metrics returned matched known pods"))
        }
        let proposal = { (replicas: Int) in
            Proposal(replicas: replicas, utilization: first.utilization, averageValue: first.average)
        }
        let scaleUpWithUnready = !unready.isEmpty && first.ratio > 1
        if !scaleUpWithUnready && missing.isEmpty {
            if abs(1 - first.ratio) <= tolerance { return .success(proposal(current)) }
            return .success(proposal(Int((first.ratio * Double(metrics.count)).rounded(.up))))
        }
        // Fill in the pods without a usable sample so they pull toward not scaling: on a scale
        // down as if at their whole request (or the target above it), on a scale up as if idle.
        for name in missing {
            if first.ratio < 1 {
                switch target {
                case .utilization(let percent): metrics[name] = (requests[name] ?? 0) * Int64(max(100, percent)) / 100
                case .averageValue(let value): metrics[name] = value
                }
            } else if first.ratio > 1 {
                metrics[name] = 0
            }
        }
        if scaleUpWithUnready { for name in unready { metrics[name] = 0 } }
        guard let second = ratio(metrics) else {
            return .failure(CalculationError("no metrics returned matched known pods"))
        }
        if abs(1 - second.ratio) <= tolerance || (first.ratio < 1 && second.ratio > 1)
            || (first.ratio > 1 && second.ratio < 1)
        {
            return .success(proposal(current))
        }
        let replicas = Int((second.ratio * Double(metrics.count)).rounded(.up))
        if (second.ratio < 1 && replicas > current) || (second.ratio > 1 && replicas < current) {
            return .success(proposal(current))
        }
        return .success(proposal(replicas))
    }

    enum Group { case ignored, unready, missing, ready }

    /// `groupPods`: where one pod's sample stands.
    static func group(_ pod: Pod, resource: String, now: Timestamp, windowSeconds: Int64, metricTime: Timestamp)
        -> Group
    {
        if pod.deleting || pod.phase == "Failed" { return .ignored }
        if pod.phase == "Pending" { return .unready }
        guard pod.usage != nil else { return .missing }
        guard resource == "cpu" else { return .ready }
        guard let ready = pod.ready, let start = pod.startTime else { return .unready }
        let transition = pod.readySince ?? start
        if now.milliseconds(since: start) < cpuInitializationSeconds * 1000 {
            // Within the start-up period: no sample taken before a full window since it became ready.
            let unready = ready == "False" || metricTime.milliseconds(since: transition) < windowSeconds * 1000
            return unready ? .unready : .ready
        }
        // Later, only a pod that has never been ready is left out.
        let neverReady = ready == "False" && transition.milliseconds(since: start) < initialReadinessDelaySeconds * 1000
        return neverReady ? .unready : .ready
    }

    /// `GetResourceUtilizationRatio`: use over requests of the pods that have both, as a whole
    /// percentage, and that percentage over the target; nil when no pod has a request.
    static func utilizationRatio(_ metrics: [String: Int64], _ requests: [String: Int64], target: Int)
        -> (ratio: Double, utilization: Int, average: Int64)?
    {
        var used: Int64 = 0
        var requested: Int64 = 0
        var count: Int64 = 0
        for (name, value) in metrics {
            guard let request = requests[name] else { continue }
            used += value
            requested += request
            count += 1
        }
        guard requested > 0 else { return nil }
        let utilization = Int(used * 100 / requested)
        return (Double(utilization) / Double(target), utilization, used / count)
    }
}

/// Why the autoscaler could not work out a replica count, in the controller's words.
struct CalculationError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
