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
            switch metricProposal(spec, namespace: hpa.namespace ?? "default", pods: pods, current: current) {
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

    /// One metric's proposal, status and name (`computeReplicasForMetric`). Resource and
    /// ContainerResource metrics come from metrics-server; Pods and Object metrics would come
    /// from a custom metrics API and External ones from an external metrics API, which the lab
    /// does not have, so those fail as the controller reports it.
    private func metricProposal(_ spec: JSONValue, namespace: String, pods: [KubeObject], current: Int)
        -> Result<(replicas: Int, metric: String, status: JSONValue), MetricFailure>
    {
        switch spec["type"].string ?? "" {
        case "Resource": return resourceProposal(spec["resource"], container: nil, pods: pods, current: current)
        case "ContainerResource":
            let container = spec[path: "containerResource.container"].string ?? ""
            return resourceProposal(spec["containerResource"], container: container, pods: pods, current: current)
        case let type: return .failure(AutoscalerMetricErrors.unavailable(type, spec, namespace: namespace))
        }
    }

    /// A Resource metric (`container` nil) or a ContainerResource one: its proposal, status and
    /// name (`computeStatusForResourceMetricGeneric`).
    private func resourceProposal(_ source: JSONValue, container: String?, pods: [KubeObject], current: Int)
        -> Result<(replicas: Int, metric: String, status: JSONValue), MetricFailure>
    {
        let resource = source["name"].string ?? ""
        let wrap = { (detail: String) in
            guard let container else {
                return MetricFailure(
                    reason: "FailedGetResourceMetric", detail: detail,
                    wrapped: "failed to get \(resource) resource metric value: \(detail)")
            }
            return MetricFailure(
                reason: "FailedGetContainerResourceMetric", detail: detail,
                wrapped: "failed to get \(container) container metric value: \(detail)")
        }
        let goal = source["target"]
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
        if let container, let lacking = podLackingContainer(container, among: pods) {
            return .failure(
                wrap(
                    "failed to get \(resource) \(measure): unable to get metrics for resource \(resource): failed to get "
                        + "container metrics: container \(container) not present in metrics for pod \(lacking)"))
        }
        let samples = autoscalerSamples(pods, resource: resource, container: container)
        let outcome = ReplicaCalculator.replicas(
            current: current, target: target, resource: resource, pods: samples, now: now,
            metricWindowSeconds: metricResolutionSeconds, metricTime: now)
        switch outcome {
        case .failure(let error):
            return .failure(wrap("failed to get \(resource) \(measure): \(error.message)"))
        case .success(let proposal):
            let average = JSONValue.string(Quantity.canonical("\(proposal.averageValue)m"))
            let key = container == nil ? "resource" : "containerResource"
            var status: JSONValue = ["type": container == nil ? "Resource" : "ContainerResource"]
            status[key] = ["name": .string(resource)]
            if let container { status[key]["container"] = .string(container) }
            guard case .utilization = target else {
                status[key]["current"] = ["averageValue": average]
                return .success((proposal.replicas, "\(resource) resource", status))
            }
            status[key]["current"] = ["averageUtilization": .int(proposal.utilization), "averageValue": average]
            let kind = container == nil ? "resource" : "container resource"
            return .success((proposal.replicas, "\(resource) \(kind) utilization (percentage of request)", status))
        }
    }

    /// The first pod (`namespace/name`) whose metrics lack `container`, as metrics-server lists them.
    private func podLackingContainer(_ container: String, among pods: [KubeObject]) -> String? {
        let names = Set(pods.map(\.name))
        let lacking = podMetrics(namespace: pods.first?.namespace).first { metrics in
            names.contains(metrics.name) && !metrics.containers.contains { $0.name == container }
        }
        return lacking.map { "\($0.namespace)/\($0.name)" }
    }

    /// What the calculator needs of each pod: its state, its sample from the metrics API and its requests.
    /// With a `container`, only that container's use and request count.
    private func autoscalerSamples(_ pods: [KubeObject], resource: String, container only: String?)
        -> [ReplicaCalculator.Pod]
    {
        let usage = Dictionary(
            podMetrics(namespace: pods.first?.namespace).map { metrics in
                let counted = metrics.containers.filter { only == nil || $0.name == only }
                let sum = counted.reduce(Int64(0)) { total, container in
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
                request: Self.request(of: pod, resource: resource, container: only))
        }
    }

    /// `calculatePodRequests` for one pod: the sum over its containers (and restartable init
    /// containers), or the first container without a request.
    static func request(of pod: KubeObject, resource: String, container only: String? = nil)
        -> Result<Int64, ReplicaCalculator.MissingRequest>
    {
        let sidecars = pod[path: "spec.initContainers"].array.filter { $0["restartPolicy"].string == "Always" }
        var sum: Int64 = 0
        for container in pod[path: "spec.containers"].array + sidecars
        where only == nil || container["name"].string == only {
            guard let amount = container[path: "resources.requests"][resource].string else {
                return .failure(.init(container: container["name"].string ?? ""))
            }
            sum += resource == "cpu" ? ResourceAmount.parse(amount, scale: 1000) : ResourceAmount.parse(amount) * 1000
        }
        return .success(sum)
    }
}
