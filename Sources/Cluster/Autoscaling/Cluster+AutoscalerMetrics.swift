import KubeAPI

/// The autoscaler's metrics step (`computeReplicasForMetrics`): a proposal from each metric of
/// the spec, the largest winning, with a status entry per metric and the ScalingActive condition.
extension Cluster {
    /// The metric step's outcome: the proposed count (nil when no metric gave one), the metric
    /// that proposed it, each metric's status, and the error the controller reports as an event.
    struct MetricProposal {
        var replicas: Int?
        var metric = ""
        var statuses: [JSONValue] = []
        var error: String?
    }

    func proposeReplicas(_ sync: inout AutoscalerSync, target: KubeObject, current: Int, source: EventSource)
        -> MetricProposal
    {
        let hpa = sync.hpa
        let specs = hpa[path: "spec.metrics"].array
        var result = MetricProposal(statuses: Array(repeating: ["type": ""], count: specs.count))
        var invalid = 0
        var firstError: MetricFailure?
        var best = 0
        let selector = LabelSelector(json: target[path: "spec.selector"])
        let pods = list(.pods, namespace: hpa.namespace, selector: selector)
        for (index, spec) in specs.enumerated() {
            switch resourceProposal(spec, pods: pods, current: current) {
            case .failure(let failure):
                recordEvent(hpa, reason: failure.reason, message: failure.detail, type: "Warning", source: source)
                if firstError == nil { firstError = failure }
                invalid += 1
            case .success(let proposal):
                result.statuses[index] = proposal.status
                if best == 0 || proposal.replicas > best {
                    best = proposal.replicas
                    result.metric = proposal.metric
                }
            }
        }
        if let firstError, invalid >= specs.count || best < current {
            sync.setCondition(
                "ScalingActive", false, firstError.reason,
                "the HPA was unable to compute the replica count: \(firstError.detail)", now: now)
            result.error =
                "invalid metrics (\(invalid) invalid out of \(specs.count)), first error is: \(firstError.wrapped)"
            return result
        }
        sync.setCondition(
            "ScalingActive", true, "ValidMetricFound",
            "the HPA was able to successfully calculate a replica count from \(result.metric)", now: now)
        result.replicas = best
        return result
    }

    /// Why one metric gave no proposal: the event reason, the event's message, and the error as
    /// the metrics step wraps it for the FailedComputeMetricsReplicas event.
    struct MetricFailure: Error {
        var reason: String
        var detail: String
        var wrapped: String
    }

    /// One metric's proposal, status and name (`computeStatusForResourceMetric`).
    private func resourceProposal(_ spec: JSONValue, pods: [KubeObject], current: Int)
        -> Result<(replicas: Int, metric: String, status: JSONValue), MetricFailure>
    {
        let type = spec["type"].string ?? ""
        guard type == "Resource" else {
            let message =
                "unable to fetch metrics from custom metrics API: the server could not find the requested resource"
            return .failure(MetricFailure(reason: "FailedGet\(type)Metric", detail: message, wrapped: message))
        }
        let resource = spec[path: "resource.name"].string ?? ""
        let wrap = { (detail: String) in
            MetricFailure(
                reason: "FailedGetResourceMetric", detail: detail,
                wrapped: "failed to get \(resource) resource metric value: \(detail)")
        }
        let goal = spec[path: "resource.target"]
        let target: ReplicaCalculator.Target
        if let average = goal["averageValue"].string ?? goal["averageValue"].int.map(String.init) {
            target = .averageValue(ResourceAmount.parse(average, scale: 1000))
        } else if let percent = goal["averageUtilization"].int {
            target = .utilization(percent)
        } else {
            return .failure(
                wrap(
                    "invalid resource metric source: neither an average utilization target nor an average value (usage) target was set"
                ))
        }
        let measure: String
        if case .utilization = target { measure = "utilization" } else { measure = "usage" }
        guard isMetricsAPIAvailable else {
            return .failure(
                wrap(
                    "failed to get \(resource) \(measure): unable to get metrics for resource \(resource): unable to fetch "
                        + "metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)"
                ))
        }
        let samples = autoscalerSamples(pods, resource: resource)
        let outcome = ReplicaCalculator.replicas(
            current: current, target: target, resource: resource, pods: samples, now: now,
            metricWindowSeconds: metricResolutionSeconds, metricTime: now)
        switch outcome {
        case .failure(let error):
            return .failure(wrap("failed to get \(resource) \(measure): \(error.message)"))
        case .success(let proposal):
            let average = JSONValue.string(Quantity.canonical("\(proposal.averageValue)m"))
            guard case .utilization = target else {
                let status: JSONValue = [
                    "type": "Resource", "resource": ["name": .string(resource), "current": ["averageValue": average]],
                ]
                return .success((proposal.replicas, "\(resource) resource", status))
            }
            let status: JSONValue = [
                "type": "Resource",
                "resource": [
                    "name": .string(resource),
                    "current": ["averageUtilization": .int(proposal.utilization), "averageValue": average],
                ],
            ]
            return .success((proposal.replicas, "\(resource) resource utilization (percentage of request)", status))
        }
    }

    /// What the calculator needs of each pod: its state, its sample from the metrics API and its requests.
    private func autoscalerSamples(_ pods: [KubeObject], resource: String) -> [ReplicaCalculator.Pod] {
        let usage = Dictionary(
            podMetrics(namespace: pods.first?.namespace).map { metrics in
                let sum = metrics.containers.reduce(Int64(0)) { total, container in
                    total + (resource == "cpu" ? container.usage.cpuMillicores : container.usage.memoryBytes * 1000)
                }
                return (metrics.name, sum)
            }, uniquingKeysWith: { first, _ in first })
        return pods.map { pod in
            let ready = pod[path: "status.conditions"].array.first { $0["type"].string == "Ready" }
            return ReplicaCalculator.Pod(
                name: pod.name, deleting: pod.deletionTimestamp != nil,
                phase: pod[path: "status.phase"].string ?? "Pending",
                ready: ready?["status"].string,
                readySince: ready?["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:)),
                startTime: pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:)),
                usage: usage[pod.name],
                request: Self.request(of: pod, resource: resource))
        }
    }

    /// `calculatePodRequests` for one pod: the sum over its containers (and restartable init
    /// containers), or the first container without a request.
    static func request(of pod: KubeObject, resource: String) -> Result<Int64, ReplicaCalculator.MissingRequest> {
        let sidecars = pod[path: "spec.initContainers"].array.filter { $0["restartPolicy"].string == "Always" }
        var sum: Int64 = 0
        for container in pod[path: "spec.containers"].array + sidecars {
            guard let amount = container[path: "resources.requests"][resource].string else {
                return .failure(.init(container: container["name"].string ?? ""))
            }
            sum += resource == "cpu" ? ResourceAmount.parse(amount, scale: 1000) : ResourceAmount.parse(amount) * 1000
        }
        return .success(sum)
    }
}
