import KubeAPI

/// CPU and memory in use, as metrics-server reports them.
public struct ResourceUsage: Sendable, Equatable {
    public var cpuMillicores: Int64
    public var memoryBytes: Int64

    public init(cpuMillicores: Int64, memoryBytes: Int64) {
        self.cpuMillicores = cpuMillicores
        self.memoryBytes = memoryBytes
    }

    static func + (a: ResourceUsage, b: ResourceUsage) -> ResourceUsage {
        ResourceUsage(cpuMillicores: a.cpuMillicores + b.cpuMillicores, memoryBytes: a.memoryBytes + b.memoryBytes)
    }
}

/// A pod's usage (`PodMetrics` of metrics.k8s.io): each app container's.
public struct PodMetrics: Sendable {
    public var namespace: String
    public var name: String
    public var labels: [String: String]
    public var containers: [(name: String, usage: ResourceUsage)]
}

/// metrics.k8s.io, which metrics-server serves through the apiserver: usage worked out from what
/// each running container's process holds (the image catalog's figures) and each node's own use.
extension Cluster {
    /// Whether the metrics API answers: metrics-server's pod in kube-system runs and is ready.
    public var isMetricsAPIAvailable: Bool { metricsServer != nil }

    /// Each ready node's usage (`NodeMetrics`): its own processes and every running container on it.
    public func nodeMetrics() -> [(name: String, usage: ResourceUsage)] {
        var usage: [String: ResourceUsage] = [:]
        let load = requestLoad()
        for pod in list(.pods) where pod[path: "status.phase"].string == "Running" {
            guard let node = pod.nodeName else { continue }
            for (_, containerUsage) in runningContainers(of: pod, load: load) {
                usage[node, default: runtime.nodeSystemUsage] = usage[node, default: runtime.nodeSystemUsage] + containerUsage
            }
        }
        return list(.nodes).filter(\.isReady).map { ($0.name, usage[$0.name] ?? runtime.nodeSystemUsage) }
    }

    /// The usage of the running pods of `namespace` (every namespace when nil) whose running
    /// containers metrics-server has scraped twice since they started: a CPU rate needs two samples.
    public func podMetrics(namespace: String?) -> [PodMetrics] {
        let window = metricResolutionSeconds * 2
        let load = requestLoad()
        return list(.pods, namespace: namespace).compactMap { pod in
            guard pod[path: "status.phase"].string == "Running" else { return nil }
            // The kubelet reports only running containers; each needs two scrapes since it started.
            let containers = runningContainers(of: pod, load: load)
            let started = pod[path: "status.containerStatuses"].array.compactMap {
                $0[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:))
            }
            guard !containers.isEmpty, let latest = started.max(), now.milliseconds(since: latest) >= window * 1000
            else { return nil }
            return PodMetrics(
                namespace: pod.namespace ?? "", name: pod.name, labels: pod[path: "metadata.labels"].stringMap,
                containers: containers)
        }
    }

    /// The app containers of a pod that run now, with their usage: the process's figures plus
    /// what requests cost it (`load`, by `podUID/container`), CPU held to the container's limit.
    func runningContainers(of pod: KubeObject, load: [String: Int64]) -> [(name: String, usage: ResourceUsage)] {
        let statuses = pod[path: "status.containerStatuses"].array
        return pod[path: "spec.containers"].array.compactMap { container in
            let name = container["name"].string ?? ""
            guard statuses.contains(where: { $0["name"].string == name && !$0[path: "state.running"].isNull }) else {
                return nil
            }
            let process = process(of: container)
            var cpu = process.cpuMillicores + load["\(pod.uid)/\(name)", default: 0]
            if let limit = container[path: "resources.limits.cpu"].string { cpu = min(cpu, ResourceAmount.parse(limit, scale: 1000)) }
            return (name, ResourceUsage(cpuMillicores: cpu, memoryBytes: process.memoryBytes))
        }
    }

    /// metrics-server's pod, when it runs and is ready.
    private var metricsServer: KubeObject? {
        let selector = LabelSelector(matchLabels: ["k8s-app": "metrics-server"])
        return list(.pods, namespace: "kube-system", selector: selector).first {
            $0[path: "status.phase"].string == "Running" && $0.isReady
        }
    }

    /// How often metrics-server scrapes the kubelets (its `--metric-resolution`, 60s by default).
    var metricResolutionSeconds: Int64 {
        let args = metricsServer?[path: "spec.containers"].array.flatMap { $0["args"].array.compactMap(\.string) } ?? []
        guard let flag = args.first(where: { $0.hasPrefix("--metric-resolution=") }) else { return 60 }
        return GoDuration.seconds(parsing: String(flag.dropFirst("--metric-resolution=".count))) ?? 60
    }
}

extension GoDuration {
    /// Reads the simple Go durations flags use (`15s`, `1m`, `1m30s`) as whole seconds.
    static func seconds(parsing text: String) -> Int64? {
        var total: Int64 = 0
        var number = ""
        for character in text {
            if character.isNumber {
                number.append(character)
            } else {
                guard let value = Int64(number) else { return nil }
                switch character {
                case "h": total += value * 3600
                case "m": total += value * 60
                case "s": total += value
                default: return nil
                }
                number = ""
            }
        }
        return number.isEmpty ? total : nil
    }
}

extension Cluster {
    /// Whether an APIService registers metrics.k8s.io with the aggregator, answering or not:
    /// discovery then lists the group, and its requests fail while nothing serves them.
    public var isMetricsAPIRegistered: Bool {
        store.list(.apiServices, namespace: nil).contains { $0[path: "spec.group"].string == "metrics.k8s.io" }
    }
}
